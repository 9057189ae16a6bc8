/**
 * Issue 19: every .profile.json, plain or protected, however damaged, is opened or refused
 * with a named error (OpenFileError, NeedsPassphraseError, ProtectionSettingsError,
 * WrongPassphraseError); what opens is valid, resolves to a style, and saves and reopens equal.
 * protect() has no test seam for its 600,000 PBKDF2 iterations, so the protected base file is
 * made here at the lowest count a file may ask for (PBKDF2_MIN_ITERATIONS), and only a few
 * cases go as far as deriving a key.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { NeedsPassphraseError, readProfileFile, writeProfileFile } from '../../src/storage/profileFile';
import { PBKDF2_MIN_ITERATIONS, ProtectionSettingsError, WrongPassphraseError, type ProtectedFile } from '../../src/storage/protect';
import { OpenFileError } from '../../src/storage/signpostFile';
import { recordProblem } from '../../src/storage/records';
import { resolveStyle } from '../../src/profile/resolve';
import { toBase64 } from '../../src/model/base64';
import type { Profile } from '../../src/model/profile';
import { emerging, fluent, highContrast } from '../helpers/profiles';
import { leakyProfile } from '../helpers/pictures';
import { runs, timeout } from './config';
import { byteMutationArb, jsonTextArb, mutateBytes, openedOrNamed } from './mutate';
import { PROTOTYPE_WORDS } from './strings';

const NAMED = [OpenFileError, NeedsPassphraseError, ProtectionSettingsError, WrongPassphraseError];
const PASS = 'blue kettle 42';

/** A profile whose words, phrases and reasons are the prototype's names. */
const prototypeProfile = (): Profile => ({
  ...fluent(),
  name: 'constructor',
  vocabulary: PROTOTYPE_WORDS.map((w) => ({ phrase: w, picture: { kind: 'symbol' as const, symbol: { set: 'openmoji', id: w } } })),
  avoid: PROTOTYPE_WORDS.map((w) => ({ word: w, symbol: null, reason: w })),
});
const BASES: Profile[] = [fluent(), emerging(), highContrast(), leakyProfile(), prototypeProfile()];

/** An envelope as protect() makes it, at the lowest iteration count a file may ask for. */
async function protectCheaply(plain: Uint8Array, passphrase: string): Promise<ProtectedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey']);
  const key = await crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt, iterations: PBKDF2_MIN_ITERATIONS }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt']);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, plain as BufferSource));
  return { signpostProtected: 1, kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_MIN_ITERATIONS, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

/** Opened, or refused by name; what opened is valid, resolves, and saves and reopens equal. */
async function check(bytes: Uint8Array, passphrase?: string): Promise<void> {
  const r = await openedOrNamed(() => readProfileFile(bytes, passphrase), NAMED);
  if ('error' in r) return;
  expect(recordProblem('profile', r.value)).toBeNull();
  resolveStyle(r.value);
  expect(await readProfileFile(await writeProfileFile(r.value))).toEqual(JSON.parse(JSON.stringify(r.value)));
}

const enc = (s: string) => new TextEncoder().encode(s);
const base = fc.nat(BASES.length - 1);

describe('profile files, damaged (property)', () => {
  let envelope: ProtectedFile;
  beforeAll(async () => {
    envelope = await protectCheaply(await writeProfileFile(prototypeProfile()), PASS);
    expect((await readProfileFile(enc(JSON.stringify(envelope)), PASS)).name).toBe('constructor'); // the base opens
  });

  it('plain JSON mutated: opened or refused by name', async () => {
    const arb = base.chain((i) => jsonTextArb(() => BASES[i]));
    await fc.assert(fc.asyncProperty(arb, (text) => check(enc(text))), runs(1500));
  }, timeout(30_000));

  it('plain bytes flipped, cut and spliced: opened or refused by name', async () => {
    const arb = base.chain((i) => fc.array(byteMutationArb, { minLength: 1, maxLength: 3 }).map((m) => mutateBytes(enc(JSON.stringify(BASES[i])), m)));
    await fc.assert(fc.asyncProperty(arb, (bytes) => check(bytes)), runs(800));
  }, timeout(30_000));

  it('protected envelope mutated, opened without a passphrase: refused by name before any key is derived', async () => {
    await fc.assert(fc.asyncProperty(jsonTextArb(() => envelope), (text) => check(enc(text))), runs(800));
  }, timeout(30_000));

  it('protected envelope mutated, opened with the passphrase (a few: each derives a key)', async () => {
    await fc.assert(fc.asyncProperty(jsonTextArb(() => envelope), (text) => check(enc(text), PASS)), runs(40));
  }, timeout(60_000));
});
