/**
 * Issue 19: every .signpost file, however damaged, is opened or refused with OpenFileError;
 * nothing else is thrown, and whatever opens is a valid document that saves and reopens equal.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { documentProblem } from '../../src/model/validate';
import { OpenFileError, readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import type { SignpostDocument } from '../../src/model/schema';
import { nineCards } from '../helpers/profiles';
import { leakyDoc } from '../helpers/pictures';
import { runs, timeout, FUZZ_SEED } from './config';
import { runSession, sessionArb } from './editorCommands';
import { jsonTextArb, mutateBytes, openedOrNamedSync, zipByteMutationsArb } from './mutate';
import { asSaved } from './roundTrip';

/** Valid documents to damage: hand-made ones and some the editor made. */
const BASES: SignpostDocument[] = [nineCards(), leakyDoc(), ...fc.sample(sessionArb.filter((s) => s.commands.length > 8), { seed: FUZZ_SEED, numRuns: 6 }).map(runSession)];
const ZIPS = BASES.map((d) => writeSignpostFile(d));
/** Each base's zip entries: its pictures, put back beside a mutated document.json. */
const ENTRIES = ZIPS.map((z) => unzipSync(z));

/** Opened, or refused by name; what opened is valid, and saves and reopens equal. */
function check(bytes: Uint8Array): void {
  const r = openedOrNamedSync(() => readSignpostFile(bytes), [OpenFileError]);
  if ('error' in r) return;
  expect(documentProblem(r.value)).toBeNull();
  expect(readSignpostFile(writeSignpostFile(r.value))).toEqual(asSaved(r.value));
}

const base = fc.nat(BASES.length - 1);

describe('.signpost files, damaged (property)', () => {
  it('document.json mutated inside a zip with its pictures: opened or refused by name', () => {
    const arb = base.chain((i) => jsonTextArb(() => JSON.parse(new TextDecoder().decode(ENTRIES[i]['document.json']))).map((text) => ({ i, text })));
    fc.assert(fc.property(arb, ({ i, text }) => check(zipSync({ ...ENTRIES[i], 'document.json': strToU8(text) }))), runs(1500));
  }, timeout(30_000));

  it('bare document.json with pictures inline, mutated: opened or refused by name', () => {
    const arb = base.chain((i) => jsonTextArb(() => BASES[i]).map((text) => text));
    fc.assert(fc.property(arb, (text) => check(strToU8(text))), runs(1500));
  }, timeout(30_000));

  it('zip bytes flipped, cut and spliced: opened or refused by name', () => {
    const arb = base.chain((i) => zipByteMutationsArb(ZIPS[i].length).map((m) => mutateBytes(ZIPS[i], m)));
    fc.assert(fc.property(arb, check), runs(1500));
  }, timeout(30_000));
});
