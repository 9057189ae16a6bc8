import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { soundKey, type SymbolSearch } from '../../src/symbols/search';

let lib: SymbolLibrary;
let s: SymbolSearch;
const labels = (q: string, n = 5) => s.search(q).slice(0, n).map((e) => e.label);

beforeAll(async () => {
  lib = new SymbolLibrary(nodeJsonLoader);
  s = await lib.searcher();
});

describe('symbol index', () => {
  it('groups skin tones under their base symbol', async () => {
    const police = (await lib.entry({ set: 'openmoji', id: '1F46E' }))!;
    expect(police.tones).toHaveLength(5);
    expect(s.entries.filter((e) => e.label.startsWith('police officer'))).toHaveLength(1);
  });

  it('keeps flags and brand logos out of default results', () => {
    expect(s.search('flag').some((e) => e.category === 'flags')).toBe(false);
    expect(s.search('flag', { includeHidden: true }).some((e) => e.category === 'flags')).toBe(true);
  });

  it('records the licence of the set', async () => {
    expect(await lib.info()).toMatchObject({ name: 'OpenMoji', licence: 'CC BY-SA 4.0' });
  });

  it('loads a drawing and its skin-tone variant', async () => {
    const v = await lib.loadDrawing({ set: 'openmoji', id: '1F46E' });
    expect(v.vw).toBe(72);
    expect(v.p.length).toBeGreaterThan(3);
    const dark = await lib.loadDrawing({ set: 'openmoji', id: '1F46E-1F3FF' });
    expect(dark.p).not.toEqual(v.p);
    await expect(lib.loadDrawing({ set: 'openmoji', id: 'NOPE' })).rejects.toThrow(/not in the library/);
  });
});

describe('SymbolSearch', () => {
  it('puts an exact label first', () => {
    expect(labels('judge')[0]).toBe('judge');
    expect(labels('house')[0]).toBe('house');
    expect(labels('bed')[0]).toBe('bed');
    expect(labels('school')[0]).toBe('school');
  });

  it('ranks label words above keyword matches', () => {
    const r = labels('police', 6);
    expect(r).toContain('police officer');
    expect(r).toContain('police car');
    expect(r.every((l) => l.includes('police'))).toBe(true);
    expect(labels('car', 8).every((l) => l.split(' ').includes('car'))).toBe(true);
  });

  it('matches prefixes as you type', () => {
    expect(labels('polic', 10)).toContain('police officer');
    expect(labels('toothbr')[0]).toBe('toothbrush');
  });

  it('tolerates typos and sound-alike spellings', () => {
    expect(labels('polise', 5)).toContain('police officer');
    expect(labels('hopsital', 3)).toContain('hospital');
    expect(soundKey('photo')).toBe(soundKey('foto'));
  });

  it('finds by keyword and filters by category', () => {
    expect(labels('cop', 10)).toContain('police officer');
    const faces = s.search('happy', { category: 'smileys-emotion' });
    expect(faces.length).toBeGreaterThan(0);
    expect(faces.every((e) => e.category === 'smileys-emotion')).toBe(true);
  });

  it('returns nothing for an empty query and something for one letter', () => {
    expect(s.search('   ')).toEqual([]);
    expect(s.search('b').length).toBeGreaterThan(10);
  });
});
