import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';

let lib: SymbolLibrary;
beforeAll(() => {
  lib = new SymbolLibrary(nodeJsonLoader);
});
const ids = async (q: string, lang: string, n = 8) => (await lib.searchInLanguage(q, lang, n)).map((e) => e.id);
const labels = async (q: string, lang: string, n = 5) => (await lib.searchInLanguage(q, lang, n)).map((e) => e.label);

describe('symbol search in other languages', () => {
  it('finds symbols in Polish', async () => {
    expect(await ids('policja', 'pl')).toContain('1F46E'); // police officer
    expect(await ids('szkoła', 'pl')).toContain('1F3EB'); // school
    expect((await labels('dom', 'pl'))[0]).toBe('dom'); // house
  });

  it('finds symbols in Welsh', async () => {
    expect(await ids('heddlu', 'cy')).toContain('1F46E');
    expect(await ids('tŷ', 'cy')).toContain('1F3E0');
    expect(await ids('ysgol', 'cy')).toContain('1F3EB');
  });

  it('finds symbols in Urdu and Arabic script', async () => {
    expect((await lib.searchInLanguage('پولیس', 'ur', 10)).map((e) => e.id)).toContain('1F46E');
    expect((await lib.searchInLanguage('شرطة', 'ar', 10)).map((e) => e.id)).toContain('1F46E');
  });

  it('falls back to English, with names in the language where it has them', async () => {
    const found = await lib.searchInLanguage('police', 'pl', 10);
    expect(found.map((e) => e.id)).toContain('1F46E');
    expect(found.find((e) => e.id === '1F46E')?.label).toBe('policjant');
  });

  it('loads each language only when asked, and English needs no extra file', async () => {
    const loads: string[] = [];
    const counting = new SymbolLibrary(async <T,>(p: string) => {
      loads.push(p);
      return nodeJsonLoader<T>(p);
    });
    await counting.searchInLanguage('house', 'en-GB');
    expect(loads.some((p) => p.includes('/lang/'))).toBe(false);
    await counting.searchInLanguage('tŷ', 'cy');
    expect(loads.filter((p) => p.includes('/lang/'))).toEqual(['symbols/openmoji/lang/cy.json']);
  });
});
