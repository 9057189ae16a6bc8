/**
 * The one import sanitiser for JPEG and PNG pictures, used by every route a picture comes
 * in by (photo files, `.signpost` assets, profile photos, symbol packs, boards), in the
 * browser and in Node alike. It checks that a picture is what it claims to be and drops
 * everything but the picture and its colour: EXIF (with GPS), XMP, comments, text chunks,
 * timestamps, and whatever follows the end of the image. Pixels are not touched, so it is
 * cheap and exact; routes that already decode and re-encode (own photos) still do.
 */

export type PictureMime = 'image/jpeg' | 'image/png';

/** Why a picture was refused; `code` picks the message. */
export class PictureError extends Error {
  constructor(
    readonly code: 'wrong-type' | 'damaged',
    detail: string,
  ) {
    super(detail);
    this.name = 'PictureError';
  }
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** What the bytes are, by their signature, whatever their name or label says. */
export function sniffPicture(b: Uint8Array): PictureMime | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length >= 8 && PNG_SIGNATURE.every((v, i) => b[i] === v)) return 'image/png';
  return null;
}

const ascii = (b: Uint8Array, at: number, n: number) => String.fromCharCode(...b.subarray(at, at + n));

/** APPn segments kept for colour: JFIF (APP0), ICC profiles (APP2), Adobe's colour transform (APP14). */
function keepApp(marker: number, b: Uint8Array, data: number): boolean {
  if (marker === 0xe0) return ascii(b, data, 5) === 'JFIF\0';
  if (marker === 0xe2) return ascii(b, data, 12) === 'ICC_PROFILE\0';
  if (marker === 0xee) return ascii(b, data, 5) === 'Adobe';
  return false;
}

/** Where the entropy-coded data after a SOS header ends: the next marker that is not a restart or stuffed byte. */
function scanEnd(b: Uint8Array, from: number): number {
  for (let i = from; i + 1 < b.length; i++) {
    if (b[i] !== 0xff) continue;
    const m = b[i + 1];
    if (m !== 0x00 && m !== 0xff && !(m >= 0xd0 && m <= 0xd7)) return i;
  }
  throw new PictureError('damaged', 'JPEG scan has no end');
}

/** A JPEG with APP1–APP15 (but colour ones), comments and trailing data removed. */
function cleanJpeg(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 2)];
  let p = 2;
  let frame = false;
  for (;;) {
    while (p < b.length && b[p] === 0xff && b[p + 1] === 0xff) p++; // fill bytes
    if (p + 1 >= b.length || b[p] !== 0xff) throw new PictureError('damaged', `JPEG marker expected at ${p}`);
    const m = b[p + 1];
    if (m === 0xd9) {
      if (!frame) throw new PictureError('damaged', 'JPEG without a frame');
      parts.push(b.subarray(p, p + 2)); // EOI: anything after it (a second image, XMP) is dropped
      break;
    }
    if (m >= 0xd0 && m <= 0xd7) throw new PictureError('damaged', 'JPEG restart outside a scan');
    if (p + 4 > b.length) throw new PictureError('damaged', 'JPEG segment cut short');
    const end = p + 2 + ((b[p + 2] << 8) | b[p + 3]);
    if (end > b.length || end < p + 4) throw new PictureError('damaged', 'JPEG segment length');
    if ((m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc) || m === 0xde) frame = true;
    const drop = m === 0xfe || (m >= 0xe0 && m <= 0xef && !keepApp(m, b, p + 4));
    if (m === 0xda) {
      if (!frame) throw new PictureError('damaged', 'JPEG scan before its frame');
      const e = scanEnd(b, end);
      parts.push(b.subarray(p, e));
      p = e;
      continue;
    }
    if (!drop) parts.push(b.subarray(p, end));
    p = end;
  }
  return concat(parts);
}

/** Chunks kept besides the critical ones: transparency and colour. */
const PNG_KEEP = new Set(['tRNS', 'gAMA', 'cHRM', 'sRGB', 'iCCP', 'sBIT', 'cICP', 'mDCV', 'cLLI']);
const PNG_CRITICAL = new Set(['IHDR', 'PLTE', 'IDAT', 'IEND']);

/** A PNG with only its critical and colour chunks (no tEXt, zTXt, iTXt, eXIf, tIME…), ending at IEND. */
function cleanPng(b: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [b.subarray(0, 8)];
  let p = 8;
  let first = true;
  let idat = false;
  for (;;) {
    if (p + 12 > b.length) throw new PictureError('damaged', 'PNG cut short');
    const len = ((b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3]) >>> 0;
    const type = ascii(b, p + 4, 4);
    const end = p + 12 + len;
    if (!/^[A-Za-z]{4}$/.test(type) || end > b.length) throw new PictureError('damaged', `PNG chunk at ${p}`);
    if (first !== (type === 'IHDR')) throw new PictureError('damaged', 'PNG must start with IHDR');
    first = false;
    // an unknown critical chunk (upper-case first letter) cannot be skipped safely
    if (type[0] === type[0].toUpperCase() && !PNG_CRITICAL.has(type)) throw new PictureError('damaged', `PNG chunk ${type}`);
    if (PNG_CRITICAL.has(type) || PNG_KEEP.has(type)) parts.push(b.subarray(p, end));
    idat ||= type === 'IDAT';
    p = end;
    if (type === 'IEND') break; // anything after it is dropped
  }
  if (!idat) throw new PictureError('damaged', 'PNG without image data');
  return concat(parts);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, x) => n + x.length, 0));
  let at = 0;
  for (const x of parts) {
    out.set(x, at);
    at += x.length;
  }
  return out;
}

/**
 * The picture with its metadata removed, after checking it is the type it claims
 * (PictureError 'wrong-type') and well formed (PictureError 'damaged').
 */
export function sanitisePicture(bytes: Uint8Array, claimed: PictureMime): Uint8Array {
  const actual = sniffPicture(bytes);
  if (actual !== claimed) throw new PictureError('wrong-type', `${claimed} is ${actual ?? 'not a picture'}`);
  return actual === 'image/jpeg' ? cleanJpeg(bytes) : cleanPng(bytes);
}
