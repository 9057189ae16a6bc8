import { describe, expect, it } from 'vitest';
import { PDFDocument } from '@cantoo/pdf-lib';
import { PictureError, sanitisePicture, sniffPicture } from '../../src/storage/imageSanitise';
import { fromBase64 } from '../../src/model/base64';
import { chunk, jpegWithMetadata, leaksIn, LEAKS, pngWithMetadata, TINY_JPEG } from '../helpers/pictures';
import { TINY_PNG } from '../helpers/profiles';

const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'clean';
  } catch (e) {
    return e instanceof PictureError ? e.code : String(e);
  }
};

describe('sanitisePicture', () => {
  it('the fixtures carry GPS, XMP and comments (the check can fail)', () => {
    expect(leaksIn(jpegWithMetadata())).toEqual(LEAKS);
    expect(leaksIn(pngWithMetadata())).toEqual(LEAKS.filter((l) => !l.startsWith('Exif') && !l.startsWith('http'))); // PNG has no such prefixes
  });

  it('removes EXIF, XMP, comments and trailing data from a JPEG and keeps the picture exactly', () => {
    const clean = sanitisePicture(fromBase64(jpegWithMetadata()), 'image/jpeg');
    expect(leaksIn(clean)).toEqual([]);
    expect(clean).toEqual(fromBase64(TINY_JPEG)); // the stripped original, byte for byte
  });

  it('removes eXIf, iTXt, tEXt, zTXt and tIME from a PNG, and the PNG still decodes', async () => {
    const clean = sanitisePicture(fromBase64(pngWithMetadata()), 'image/png');
    expect(leaksIn(clean)).toEqual([]);
    expect(clean).toEqual(fromBase64(TINY_PNG));
    const png = await (await PDFDocument.create()).embedPng(clean);
    expect([png.width, png.height]).toEqual([1, 1]);
  });

  it('keeps colour: a JPEG ICC profile and a PNG sRGB chunk stay', () => {
    const j = fromBase64(TINY_JPEG);
    const icc = Uint8Array.from([0xff, 0xe2, 0, 16, ...Array.from('ICC_PROFILE\0', (c) => c.charCodeAt(0)), 1, 1]);
    const withIcc = new Uint8Array([...j.subarray(0, 20), ...icc, ...j.subarray(20)]);
    expect(sanitisePicture(withIcc, 'image/jpeg')).toEqual(withIcc);
    const plain = fromBase64(TINY_PNG);
    const bytes = new Uint8Array([...plain.subarray(0, 33), ...chunk('sRGB', Uint8Array.of(0)), ...chunk('gAMA', Uint8Array.of(0, 0, 0xb1, 0x8f)), ...plain.subarray(33)]);
    expect(sanitisePicture(bytes, 'image/png')).toEqual(bytes);
    const withTime = new Uint8Array([...bytes.subarray(0, 33), ...chunk('tIME', new Uint8Array(7)), ...bytes.subarray(33)]);
    expect(sanitisePicture(withTime, 'image/png')).toEqual(bytes); // negative control: tIME goes, colour stays
  });

  it('refuses a picture that is not what it claims, or is cut short', () => {
    expect(codeOf(() => sanitisePicture(fromBase64(TINY_PNG), 'image/jpeg'))).toBe('wrong-type');
    expect(codeOf(() => sanitisePicture(fromBase64(TINY_JPEG), 'image/png'))).toBe('wrong-type');
    expect(codeOf(() => sanitisePicture(new TextEncoder().encode('<svg/>'), 'image/png'))).toBe('wrong-type');
    expect(codeOf(() => sanitisePicture(fromBase64(TINY_JPEG).subarray(0, 100), 'image/jpeg'))).toBe('damaged');
    expect(codeOf(() => sanitisePicture(fromBase64(TINY_PNG).subarray(0, 40), 'image/png'))).toBe('damaged');
    expect(sniffPicture(fromBase64(TINY_JPEG))).toBe('image/jpeg');
  });
});
