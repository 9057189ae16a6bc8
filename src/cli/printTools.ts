/** The print pipeline's picture work in Node: resvg draws SVG and resizes photos; headers give sizes. */
import { Resvg } from '@resvg/resvg-js';
import type { PictureTools } from '../layout/print';
import { fromBase64, toBase64 } from '../model/base64';
import { sanitisePicture } from '../storage/imageSanitise';

/** Pixel size from a PNG's IHDR or a JPEG's start-of-frame segment. */
export function headerSize(mime: 'image/jpeg' | 'image/png', bytes: Uint8Array): { width: number; height: number } {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (mime === 'image/png') return { width: v.getUint32(16), height: v.getUint32(20) };
  for (let i = 2; i + 9 < bytes.length; ) {
    if (bytes[i] !== 0xff) {
      i++;
      continue;
    }
    const marker = bytes[i + 1];
    const len = v.getUint16(i + 2);
    // SOF0–SOF15, except DHT (C4), JPG (C8) and DAC (CC)
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) return { width: v.getUint16(i + 7), height: v.getUint16(i + 5) };
    i += 2 + len;
  }
  throw new RangeError('not a picture with a size');
}

/** Draws `svg` (text) at `width` pixels wide and returns PNG bytes. */
function render(svg: string, width: number): Uint8Array {
  return new Resvg(svg, { fitTo: { mode: 'width', value: Math.max(1, Math.round(width)) }, font: { loadSystemFonts: false } }).render().asPng();
}

/** Side, in pixels, a pack's picture is drawn at for print (as the app does). */
const PACK_SIDE = 512;

export const nodePictures: PictureTools = {
  rasterise: async (svg, w, h) => {
    const k = PACK_SIDE / Math.max(w, h);
    return toBase64(render(new TextDecoder().decode(fromBase64(svg)), w * k));
  },
  pixelSize: async (mime, data) => headerSize(mime, fromBase64(data)),
  downscale: async (mime, data, px) => {
    const { width, height } = headerSize(mime, fromBase64(data));
    const k = px / Math.max(width, height);
    const w = Math.max(1, Math.round(width * k));
    const h = Math.max(1, Math.round(height * k));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${w}" height="${h}"><rect width="100%" height="100%" fill="#ffffff"/><image width="${w}" height="${h}" preserveAspectRatio="none" xlink:href="data:${mime};base64,${data}"/></svg>`;
    return { mime: 'image/png', data: toBase64(render(svg, w)) };
  },
  clean: (mime, data) => toBase64(sanitisePicture(fromBase64(data), mime)),
};
