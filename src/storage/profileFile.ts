/**
 * `*.profile.json` files: a profile as JSON, or wrapped in a passphrase-protected
 * envelope. Opening goes bytes → JSON → (decrypt) → validate.
 */
import { parseProfile, ProfileError, type Profile } from '../model/profile';
import { checkProtected, isProtected, protect, unprotect } from './protect';
import { cleanPictures, OpenFileError } from './signpostFile';
import { checkWrite } from './records';

export class NeedsPassphraseError extends Error {
  constructor() {
    super('This profile is protected with a passphrase');
    this.name = 'NeedsPassphraseError';
  }
}

const text = (b: Uint8Array) => new TextDecoder().decode(b).replace(/^\uFEFF/, '');

export async function writeProfileFile(profile: Profile, passphrase?: string): Promise<Uint8Array> {
  checkWrite('profile', profile); // a file that could not be opened again is not written
  const plain = new TextEncoder().encode(JSON.stringify(profile, null, 1));
  if (!passphrase) return plain;
  return new TextEncoder().encode(JSON.stringify(await protect(plain, passphrase)));
}

function parseJson(bytes: Uint8Array): unknown {
  if (bytes.length === 0) throw new OpenFileError('empty', 'Empty file');
  try {
    return JSON.parse(text(bytes));
  } catch (e) {
    throw new OpenFileError('not-signpost', `not JSON: ${String(e)}`);
  }
}

/**
 * Reads a profile file; a protected one needs the passphrase (NeedsPassphraseError without
 * it) and settings in the accepted range (ProtectionSettingsError).
 */
export async function readProfileFile(bytes: Uint8Array, passphrase?: string): Promise<Profile> {
  let data = parseJson(bytes);
  if (isProtected(data)) {
    checkProtected(data); // before asking for a passphrase: a bad envelope can never open
    if (!passphrase) throw new NeedsPassphraseError();
    data = parseJson(await unprotect(data, passphrase));
  }
  try {
    const profile = parseProfile(data);
    return { ...profile, photos: cleanPictures(profile.photos) };
  } catch (e) {
    if (e instanceof ProfileError) throw new OpenFileError(e.code === 'not-profile' ? 'not-signpost' : e.code, e.message);
    throw e;
  }
}
