/**
 * Issue 17: imported packs take part in search, symbol text, the word picker's search and
 * the meaning engine, by the profile's preferred sets; words made from camelCase file names
 * find their pictures; a pack's categories browse; its credit prints when symbol text uses it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { Symbolisers } from '../../src/symbols/symbolisers';
import { analysePack, type PackFile } from '../../src/storage/packReader';
import { PACK_SCHEMA_VERSION, type Pack } from '../../src/model/pack';
import { attributionsOf, type LayoutDeps } from '../../src/layout/layout';
import { DEFAULT_STYLE } from '../../src/profile/style';
import { resolveStyle } from '../../src/profile/resolve';
import { createProfile } from '../../src/model/profile';
import { createDocument, createSymbolText } from '../../src/model/factory';
import { camelPackFiles, repoPackFiles } from '../helpers/packs';

/** The pack an import makes of these files (pictures stand in: only the words matter here). */
function packOf(files: PackFile[], id: string, language?: string): Pack {
  const a = analysePack(files, id);
  const symbols = a.entries.map((e) => ({ id: e.id, label: e.label, keywords: e.keywords, category: e.category, mime: 'image/svg+xml' as const, data: 'PHN2Zy8+', width: 10, height: 10 }));
  return { schemaVersion: PACK_SCHEMA_VERSION, id, name: id, attribution: `${id} credit`, enabled: true, symbols, ...(language ? { language } : {}) };
}

let lib: SymbolLibrary;
let symbolisers: Symbolisers;
const MULBERRY = 'pack-mulberry-1';
const ICONS = 'pack-icons-1';

beforeAll(async () => {
  lib = new SymbolLibrary(nodeJsonLoader);
  lib.addPack(packOf(repoPackFiles(), MULBERRY));
  lib.addPack(packOf(camelPackFiles(), ICONS));
  symbolisers = new Symbolisers(lib);
  await symbolisers.ensure('en');
});

const pictureOf = (text: string, word: string, sets?: string[]) => symbolisers.symbolise(text, { language: 'en', sets }).find((t) => t.text.toLowerCase() === word)?.picture;

describe('search with imported packs', () => {
  it('a camelCase file name is found by its words: "eat" finds "toEat", "teeth" finds "brushTeeth"', async () => {
    const eat = await lib.searchAll('eat', ICONS);
    expect(eat.map((r) => r.entry.id)).toContain('toeat');
    expect((await lib.searchAll('teeth', ICONS)).map((r) => r.entry.id)).toContain('brushteeth');
  });

  it('a ", to" name is found as "to brush teeth" and as "brush teeth"; variants "police 1a", "police 1b" as "police"', async () => {
    expect((await lib.searchAll('brush teeth', MULBERRY))[0].entry.label).toBe('brush teeth');
    expect((await lib.searchAll('to brush teeth', MULBERRY))[0].entry.id).toBe('brush_teeth_,_to');
    expect((await lib.searchAll('police', MULBERRY)).slice(0, 2).map((r) => r.entry.id).sort()).toEqual(['police_1a', 'police_1b']);
  });

  it("the profile's preferred sets come first within a match: OpenMoji first, or the pack first", async () => {
    const first = async (preferred: string[]) => (await lib.searchAll('happy', undefined, 10, 'en', undefined, preferred))[0].set;
    expect(await first(['openmoji', MULBERRY])).toBe('openmoji');
    expect(await first([MULBERRY, 'openmoji'])).toBe(MULBERRY);
  });

  it("a pack's categories browse, and their words find its symbols", async () => {
    expect(lib.packCategories(MULBERRY)).toContain('Flags');
    expect(lib.packBrowse(MULBERRY, 'Flags').map((e) => e.label).sort()).toEqual(['flag St. Kitts', 'flag St. Lucia']);
    expect((await lib.searchAll('profession', MULBERRY)).map((r) => r.entry.id)).toEqual(expect.arrayContaining(['police_1a', 'police_1b']));
  });
});

describe('symbol text with the preferred packs', () => {
  it('"brush teeth" is pictured from the pack the profile prefers, from OpenMoji otherwise', () => {
    expect(pictureOf('Time to brush teeth.', 'brush teeth', [MULBERRY, 'openmoji'])).toEqual({ set: MULBERRY, ids: ['brush_teeth_,_to'] });
    expect((pictureOf('Time to brush teeth.', 'brush teeth') as { set?: string } | null)?.set ?? 'none').not.toBe(MULBERRY);
    // a pack listed after OpenMoji is an alternative, not the picture
    const after = symbolisers.symbolise('Time to brush teeth.', { language: 'en', sets: ['openmoji', MULBERRY] }).find((t) => t.key === 'brush teeth');
    expect(after?.picture && 'set' in after.picture ? after.picture.set : null).toBe('openmoji');
    expect(after?.alternatives).toContainEqual({ set: MULBERRY, ids: ['brush_teeth_,_to'] });
  });

  it('"eat" and "to eat" get the picture of "toEat" when its pack is preferred, and not otherwise', () => {
    expect(pictureOf('We eat lunch at school.', 'eat', [ICONS])).toEqual({ set: ICONS, ids: ['toeat'] });
    expect(pictureOf('I want to eat now.', 'to eat', [ICONS])).toEqual({ set: ICONS, ids: ['toeat'] });
    expect(pictureOf('We eat lunch at school.', 'eat', [])).not.toEqual({ set: ICONS, ids: ['toeat'] });
  });

  it('a pack in another language does not picture English words; the same pack in English does', async () => {
    const eatWith = async (language: string) => {
      const l = new SymbolLibrary(nodeJsonLoader);
      l.addPack(packOf(camelPackFiles(), ICONS, language));
      const s = new Symbolisers(l);
      await s.ensure('en');
      return s.symbolise('We eat lunch at school.', { language: 'en', sets: [ICONS] }).find((x) => x.text === 'eat')?.picture;
    };
    expect(await eatWith('en')).toEqual({ set: ICONS, ids: ['toeat'] });
    expect(await eatWith('cy')).not.toEqual({ set: ICONS, ids: ['toeat'] });
  });

  it("symbol text that shows a pack's pictures credits the pack", () => {
    const deps = { symboliser: symbolisers, attribution: (id: string) => (id === 'openmoji' ? 'OpenMoji' : id === MULBERRY ? 'Mulberry credit' : undefined) } as unknown as LayoutDeps;
    const text = createSymbolText('Time to brush teeth.', 20, 20);
    const doc = { ...createDocument('Teeth'), pages: [{ id: 'p', elements: [text] }] };
    const profile = { ...createProfile('Sam'), symbolSets: [MULBERRY, 'openmoji'] };
    expect(attributionsOf(doc, deps, resolveStyle(profile))).toContain('Mulberry credit');
    expect(attributionsOf(doc, deps, DEFAULT_STYLE)).not.toContain('Mulberry credit');
  });
});
