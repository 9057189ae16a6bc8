/**
 * `.signpost` files: a zip holding `document.json` (and, later, `assets/…`).
 * Opening goes bytes → unzip → JSON → migrate → validate; anything else is refused
 * with a named error the UI turns into plain words.
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { DocumentError, parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';
import { pruneAssets } from '../model/operations';
import { fromBase64, toBase64 } from '../model/base64';
import { checkWrite } from './records';

/** Largest file we try to open, bytes. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type OpenErrorCode = 'not-signpost' | 'damaged' | 'newer-version' | 'too-large' | 'empty';

export class OpenFileError extends Error {
  constructor(
    readonly code: OpenErrorCode,
    detail: string,
  ) {
    super(detail);
    this.name = 'OpenFileError';
  }
}

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

const isZip = (b: Uint8Array) => b.length > 4 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;
export const isPdf = (b: Uint8Array): boolean => b.length > 4 && strFromU8(b.subarray(0, 5)) === '%PDF-';

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new OpenFileError('damaged', `JSON: ${String(e)}`);
  }
}

function fromJson(data: unknown): SignpostDocument {
  try {
    return parseDocument(data);
  } catch (e) {
    if (e instanceof DocumentError) throw new OpenFileError(e.code, e.message);
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
  if (isZip(bytes)) {
    let files: Record<string, Uint8Array>;
    try {
      files = unzipSync(bytes, { filter: (f) => f.name === 'document.json' || f.name.startsWith('assets/') });
    } catch (e) {
      throw new OpenFileError('damaged', `Zip: ${String(e)}`);
    }
    const json = files['document.json'];
    if (!json) throw new OpenFileError('not-signpost', 'Zip without document.json');
    const raw = parseJson(strFromU8(json)) as { assets?: Record<string, { id: string; mime: string; data: string }> };
    for (const a of Object.values(raw?.assets ?? {})) {
      if (a && typeof a === 'object' && !a.data) {
        const bytes = files[assetPath(String(a.id), String(a.mime))];
        if (!bytes) throw new OpenFileError('damaged', `missing ${assetPath(String(a.id), String(a.mime))}`);
        a.data = toBase64(bytes);
      }
    }
    return fromJson(raw);
  }
  if (isPdf(bytes)) throw new OpenFileError('not-signpost', 'PDF without a Signpost source');
  const head = new TextDecoder().decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{')) return fromJson(parseJson(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')));
  throw new OpenFileError('not-signpost', 'Unknown file type');
}
