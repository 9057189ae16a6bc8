/** Bugs the property-based suite found, each as the shrunk case it reported. */
import { describe, expect, it } from 'vitest';
import { Editor } from '../../src/editor/editor';
import { runCommand, addSymbolText } from '../../src/editor/commands';
import { setTokenChoice } from '../../src/editor/symbolText';
import { createDocument } from '../../src/model/factory';
import { parseDocument } from '../../src/model/validate';
import { OpenFileError, readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import { strToU8, zipSync } from 'fflate';
import { readProfileFile } from '../../src/storage/profileFile';
import { ProtectionSettingsError } from '../../src/storage/protect';
import { readBoard } from '../../src/storage/obf';
import { documentFromBoardGrid } from '../../src/model/boardDocument';
import { documentProblem } from '../../src/model/validate';
import { TINY_PNG } from '../helpers/profiles';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextMeasurer, type FontMetricsFile } from '../../src/layout/fontMetrics';
import { breakLines } from '../../src/layout/text';
import { GENERATED_DIR } from '../../src/symbols/nodeLoader';

describe('found by the property-based suite', () => {
  it('a picture chosen for the word "__proto__" in symbol text survives a save and reopen', () => {
    const ed = new Editor(createDocument('', new Date('2026-03-01T09:00:00Z')));
    runCommand(ed, addSymbolText, { text: '', layout: 'above' });
    const id = ed.page.elements[0].id;
    setTokenChoice(ed, id, '__proto__', { set: 'openmoji', ids: ['1F46E'] });
    setTokenChoice(ed, id, 'constructor', null);
    const back = readSignpostFile(writeSignpostFile(ed.doc)).pages[0].elements[0];
    expect(back.type === 'symtext' && Object.entries(back.choices)).toEqual([
      ['__proto__', { set: 'openmoji', ids: ['1F46E'] }],
      ['constructor', null],
    ]);
    // and the record's prototype is untouched
    expect(back.type === 'symtext' && Object.getPrototypeOf(back.choices)).toBe(Object.prototype);
  });

  it('an asset stored under the id "__proto__" is kept, not dropped', () => {
    const doc = createDocument('', new Date('2026-03-01T09:00:00Z'));
    const raw = JSON.parse(JSON.stringify({ ...doc, assets: {} }));
    Object.defineProperty(raw.assets, '__proto__', { value: { id: '__proto__', mime: 'image/png', data: TINY_PNG, width: 1, height: 1 }, enumerable: true });
    raw.pages[0].elements.push({ id: 'i', type: 'image', x: 0, y: 0, width: 10, height: 10, rotation: 0, assetId: '__proto__', crop: 'none' });
    expect(Object.keys(parseDocument(JSON.parse(JSON.stringify(raw))).assets)).toEqual(['__proto__']);
  });

  it('a picture stored under a key other than its id, or with an id that is not a plain name, is refused on open, not saved where it cannot be found', () => {
    const doc = createDocument('', new Date('2026-03-01T09:00:00Z'));
    const withAsset = (key: string, id: string) => ({
      ...doc,
      pages: [{ id: 'p1', elements: [{ id: 'i', type: 'image', x: 0, y: 0, width: 10, height: 10, rotation: 0, assetId: key, crop: 'none' }] }],
      assets: { [key]: { id, mime: 'image/png', data: TINY_PNG, width: 1, height: 1 } },
    });
    // before: both opened from document.json, and the saved .signpost lost the picture or could not be opened
    for (const [key, id] of [['p', 'NaN'], ['../x', '../x'], ['a/b', 'a/b']]) {
      expect(() => readSignpostFile(strToU8(JSON.stringify(withAsset(key, id))))).toThrow(OpenFileError);
    }
    const ok = readSignpostFile(strToU8(JSON.stringify(withAsset('ph-1_x', 'ph-1_x'))));
    expect(readSignpostFile(writeSignpostFile(ok)).assets['ph-1_x'].data).toBe(TINY_PNG);
  });

  it('a protected profile whose method or iteration count is an object with a "toString" key is refused by name, not with a TypeError', async () => {
    const envelope = { signpostProtected: 1, kdf: 'PBKDF2-SHA-256', iterations: 100_000, salt: 'A'.repeat(24), iv: 'A'.repeat(16), data: 'AAAA' };
    for (const bad of [{ kdf: { toString: 'PBKDF2-SHA-256' } }, { iterations: { toString: 1 } }, { iterations: { valueOf: 'x' } }]) {
      await expect(readProfileFile(strToU8(JSON.stringify({ ...envelope, ...bad })), 'pass')).rejects.toBeInstanceOf(ProtectionSettingsError);
    }
  });

  it('a board whose name, locale, columns or picture fields have the wrong type reads as strings and a column count, and opens as a valid document', () => {
    const obf = { format: 'open-board-0.1', name: 42, locale: [{ id: 2 }, { id: 3 }], grid: { columns: 'NaN', order: [[1, 2]] }, buttons: [{ id: 1, label: 'a', image_id: 'i' }, { id: 2, label: 'b', image_id: 'w' }], images: [{ id: 'i', path: 'x.png', url: 7 }, { id: 'w', url: ['u'] }] };
    const b = readBoard(strToU8(JSON.stringify(obf)));
    // before: name 42, locale the list (a document with a list for its language), columns NaN, urls 7 and ['u']
    // the grid's row of two is what lays it out (issue 17); a declared 'NaN' alone gives 4
    expect(b).toMatchObject({ name: 'Board', locale: 'en', columns: 2 });
    expect(readBoard(strToU8(JSON.stringify({ ...obf, grid: { columns: 'NaN' } })))).toMatchObject({ columns: 4 });
    expect(b.buttons.map((x) => x.image)).toEqual([{ id: 'i', url: 'x.png' }, { id: 'w', url: undefined }]);
    expect(documentProblem(documentFromBoardGrid({ ...b, items: [] }))).toBeNull();
  });

  it('a .signpost whose picture id or type is an object with a "toString" key is refused with OpenFileError, not a TypeError', () => {
    const doc = createDocument('', new Date('2026-03-01T09:00:00Z'));
    for (const asset of [{ id: { toString: 'x' }, mime: 'image/png', data: '' }, { id: 'a', mime: { toString: 1 }, data: '' }]) {
      const zip = zipSync({ 'document.json': strToU8(JSON.stringify({ ...doc, assets: { a: { ...asset, width: 1, height: 1 } } })) });
      expect(() => readSignpostFile(zip)).toThrow(OpenFileError);
    }
  });

  it('a text box of one 10,000-character word lays out in well under a second, not minutes', async () => {
    const m = new TextMeasurer(JSON.parse(await readFile(join(GENERATED_DIR, 'fonts/metrics.json'), 'utf8')) as FontMetricsFile);
    const word = 'x'.repeat(9_000) + 'ab\u0301'.repeat(333) + 'x';
    const t0 = performance.now();
    const lines = breakLines(m, word, 'atkinson', 18, 255);
    expect(performance.now() - t0).toBeLessThan(1500); // counting down one character a line took about 4 minutes
    expect(lines.join('')).toBe(word);
    // each piece is the longest that fits: one more character would not
    for (const [i, line] of lines.entries()) {
      expect(m.width(line, 'atkinson', 18)).toBeLessThanOrEqual(255);
      if (i < lines.length - 1) expect(m.width(word.slice(lines.slice(0, i).join('').length).slice(0, line.length + 1), 'atkinson', 18)).toBeGreaterThan(255);
    }
  });
});
