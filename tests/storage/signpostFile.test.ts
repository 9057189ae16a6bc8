import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { OpenFileError, readSignpostFile, SIGNPOST_ZIP_LIMITS, writeSignpostFile } from '../../src/storage/signpostFile';
import { docWithCards } from '../helpers/docs';
import { TINY_PNG } from '../helpers/profiles';
import { withGibEntries, zipDeclaring } from '../helpers/zips';

const code = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(OpenFileError);
    return (e as OpenFileError).code;
  }
  return 'opened';
};

describe('.signpost files', () => {
  it('round-trips a document exactly', () => {
    const doc = docWithCards(3);
    const bytes = writeSignpostFile(doc);
    expect(bytes[0]).toBe(0x50); // a zip
    expect(readSignpostFile(bytes)).toEqual(doc);
  });

  it('opens a bare document.json too', () => {
    const doc = docWithCards(1);
    expect(readSignpostFile(strToU8('\uFEFF ' + JSON.stringify(doc)))).toEqual(doc);
  });

  it('refuses broken and foreign files with a reason', () => {
    const good = writeSignpostFile(docWithCards(2));
    expect(code(() => readSignpostFile(new Uint8Array()))).toBe('empty');
    expect(code(() => readSignpostFile(good.slice(0, good.length / 2)))).toBe('damaged');
    expect(code(() => readSignpostFile(strToU8('%PDF-1.7 nothing here')))).toBe('not-signpost');
    expect(code(() => readSignpostFile(strToU8('GIF89a')))).toBe('not-signpost');
    expect(code(() => readSignpostFile(zipSync({ 'other.txt': strToU8('hi') })))).toBe('not-signpost');
    expect(code(() => readSignpostFile(zipSync({ 'document.json': strToU8('{"schemaVersion":1,') })))).toBe('damaged');
    expect(code(() => readSignpostFile(strToU8(JSON.stringify({ ...docWithCards(0), schemaVersion: 7 }))))).toBe('newer-version');
  });
});

describe('.signpost zips are bounded before anything is inflated', () => {
  const parts = (doc = docWithCards(2)) => unzipSync(writeSignpostFile(doc));

  it('4 × 1 GiB unreferenced entries are never inflated: the document opens at once', () => {
    const doc = docWithCards(2);
    const t0 = performance.now();
    expect(readSignpostFile(withGibEntries(parts(doc)))).toEqual(doc);
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('document.json or an asset declaring more than the limits is refused as too large', () => {
    expect(code(() => readSignpostFile(zipDeclaring(parts(), { 'document.json': SIGNPOST_ZIP_LIMITS.maxEntryBytes + 1 })))).toBe('too-large');
    const doc = { ...docWithCards(1), assets: { mum: { id: 'mum', mime: 'image/png' as const, data: TINY_PNG, width: 1, height: 1 } } };
    const withPhoto = unzipSync(writeSignpostFile({ ...doc, pages: [{ ...doc.pages[0], elements: [...doc.pages[0].elements, { id: 'im', type: 'image' as const, x: 0, y: 0, width: 10, height: 10, rotation: 0, assetId: 'mum', crop: 'none' as const }] }] }));
    expect(Object.keys(withPhoto)).toContain('assets/mum.png');
    expect(code(() => readSignpostFile(zipSync(withPhoto)))).toBe('opened'); // negative control
    expect(code(() => readSignpostFile(zipDeclaring(withPhoto, { 'assets/mum.png': 1024 ** 3 })))).toBe('too-large');
  });

  it('too many entries is refused; names that climb out are not read', () => {
    const many: Record<string, Uint8Array> = { ...parts() };
    for (let i = 0; i <= SIGNPOST_ZIP_LIMITS.maxEntries; i++) many[`x/${i}`] = new Uint8Array(0);
    expect(code(() => readSignpostFile(zipSync(many, { level: 0 })))).toBe('too-large');
    const { 'document.json': json } = parts();
    expect(code(() => readSignpostFile(zipSync({ 'x/../document.json': json })))).toBe('not-signpost');
    expect(code(() => readSignpostFile(zipSync({ '/document.json': json })))).toBe('not-signpost');
  });
});
