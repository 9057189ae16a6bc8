/**
 * Turning a picture file into a profile photo: decoded by the browser (so a broken or
 * foreign file is refused), downscaled, and re-encoded as JPEG, which also drops EXIF and
 * GPS data.
 */
import { newId } from '../model/ids';
import type { Photo } from '../model/profile';
import { toBase64, fromBase64 } from '../model/base64';
import { sanitisePicture } from '../storage/imageSanitise';

/** Longest side kept, px: sharp at 300 dpi up to about 10 cm. */
export const PHOTO_MAX_SIDE = 1200;
export const PHOTO_MAX_FILE = 30 * 1024 * 1024;

export class PhotoError extends Error {
  constructor(readonly code: 'not-image' | 'too-large') {
    super(code);
    this.name = 'PhotoError';
  }
}

/** Longest side of a photo placed in a document: 300 dpi across most of an A4 page. */
export const ASSET_MAX_SIDE = 2000;

export async function photoFromFile(file: Blob, maxSide = PHOTO_MAX_SIDE): Promise<Photo> {
  if (file.size > PHOTO_MAX_FILE) throw new PhotoError('too-large');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('not-image');
  }
  const k = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * k));
  const height = Math.max(1, Math.round(bitmap.height * k));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d')!;
  ctx.fillStyle = '#ffffff'; // JPEG has no transparency
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  return encode(canvas, width, height);
}

function encode(canvas: HTMLCanvasElement, width: number, height: number): Photo {
  const url = canvas.toDataURL('image/jpeg', 0.86);
  // the canvas writes no EXIF; the same sanitiser as every other route makes that certain
  const data = toBase64(sanitisePicture(fromBase64(url.slice(url.indexOf(',') + 1)), 'image/jpeg'));
  return { id: newId('ph'), mime: 'image/jpeg', data, width, height };
}

/** A copy of a picture made brighter (amount > 0) or darker (< 0), as a new picture. */
export async function adjustBrightness(p: Photo, amount: number): Promise<Photo> {
  const img = new Image();
  img.src = `data:${p.mime};base64,${p.data}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = p.width;
  canvas.height = p.height;
  const ctx = canvas.getContext('2d')!;
  ctx.filter = `brightness(${1 + amount})`;
  ctx.drawImage(img, 0, 0);
  return encode(canvas, p.width, p.height);
}
