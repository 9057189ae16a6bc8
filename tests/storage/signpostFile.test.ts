import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { OpenFileError, readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import { docWithCards } from '../helpers/docs';

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
