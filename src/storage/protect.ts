/**
 * Passphrase protection for files that leave the device: AES-GCM with a key derived by
 * PBKDF2-SHA-256 (600,000 iterations), all through WebCrypto (browsers and Node alike).
 */

import { fromBase64, toBase64 } from '../model/base64';

/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256. */
export const PBKDF2_ITERATIONS = 600_000;

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

/** Decrypts, or throws WrongPassphraseError (AES-GCM also catches any tampering). */
export async function unprotect(file: ProtectedFile, passphrase: string): Promise<Uint8Array> {
  const iterations = Math.max(PBKDF2_ITERATIONS, Number(file.iterations) || 0);
  const key = await keyFrom(passphrase, fromBase64(file.salt), iterations);
  try {
    return new Uint8Array(await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(file.iv) as BufferSource }, key, fromBase64(file.data) as BufferSource));
  } catch {
    throw new WrongPassphraseError();
  }
}
