/**
 * Pictures carrying what must never reach storage or a PDF: EXIF with a GPS block, XMP,
 * a comment and data after the end of the image (JPEG); eXIf, iTXt XMP, tEXt, zTXt and
 * tIME chunks (PNG). `LEAKS` are strings any of them would show in the bytes.
 */
import { zlibSync } from 'fflate';
import { fluent, TINY_PNG } from './profiles';
import { createDocument, createSymbolText } from '../../src/model/factory';
import type { ImageElement, SignpostDocument } from '../../src/model/schema';
import type { Profile } from '../../src/model/profile';

/** A 2 × 2 baseline JPEG (ImageMagick, stripped). */
export const TINY_JPEG =
  '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAACAAIDASIAAhEBAxEB/8QAFQABAQAAAAAAAAAAAAAAAAAAAAb/xAAUEAEAAAAAAAAAAAAAAAAAAAAA/8QAFQEBAQAAAAAAAAAAAAAAAAAABgf/xAAUEQEAAAAAAAAAAAAAAAAAAAAA/9oADAMBAAIRAxEAPwCXAUUYf//Z';

const GPS_TEXT = 'GPS 51.4816N 3.1791W';
const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,28.9N" exif:GPSLongitude="3,10.7W"/></rdf:RDF></x:xmpmeta>`;
const COMMENT = 'Taken at home, 12 Heol y Castell';

/** Strings that show metadata got through. */
export const LEAKS = ['Exif\u0000\u0000', GPS_TEXT, '51,28.9N', 'http://ns.adobe.com/xap/1.0/', 'xmpmeta', 'Taken at home', 'after the end'];

const bytesOf = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0) & 0xff);
const fromB64 = (s: string) => Uint8Array.from(atob(s), (c) => c.charCodeAt(0));
const toB64 = (b: Uint8Array) => btoa(String.fromCharCode(...b));
const cat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};
const be16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];

/**
 * A big-endian TIFF block as EXIF holds it: IFD0 points at a GPS IFD holding latitude
 * ref 'N' and GPSAreaInformation with the place as text.
 */
export function exifWithGps(): Uint8Array {
  const area = bytesOf(`ASCII\0\0\0${GPS_TEXT}`);
  // header 8, IFD0 at 8 (1 entry: 2 + 12 + 4 = 18), GPS IFD at 26 (2 entries: 2 + 24 + 4 = 30), area at 56
  const ifd0 = [...be16(1), ...be16(0x8825), ...be16(4), ...be32(1), ...be32(26), ...be32(0)];
  const gps = [...be16(2), ...be16(0x0001), ...be16(2), ...be32(2), 0x4e, 0, 0, 0, ...be16(0x001c), ...be16(7), ...be32(area.length), ...be32(56), ...be32(0)];
  return cat(bytesOf('MM\0*'), Uint8Array.from(be32(8)), Uint8Array.from(ifd0), Uint8Array.from(gps), area);
}

const segment = (marker: number, body: Uint8Array) => cat(Uint8Array.from([0xff, marker, ...be16(body.length + 2)]), body);

/** A JPEG (base64) with EXIF GPS, XMP, a comment and a trailer after its end. */
export function jpegWithMetadata(base = TINY_JPEG): string {
  const j = fromB64(base);
  const exif = segment(0xe1, cat(bytesOf('Exif\0\0'), exifWithGps()));
  const xmp = segment(0xe1, cat(bytesOf('http://ns.adobe.com/xap/1.0/\0'), bytesOf(XMP)));
  const com = segment(0xfe, bytesOf(COMMENT));
  return toB64(cat(j.subarray(0, 2), exif, xmp, j.subarray(2, j.length - 2), com, j.subarray(j.length - 2), bytesOf('data after the end')));
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const x of b) c = CRC_TABLE[(c ^ x) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
/** A PNG chunk with its length and CRC. */
export const chunk = (type: string, data: Uint8Array) => {
  const td = cat(bytesOf(type), data);
  return cat(Uint8Array.from(be32(data.length)), td, Uint8Array.from(be32(crc32(td))));
};

/** A PNG (base64) with eXIf GPS, iTXt XMP, tEXt and zTXt comments, tIME, and a trailer. */
export function pngWithMetadata(base = TINY_PNG): string {
  const p = fromB64(base);
  const ihdrEnd = 8 + 25;
  const extra = cat(
    chunk('eXIf', exifWithGps()),
    chunk('iTXt', cat(bytesOf('XML:com.adobe.xmp\0\0\0\0\0'), bytesOf(XMP))),
    chunk('tEXt', bytesOf(`Comment\0${COMMENT}`)),
    chunk('zTXt', cat(bytesOf('Description\0\0'), zlibSync(bytesOf(COMMENT)))),
    chunk('tIME', Uint8Array.from([0x07, 0xea, 1, 2, 3, 4, 5])),
  );
  return toB64(cat(p.subarray(0, ihdrEnd), extra, p.subarray(ihdrEnd), bytesOf('data after the end')));
}

/**
 * A tagged PDF's own XMP packet (title, language, PDF/UA part: written by Signpost, about the
 * document, not a photo's), which a leak check must look past; a photo's packet stays.
 */
const DOCUMENT_XMP = /<\?xpacket begin=[^>]*\?>(?:(?!<\?xpacket)[\s\S])*?<xmp:CreatorTool>Signpost<\/xmp:CreatorTool>(?:(?!<\?xpacket)[\s\S])*?<\?xpacket end="w"\?>/g;

/** Metadata strings found in bytes (latin-1), none when clean. */
export function leaksIn(bytes: Uint8Array | string): string[] {
  const b = typeof bytes === 'string' ? fromB64(bytes) : bytes;
  let text = '';
  for (let i = 0; i < b.length; i += 0x8000) text += String.fromCharCode(...b.subarray(i, i + 0x8000));
  text = text.replace(DOCUMENT_XMP, '');
  return LEAKS.filter((l) => text.includes(l));
}

const img = (id: string, assetId: string, x: number): ImageElement => ({ id, type: 'image', x, y: 10, width: 50, height: 40, rotation: 0, assetId, crop: 'none' });

/** A document with a JPEG and a PNG that carry GPS, XMP and comments, as a hostile file would. */
export function leakyDoc(): SignpostDocument {
  const d = createDocument('Photos', new Date('2026-01-01T00:00:00Z'));
  return {
    ...d,
    assets: {
      j: { id: 'j', mime: 'image/jpeg', data: jpegWithMetadata(), width: 2, height: 2 },
      p: { id: 'p', mime: 'image/png', data: pngWithMetadata(), width: 1, height: 1 },
    },
    pages: [{ id: 'p1', elements: [img('a', 'j', 10), img('b', 'p', 80), createSymbolText('I see mum and dad', 10, 80)] }],
  };
}

/** A profile whose photos (used for "mum" and "dad") carry the same. */
export function leakyProfile(): Profile {
  return {
    ...fluent(),
    photos: [
      { id: 'mum', mime: 'image/jpeg', data: jpegWithMetadata(), width: 2, height: 2 },
      { id: 'dad', mime: 'image/png', data: pngWithMetadata(), width: 1, height: 1 },
    ],
    vocabulary: [
      { phrase: 'mum', picture: { kind: 'photo', photoId: 'mum' } },
      { phrase: 'dad', picture: { kind: 'photo', photoId: 'dad' } },
    ],
  };
}

