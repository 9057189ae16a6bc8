/**
 * Passphrase protection for files that leave the device: AES-GCM with a key derived by
 * PBKDF2-SHA-256 (600,000 iterations), all through WebCrypto (browsers and Node alike).
 */

import { fromBase64, toBase64 } from '../model/base64';
import { ProtectionSettingsError } from './fileErrors';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;
/**
 * Iterations a file may ask for. The count comes from the file, so it is bounded: below
 * the floor the passphrase is too cheap to guess, above the ceiling opening would hang
 * (1e9 takes minutes) or crash (1e20 is not a valid count).
 */
export const PBKDF2_MIN_ITERATIONS = 100_000;
export const PBKDF2_MAX_ITERATIONS = 2_000_000;

export interface ProtectedFile {
  /** Marks the envelope. */
  signpostProtected: 1;
  kdf: 'PBKDF2-SHA-256';
  iterations: number;
  /** Base64. */
  salt: string;
  /** Base64. */
  iv: string;
  /** Base64 AES-GCM ciphertext with its tag. */
  data: string;
}

export class WrongPassphraseError extends Error {
  constructor() {
    super('Wrong passphrase, or the file was changed');
    this.name = 'WrongPassphraseError';
  }
}

export { ProtectionSettingsError } from './fileErrors';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * A value from the file, for a message. `String(v)` throws a TypeError on an object such as
 * `{"toString": "x"}` (its own toString is no function), so only plain values are shown.
 */
const shown = (v: unknown): string => (typeof v === 'number' || typeof v === 'string' ? String(v).slice(0, 40) : v === null ? 'null' : typeof v);

/** Checks an envelope before any key is derived; throws ProtectionSettingsError. */
export function checkProtected(file: ProtectedFile): void {
  const n = file.iterations;
  if (typeof n !== 'number' || !Number.isInteger(n) || n < PBKDF2_MIN_ITERATIONS || n > PBKDF2_MAX_ITERATIONS) throw new ProtectionSettingsError(`iterations ${shown(n)}`);
  if (file.kdf !== 'PBKDF2-SHA-256') throw new ProtectionSettingsError(`method ${shown(file.kdf)}`);
  for (const k of ['salt', 'iv', 'data'] as const) {
    const v = file[k];
    if (typeof v !== 'string' || !BASE64.test(v) || v.length % 4 !== 0) throw new ProtectionSettingsError(k);
  }
  if (fromBase64(file.salt).length < 16 || fromBase64(file.iv).length !== 12) throw new ProtectionSettingsError('salt or iv');
}

async function keyFrom(passphrase: string, salt: Uint8Array, iterations: number): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', new TextEncoder().encode(passphrase.normalize('NFC')), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey({ name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations }, base, { name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt']);
}

export async function protect(bytes: Uint8Array, passphrase: string): Promise<ProtectedFile> {
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await keyFrom(passphrase, salt, PBKDF2_ITERATIONS);
  const data = new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, bytes as BufferSource));
  return { signpostProtected: 1, kdf: 'PBKDF2-SHA-256', iterations: PBKDF2_ITERATIONS, salt: toBase64(salt), iv: toBase64(iv), data: toBase64(data) };
}

export function isProtected(data: unknown): data is ProtectedFile {
  return typeof data === 'object' && data !== null && (data as ProtectedFile).signpostProtected === 1;
}

/**
 * Decrypts, or throws WrongPassphraseError (AES-GCM also catches any tampering), or
 * ProtectionSettingsError for settings outside the accepted range.
 */
export async function unprotect(file: ProtectedFile, passphrase: string): Promise<Uint8Array> {
  checkProtected(file);
  const key = await keyFrom(passphrase, fromBase64(file.salt), file.iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.iv) as BufferSource }, key, fromBase64(file.data) as BufferSource));
  } catch {
    throw new WrongPassphraseError();
  }
}
