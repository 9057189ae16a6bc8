/**
 * Reading zips that users open (.signpost files, symbol packs, .obz boards). The central
 * directory is read first and bounded (entry count, declared sizes) before anything is
 * inflated, names are normalised, and only the entries a caller asks for are inflated,
 * each into a buffer of its declared size, so a zip bomb costs nothing it did not declare.
 */
import { inflateSync } from 'fflate';

export interface ZipLimits {
  /** Entries in the central directory. */
  maxEntries: number;
  /** Declared inflated size of one entry that is read, bytes. */
  maxEntryBytes: number;
  /** Declared inflated size of all entries that are read together, bytes. */
  maxTotalBytes: number;
}

/** One entry of the central directory, with its name normalised. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Declared inflated size. */
  size: number;
  /** Offset of the local header. */
  offset: number;
}

export type ZipErrorCode = 'damaged' | 'too-many-files' | 'too-large';

/** A zip that cannot be read within the limits; `code` picks the message. */
export class ZipError extends Error {
  constructor(
    readonly code: ZipErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'ZipError';
  }
}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) => (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/**
 * A safe name for an entry, or null for one that is skipped: forward slashes only, no
 * absolute paths or drive letters, no `.` or `..` segments, no control characters.
 */
export function normaliseZipName(raw: string): string | null {
  const name = raw.replace(/\\/g, '/');
  // eslint-disable-next-line no-control-regex
  if (/^\/|^[a-z]:/i.test(name) || /[\u0000-\u001f]/.test(name)) return null;
  const parts = name.split('/');
  if (parts.some((p, i) => p === '..' || p === '.' || (p === '' && i < parts.length - 1))) return null;
  return name;
}

/** End of central directory: entry count and where the directory starts (zip64 aware). */
function endRecord(b: Uint8Array): { count: number; offset: number } {
  let e = b.length - 22;
  while (e >= 0 && u32(b, e) !== 0x06054b50) {
    if (b.length - e > 65_557) break;
    e--;
  }
  if (e < 0 || u32(b, e) !== 0x06054b50) throw new ZipError('damaged', 'no end of central directory');
  let count = u16(b, e + 10);
  let offset = u32(b, e + 16);
  if (e >= 20 && u32(b, e - 20) === 0x07064b50) {
    const z = u64(b, e - 12);
    if (z + 56 > b.length || u32(b, z) !== 0x06064b50) throw new ZipError('damaged', 'bad zip64 record');
    count = u64(b, z + 32);
    offset = u64(b, z + 48);
  }
  return { count, offset };
}

/** Sizes and offset from a zip64 extra field, where the 32-bit fields are full. */
function zip64Sizes(b: Uint8Array, at: number, end: number, e: { size: number; compressedSize: number; offset: number }) {
  for (let p = at; p + 4 <= end; ) {
    const id = u16(b, p);
    const len = u16(b, p + 2);
    if (id === 1) {
      let q = p + 4;
      for (const k of ['size', 'compressedSize', 'offset'] as const) {
        if (e[k] !== 0xffffffff) continue;
        if (q + 8 > p + 4 + len) throw new ZipError('damaged', 'short zip64 field');
        e[k] = u64(b, q);
        q += 8;
      }
      return;
    }
    p += 4 + len;
  }
}

/** The entries of a zip, checked against the limits; nothing is inflated. Unsafe names are skipped. */
export function zipEntries(bytes: Uint8Array, limits: ZipLimits): ZipEntry[] {
  const { count, offset } = endRecord(bytes);
  if (count > limits.maxEntries) throw new ZipError('too-many-files', `${count} entries`);
  const out: ZipEntry[] = [];
  const seen = new Set<string>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || u32(bytes, p) !== 0x02014b50) throw new ZipError('damaged', `bad central header ${i}`);
    const nameLen = u16(bytes, p + 28);
    const extraLen = u16(bytes, p + 30);
    const next = p + 46 + nameLen + extraLen + u16(bytes, p + 32);
    if (next > bytes.length) throw new ZipError('damaged', `short central header ${i}`);
    const e = { method: u16(bytes, p + 10), compressedSize: u32(bytes, p + 20), size: u32(bytes, p + 24), offset: u32(bytes, p + 42) };
    zip64Sizes(bytes, p + 46 + nameLen, p + 46 + nameLen + extraLen, e);
    const name = normaliseZipName(new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen)));
    // the first of two entries with one name wins; fflate's unzip kept the last
    if (name !== null && !name.endsWith('/') && !seen.has(name)) {
      seen.add(name);
      out.push({ name, ...e });
    }
    p = next;
  }
  return out;
}

/** The stored data of an entry (deflated or not), after checking its local header: a view into `bytes`. */
export function entryData(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const h = e.offset;
  if (h + 30 > bytes.length || u32(bytes, h) !== 0x04034b50) throw new ZipError('damaged', `bad local header for ${e.name}`);
  const start = h + 30 + u16(bytes, h + 26) + u16(bytes, h + 28);
  if (start + e.compressedSize > bytes.length) throw new ZipError('damaged', `short data for ${e.name}`);
  return bytes.subarray(start, start + e.compressedSize);
}

/** An entry's stored data inflated into a buffer of its declared size (never more); a size that differs is damage. */
export function inflateData(data: Uint8Array, e: Pick<ZipEntry, 'name' | 'method' | 'size'>): Uint8Array {
  if (e.method === 0) {
    if (data.length !== e.size) throw new ZipError('damaged', `stored size of ${e.name}`);
    return data.slice();
  }
  if (e.method !== 8) throw new ZipError('damaged', `compression ${e.method} in ${e.name}`);
  let out: Uint8Array;
  try {
    // one byte of room past the declared size shows an entry that inflates to more
    out = inflateSync(data, { out: new Uint8Array(e.size + 1) });
  } catch (err) {
    throw new ZipError('damaged', `${e.name}: ${String(err)}`);
  }
  if (out.length !== e.size) throw new ZipError('damaged', `${e.name} inflates to another size than it declares`);
  return out;
}

/** Inflates one entry into a buffer of its declared size (never more); a size that differs is damage. */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  return inflateData(entryData(bytes, e), e);
}

/**
 * Reads the chosen entries of a zip: the whole directory is bounded first, then the chosen
 * entries' declared sizes, and only then are they inflated.
 */
export function readZip(bytes: Uint8Array, limits: ZipLimits, wanted: (e: ZipEntry) => boolean): Map<string, Uint8Array> {
  return inflateChosen(bytes, zipEntries(bytes, limits).filter(wanted), limits);
}

/** Checks the declared sizes of entries to be inflated against the limits, or throws ZipError 'too-large'. */
export function checkSizes(chosen: readonly ZipEntry[], limits: ZipLimits): void {
  let total = 0;
  for (const e of chosen) {
    if (e.size > limits.maxEntryBytes) throw new ZipError('too-large', `${e.name}: ${e.size} bytes`);
    total += e.size;
  }
  if (total > limits.maxTotalBytes) throw new ZipError('too-large', `${total} bytes in all`);
}

/** Inflates entries of `zipEntries` after checking their declared sizes against the limits. */
export function inflateChosen(bytes: Uint8Array, chosen: ZipEntry[], limits: ZipLimits): Map<string, Uint8Array> {
  checkSizes(chosen, limits);
  return new Map(chosen.map((e) => [e.name, inflateEntry(bytes, e)]));
}

/** Whether bytes start like a zip. */
export const looksLikeZip = (b: Uint8Array): boolean => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
