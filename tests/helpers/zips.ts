/**
 * Hostile zips, made small: entries whose central directory (and local header) declare
 * sizes they do not have, and end records that declare more entries than are there.
 */
import { zipSync } from 'fflate';

const GIB = 1024 ** 3;

function u32At(b: Uint8Array, i: number, v: number) {
  b[i] = v & 0xff;
  b[i + 1] = (v >>> 8) & 0xff;
  b[i + 2] = (v >>> 16) & 0xff;
  b[i + 3] = (v >>> 24) & 0xff;
}
const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;

/**
 * A zip of `files` in which each entry named in `declare` claims that inflated size
 * (1 GiB by default) in both headers; the bytes stay tiny, nothing is ever that big.
 */
export function zipDeclaring(files: Record<string, Uint8Array>, declare: Record<string, number>): Uint8Array {
  const z = zipSync(files, { level: 6 });
  for (let p = 0; p + 46 <= z.length; p++) {
    if (u32(z, p) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(z.subarray(p + 46, p + 46 + u16(z, p + 28)));
    if (!(name in declare)) continue;
    u32At(z, p + 24, declare[name]);
    u32At(z, u32(z, p + 42) + 22, declare[name]);
  }
  return z;
}

/** 4 × 1 GiB unreferenced entries beside `files`, as the report's 4 MB bomb. */
export function withGibEntries(files: Record<string, Uint8Array>): Uint8Array {
  const junk = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`junk/${i}.bin`, new Uint8Array(1000)]));
  return zipDeclaring({ ...files, ...junk }, Object.fromEntries(Object.keys(junk).map((k) => [k, GIB - 1])));
}

/** The zip with its end record claiming `count` entries. */
export function claimingEntries(zip: Uint8Array, count: number): Uint8Array {
  const z = zip.slice();
  const e = z.length - 22;
  z[e + 8] = z[e + 10] = count & 0xff;
  z[e + 9] = z[e + 11] = (count >>> 8) & 0xff;
  return z;
}
