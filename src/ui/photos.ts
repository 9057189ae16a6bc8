/**
 * Turning a picture file into a profile photo: decoded by the browser (so a broken or
 * foreign file is refused), downscaled, and re-encoded as JPEG, which also drops EXIF and
 * GPS data.
 */
import { newId } from '../model/ids';
import type { Photo } from '../model/profile';

/** Longest side kept, px: sharp at 300 dpi up to about 10 cm. */
export const PHOTO_MAX_SIDE = 1200;
export const PHOTO_MAX_FILE = 30 * 1024 * 1024;

export class PhotoError extends Error {
  constructor(readonly code: 'not-image' | 'too-large') {
    super(code);
    this.name = 'PhotoError';
  }
}

export async function photoFromFile(file: Blob): Promise<Photo> {
  if (file.size > PHOTO_MAX_FILE) throw new PhotoError('too-large');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    throw new PhotoError('not-image');
  }
  const k = Math.min(1, PHOTO_MAX_SIDE / Math.max(bitmap.width, bitmap.height));
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
  const url = canvas.toDataURL('image/jpeg', 0.86);
  return { id: newId('ph'), mime: 'image/jpeg', data: url.slice(url.indexOf(',') + 1), width, height };
}
