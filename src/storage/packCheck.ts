/**
 * Checking one picture of a symbol pack before it is stored: an SVG is sanitised without a
 * DOM (svgSanitise.ts) and given a size; a PNG or JPEG must be what its name says, loses
 * its metadata, and is decoded to prove it is a picture. Runs in the pack-check workers
 * (packCheckWorker.ts) and, where there are none, on the page.
 */
import { toBase64 } from '../model/base64';
import { sanitisePicture } from './imageSanitise';
import { sanitiseSvgText } from './svgSanitise';
import { inflateData } from './zipRead';
import type { DeflatedPicture } from './packReader';

export interface CheckedPicture {
  mime: 'image/svg+xml' | 'image/png' | 'image/jpeg';
  /** The picture, base64. */
  data: string;
  width: number;
  height: number;
}

/** One picture to check, by its path in the pack: its bytes, or its data still compressed in the zip. */
export interface PictureJob {
  path: string;
  bytes: Uint8Array;
  deflated?: DeflatedPicture;
}

/** A checked picture, or null when it is not one Signpost can use safely. */
export type CheckResult = CheckedPicture | null;

const clampSide = (n: number) => Math.min(4000, Math.max(1, Math.round(n)));

/** Width and height from a PNG's header or a JPEG's frame header, for where nothing can decode. */
function headerSize(b: Uint8Array, mime: 'image/png' | 'image/jpeg'): { width: number; height: number } | null {
  if (mime === 'image/png') {
    if (b.length < 24) return null;
    const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
    return { width: v.getUint32(16), height: v.getUint32(20) };
  }
  for (let p = 2; p + 9 < b.length; ) {
    if (b[p] !== 0xff) return null;
    const marker = b[p + 1];
    const len = (b[p + 2] << 8) | b[p + 3];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { height: (b[p + 5] << 8) | b[p + 6], width: (b[p + 7] << 8) | b[p + 8] };
    p += 2 + len;
  }
  return null;
}

/** Checks one picture (see the module comment). */
export async function checkPicture(job: PictureJob): Promise<CheckResult> {
  try {
    const raw = job.deflated ? inflateData(job.deflated.data, { name: job.path, ...job.deflated }) : job.bytes;
    if (/\.svg$/i.test(job.path)) {
      const clean = sanitiseSvgText(new TextDecoder().decode(raw));
      if (!clean) return null;
      return { mime: 'image/svg+xml', data: toBase64(new TextEncoder().encode(clean.svg)), width: clean.width, height: clean.height };
    }
    const mime = /\.png$/i.test(job.path) ? ('image/png' as const) : ('image/jpeg' as const);
    const bytes = sanitisePicture(raw, mime); // what its name says, without EXIF, GPS, XMP or comments
    let size = headerSize(bytes, mime);
    if (typeof createImageBitmap === 'function') {
      const bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: mime }));
      size = { width: bitmap.width, height: bitmap.height };
      bitmap.close();
    }
    if (!size || !(size.width > 0 && size.height > 0)) return null;
    return { mime, data: toBase64(bytes), width: clampSide(size.width), height: clampSide(size.height) };
  } catch {
    return null;
  }
}

/** Messages between the page and a pack-check worker. */
export interface CheckRequest {
  id: number;
  jobs: PictureJob[];
}
export interface CheckReply {
  id: number;
  results: CheckResult[];
}
