import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { analysePack, filesOfZip, MAX_SYMBOL_BYTES, PackError } from '../../src/storage/packReader';
import { csvPackFiles, csvPackZip, mulberryFiles } from '../helpers/packs';
import { claimingEntries, withGibEntries, zipDeclaring } from '../helpers/zips';

describe('reading symbol packs', () => {
  it('reads a zip of 60 pictures with a CSV of words and a licence', () => {
    const a = analysePack(filesOfZip(csvPackZip()), 'Test pack');
    expect(a.images).toBe(60);
    expect(a.entries).toHaveLength(60);
    expect(a.mapping).toEqual({ file: 'file', label: 'label', tags: 'tags', category: 'category' });
    expect(a.entries[0]).toMatchObject({ id: 'word1', label: 'Picture 1', keywords: ['tag0', 'shared'], category: 'places' });
    expect(a.licence?.licence).toBe('CC BY 4.0');
    expect(a.problems).toEqual([]);
  });

  it('reads the Mulberry layout and reports the row with no picture', () => {
    const a = analysePack(mulberryFiles(), 'Mulberry');
    expect(a.mapping.file).toBe('symbol-en');
    expect(a.entries.map((e) => e.label)).toEqual(['police officer', 'court', 'go home', 'happy', 'bus']);
    expect(a.entries[0].keywords).toEqual(['police', 'officer', 'cop']);
    expect(a.problems).toEqual([{ kind: 'missing-file', name: 'missing_one' }]);
  });

  it('reads a folder of pictures named by their word, with no word list', () => {
    const a = analysePack([{ path: 'mum.png', bytes: new Uint8Array([1]) }, { path: 'my_home.jpg', bytes: new Uint8Array([1]) }, { path: 'notes.txt', bytes: strToU8('hi') }], 'Mine');
    expect(a.entries.map((e) => e.label).sort()).toEqual(['mum', 'my home']);
  });

  it('lets the user map the columns', () => {
    const a = analysePack(csvPackFiles(), 'Test', { mapping: { file: 'file', label: '', tags: '', category: 'category' } });
    expect(a.entries[0]).toMatchObject({ label: 'word1', keywords: [] });
  });

  it('reports duplicates and pictures that are too large, and still reads the rest', () => {
    const files = csvPackFiles();
    files.push({ path: 'other/word1.png', bytes: new Uint8Array(10) }, { path: 'huge.svg', bytes: new Uint8Array(MAX_SYMBOL_BYTES + 1) });
    const a = analysePack(files, 'Test');
    expect(a.problems).toEqual(expect.arrayContaining([{ kind: 'duplicate-id', name: 'word1.png' }, { kind: 'too-large', name: 'huge.svg' }]));
    expect(a.entries).toHaveLength(60);
  });

  it('refuses a broken zip and an empty pack', () => {
    const zip = csvPackZip();
    expect(() => filesOfZip(zip.slice(0, 100))).toThrow(PackError);
    expect(() => analysePack([], 'none')).toThrow(PackError);
  });
});

describe('pack zips are bounded before anything is inflated', () => {
  const packFiles = () => Object.fromEntries(csvPackFiles().map((f) => [f.path, f.bytes]));

  it('only pictures, the keywords file and the licence are inflated; 4 × 1 GiB of other entries cost nothing', () => {
    const t0 = performance.now();
    const files = filesOfZip(withGibEntries({ ...packFiles(), 'notes/big.bin': new Uint8Array(10) }));
    expect(performance.now() - t0).toBeLessThan(500);
    expect(files.map((f) => f.path)).not.toContain('notes/big.bin');
    expect(analysePack(files, 'Test').entries).toHaveLength(60);
  });

  it('a picture declaring more than the limit is listed as too large without being inflated', () => {
    const files = filesOfZip(zipDeclaring({ ...packFiles(), 'pictures/huge.png': new Uint8Array(100) }, { 'pictures/huge.png': 1024 ** 3 }));
    expect(files.find((f) => f.path === 'pictures/huge.png')).toMatchObject({ size: 1024 ** 3, bytes: new Uint8Array(0) });
    expect(analysePack(files, 'Test').problems).toContainEqual({ kind: 'too-large', name: 'huge.png' });
  });

  it('a keywords file declaring 1 GiB, or too many entries, is refused as too large', () => {
    const codeOf = (z: Uint8Array) => {
      try {
        filesOfZip(z);
        return 'read';
      } catch (e) {
        return e instanceof PackError ? e.code : String(e);
      }
    };
    expect(codeOf(zipDeclaring(packFiles(), { 'keywords.csv': 1024 ** 3 }))).toBe('too-large');
    expect(codeOf(claimingEntries(zipSync({ 'a.svg': new Uint8Array(1) }), 60_000))).toBe('too-large');
    expect(codeOf(zipSync(packFiles()))).toBe('read');
  });
});
