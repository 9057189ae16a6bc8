/** Bytes ↔ base64, for pictures kept inside JSON documents and files. */

export function toBase64(bytes: Uint8Array): string {
  let s = '';
  // in chunks: spreading a large array into fromCharCode overflows the stack
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

export const fromBase64 = (s: string): Uint8Array => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
