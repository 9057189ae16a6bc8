/**
 * Saving and reopening a document, and what the format normalises on the way: pictures no
 * element uses are dropped (`pruneAssets`), and numbers and absent fields are as JSON writes
 * them (-0 is 0). Pictures are re-encoded without metadata on open; clean ones come back
 * byte for byte, so their data is compared too.
 */
import { expect } from 'vitest';
import { documentProblem, parseDocument } from '../../src/model/validate';
import { pruneAssets } from '../../src/model/operations';
import { readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import type { SignpostDocument } from '../../src/model/schema';

/** What a document is after a save and a reopen, by the format's own rules. */
export const asSaved = (doc: SignpostDocument): unknown => JSON.parse(JSON.stringify(pruneAssets(doc)));

/** The property: validates, saves, reopens equal (as a zip and as bare document.json). */
export function savesAndReopens(doc: SignpostDocument): void {
  expect(documentProblem(doc)).toBeNull();
  const back = readSignpostFile(writeSignpostFile(doc));
  expect(back).toEqual(asSaved(doc));
  expect(parseDocument(JSON.parse(JSON.stringify(doc)))).toEqual(JSON.parse(JSON.stringify(doc)));
}
