import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { analysePack, filesOfZip, MAX_SYMBOL_BYTES, PackError } from '../../src/storage/packReader';
import { csvPackFiles, csvPackZip, mulberryFiles } from '../helpers/packs';

describe('reading symbol packs', () => {
  it('reads a zip of 60 pictures with a CSV of words and a licence', () => {
    const a = analysePack(filesOfZip(csvPackZip()), 'Test pack');
    expect(a.images).toBe(60);
    expect(a.entries).toHaveLength(60);
    expect(a.mapping).toEqual({ file: 'file', label: 'label', tags: 'tags', category: 'category' });
    expect(a.entries[0]).toMatchObject({ id: 'word1', label: 'Picture 1', keywords: ['tag0', 'shared'], category: 'places' });
    expect(a.licence).toContain('CC BY 4.0');
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
    const a = analysePack(csvPackFiles(), 'Test', { file: 'file', label: '', tags: '', category: 'category' });
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
