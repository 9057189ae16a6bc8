/**
 * `.signpost` files: a zip holding `document.json` (and, later, `assets/…`).
 * Opening goes bytes → unzip → JSON → migrate → validate; anything else is refused
 * with a named error the UI turns into plain words.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { inflateChosen, looksLikeZip, ZipError, zipEntries, type ZipLimits } from './zipRead';
import { DocumentError, parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';
import { pruneAssets } from '../model/operations';
import { fromBase64, toBase64 } from '../model/base64';
import { checkWrite } from './records';
import { PictureError, sanitisePicture } from './imageSanitise';
import { OpenFileError } from './fileErrors';

/** Largest file we try to open, bytes. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export { OpenFileError, type OpenErrorCode } from './fileErrors';

const assetPath = (id: string, mime: string) => `assets/${id}.${mime === 'image/png' ? 'png' : 'jpg'}`;

/** Pictures go into `assets/` as files; document.json keeps their details without the bytes. */
export function writeSignpostFile(full: SignpostDocument): Uint8Array {
  checkWrite('document', full); // a file that could not be opened again is not written
  const doc = pruneAssets(full);
  const files: Record<string, Uint8Array | [Uint8Array, { level: 0 }]> = {};
  const assets: SignpostDocument['assets'] = {};
  for (const a of Object.values(doc.assets ?? {})) {
    files[assetPath(a.id, a.mime)] = [fromBase64(a.data), { level: 0 }]; // already compressed
    assets[a.id] = { ...a, data: '' };
  }
  files['document.json'] = strToU8(JSON.stringify({ ...doc, assets }, null, 1));
  return zipSync(files, { level: 6 });
}

const MIB = 1024 * 1024;
/**
 * What a `.signpost` zip may hold: checked on the central directory before inflating.
 * Only document.json and the assets it names are ever inflated.
 */
export const SIGNPOST_ZIP_LIMITS: ZipLimits = { maxEntries: 10_000, maxEntryBytes: 128 * MIB, maxTotalBytes: 512 * MIB };
/** Largest asset file: the schema keeps 12,000,000 base64 characters. */
const ASSET_ZIP_LIMITS: ZipLimits = { ...SIGNPOST_ZIP_LIMITS, maxEntryBytes: 9_000_000 };
export const isPdf = (b: Uint8Array): boolean => b.length > 4 && strFromU8(b.subarray(0, 5)) === '%PDF-';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new OpenFileError('damaged', `JSON: ${String(e)}`);
  }
}

function fromJson(data: unknown): SignpostDocument {
  let doc: SignpostDocument;
  try {
    doc = parseDocument(data);
  } catch (e) {
    if (e instanceof DocumentError) throw new OpenFileError(e.code, e.message);
    throw e;
  }
  return { ...doc, assets: cleanPictures(doc.assets) };
}

/**
 * Pictures from a file with their metadata (EXIF and its GPS, XMP, comments) removed, so
 * none of it reaches storage or a PDF; a picture that is not what it claims is refused
 * (OpenFileError 'bad-picture'). Profile photos come through here too.
 */
export function cleanPictures<T extends { id: string; mime: 'image/jpeg' | 'image/png'; data: string }>(pictures: Record<string, T>): Record<string, T>;
export function cleanPictures<T extends { id: string; mime: 'image/jpeg' | 'image/png'; data: string }>(pictures: T[]): T[];
export function cleanPictures<T extends { id: string; mime: 'image/jpeg' | 'image/png'; data: string }>(pictures: Record<string, T> | T[]): Record<string, T> | T[] {
  const clean = (p: T): T => {
    try {
      return { ...p, data: toBase64(sanitisePicture(fromBase64(p.data), p.mime)) };
    } catch (e) {
      if (e instanceof PictureError) throw new OpenFileError('bad-picture', `picture ${p.id}: ${e.message}`);
      if (e instanceof DOMException) throw new OpenFileError('bad-picture', `picture ${p.id}: not base64`);
      throw e;
    }
  };
  return Array.isArray(pictures) ? pictures.map(clean) : Object.fromEntries(Object.entries(pictures).map(([k, p]) => [k, clean(p)]));
}

type RawAssets = { assets?: Record<string, { id: string; mime: string; data: string }> };

/** document.json of a zip with the bytes of the assets it names put back in; nothing else is inflated. */
function readZipDocument(bytes: Uint8Array): unknown {
  try {
    const entries = zipEntries(bytes, SIGNPOST_ZIP_LIMITS);
    const json = entries.find((e) => e.name === 'document.json');
    if (!json) throw new OpenFileError('not-signpost', 'Zip without document.json');
    const raw = parseJson(strFromU8(inflateChosen(bytes, [json], SIGNPOST_ZIP_LIMITS).get('document.json')!)) as RawAssets;
    // only pictures named by plain strings are looked for: String() of an object with its own
    // "toString" key threw a TypeError; the rest are refused by the schema as damaged
    const pending = Object.values(raw?.assets ?? {}).filter((a) => a && typeof a === 'object' && !a.data && typeof a.id === 'string' && typeof a.mime === 'string');
    const paths = new Set(pending.map((a) => assetPath(a.id, a.mime)));
    const files = inflateChosen(bytes, entries.filter((e) => paths.has(e.name)), ASSET_ZIP_LIMITS);
    for (const a of pending) {
      const path = assetPath(a.id, a.mime);
      const data = files.get(path);
      if (!data) throw new OpenFileError('damaged', `missing ${path}`);
      a.data = toBase64(data);
    }
    return raw;
  } catch (e) {
    if (e instanceof ZipError) throw new OpenFileError(e.code === 'damaged' ? 'damaged' : 'too-large', `Zip: ${e.message}`);
    throw e;
  }
}

/**
 * Reads a `.signpost` zip, or a bare `document.json`. PDFs are handled by the caller,
 * which extracts the attached source first.
 */
export function readSignpostFile(bytes: Uint8Array): SignpostDocument {
  if (bytes.length === 0) throw new OpenFileError('empty', 'Empty file');
  if (bytes.length > MAX_FILE_BYTES) throw new OpenFileError('too-large', `${bytes.length} bytes`);
  if (looksLikeZip(bytes)) return fromJson(readZipDocument(bytes));
  if (isPdf(bytes)) throw new OpenFileError('not-signpost', 'PDF without a Signpost source');
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return fromJson(parseJson(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')));
  throw new OpenFileError('not-signpost', 'Unknown file type');
}
