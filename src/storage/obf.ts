/**
 * Open Board Format (.obf boards, .obz zips): reading a board into a grid, and writing a
 * grid or sequence out as an .obz with the spec's required fields and each image's licence.
 */
import { strFromU8, strToU8, zipSync } from 'fflate';
import { inflateChosen, normaliseZipName, zipEntries, type ZipEntry, type ZipLimits } from './zipRead';
import { toBase64 } from '../model/base64';

export interface ObfImageIn {
  id: string;
  /** Base64 bytes and type, when the picture is inside the board or the zip. */
  data?: string;
  mime?: string;
  /** A web address that cannot be fetched offline. */
  url?: string;
}

export interface BoardIn {
  name: string;
  locale: string;
  columns: number;
  /** Buttons in grid order (row by row), each with its label and picture, if any. */
  buttons: { label: string; image: ObfImageIn | null }[];
}

export class BoardError extends Error {
  constructor(readonly code: 'not-board' | 'damaged') {
    super(code);
    this.name = 'BoardError';
  }
}

interface ObfJson {
  format?: string;
  id?: string;
  name?: string;
  locale?: string;
  grid?: { rows?: number; columns?: number; order?: (string | number | null)[][] };
  buttons?: { id: string | number; label?: string; image_id?: string | number }[];
  images?: { id: string | number; data?: string; path?: string; url?: string; content_type?: string }[];
}

const dataUri = /^data:([^;,]+)(;base64)?,(.*)$/s;
const mimeOf = (path: string) => (/\.svg$/i.test(path) ? 'image/svg+xml' : /\.png$/i.test(path) ? 'image/png' : /\.jpe?g$/i.test(path) ? 'image/jpeg' : '');

/** A file of the .obz by its path, read when asked for; undefined when there is none. */
type ZipFile = (path: string) => Uint8Array | undefined;

/** A text field of the file, or undefined when it holds something else (a number, a list, an object). */
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/** Columns the file declares, held to 1–8; 4 when it declares no usable number. */
function columnsOf(obf: ObfJson, order: unknown[]): number {
  const declared = Number(obf.grid?.columns ?? (Array.isArray(order[0]) ? order[0].length : 4));
  return Number.isFinite(declared) ? Math.max(1, Math.min(8, Math.round(declared))) : 4;
}

function board(obf: ObfJson, zipFile: ZipFile | null, dir: string): BoardIn {
  if (!obf || typeof obf !== 'object' || !String(obf.format ?? '').startsWith('open-board-') || !Array.isArray(obf.buttons)) throw new BoardError('not-board');
  const images = new Map<string, ObfImageIn>();
  for (const im of obf.images ?? []) {
    const id = String(im.id);
    const m = typeof im.data === 'string' ? dataUri.exec(im.data) : null;
    if (m) {
      images.set(id, { id, mime: m[1], data: m[2] ? m[3] : btoa(decodeURIComponent(m[3])) });
    } else if (im.path && zipFile) {
      const bytes = zipFile(String(im.path)) ?? zipFile(`${dir}${String(im.path)}`);
      images.set(id, bytes ? { id, mime: text(im.content_type) || mimeOf(String(im.path)), data: toBase64(bytes) } : { id, url: text(im.url) });
    } else {
      images.set(id, { id, url: text(im.url) ?? text(im.path) });
    }
  }
  const byId = new Map(obf.buttons.map((b) => [String(b.id), b]));
  const order = obf.grid?.order ?? [];
  // fields are checked as they are read: a board is the caller's typed value, whatever the file held
  const columns = columnsOf(obf, order);
  const ids = order.length ? order.flat().filter((x) => x !== null && x !== undefined).map(String) : obf.buttons.map((b) => String(b.id));
  const buttons = ids
    .map((id) => byId.get(id))
    .filter((b): b is NonNullable<typeof b> => !!b)
    .map((b) => ({ label: String(b.label ?? ''), image: b.image_id !== undefined ? (images.get(String(b.image_id)) ?? null) : null }));
  return { name: text(obf.name) || 'Board', locale: text(obf.locale) || 'en', columns, buttons };
}

const MIB = 1024 * 1024;
/** What an .obz may hold, checked on its central directory before inflating. */
export const OBZ_ZIP_LIMITS: ZipLimits = { maxEntries: 20_000, maxEntryBytes: 16 * MIB, maxTotalBytes: 512 * MIB };

/** Reads files of an .obz on demand, each once, within the limits in all. */
function zipReader(bytes: Uint8Array): ZipFile {
  const byName = new Map<string, ZipEntry>(zipEntries(bytes, OBZ_ZIP_LIMITS).map((e) => [e.name, e]));
  const read = new Map<string, Uint8Array>();
  let total = 0;
  return (path) => {
    const name = normaliseZipName(path);
    const e = name === null ? undefined : byName.get(name);
    if (!e) return undefined;
    if (!read.has(e.name)) {
      total += e.size;
      read.set(e.name, inflateChosen(bytes, [e], { ...OBZ_ZIP_LIMITS, maxTotalBytes: OBZ_ZIP_LIMITS.maxTotalBytes - total + e.size }).get(e.name)!);
    }
    return read.get(e.name);
  };
}

/** Reads an .obf (JSON) or .obz (zip with manifest.json) file; only the board and the pictures it uses are inflated. */
export function readBoard(bytes: Uint8Array): BoardIn {
  const isZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  try {
    if (!isZip) return board(JSON.parse(strFromU8(bytes)), null, '');
    const file = zipReader(bytes);
    const manifestBytes = file('manifest.json');
    const manifest = manifestBytes ? JSON.parse(strFromU8(manifestBytes)) : null;
    const root = typeof manifest?.root === 'string' ? manifest.root : zipEntries(bytes, OBZ_ZIP_LIMITS).find((e) => e.name.endsWith('.obf'))?.name;
    const rootBytes = root ? file(root) : undefined;
    if (!root || !rootBytes) throw new BoardError('not-board');
    return board(JSON.parse(strFromU8(rootBytes)), file, root.includes('/') ? root.slice(0, root.lastIndexOf('/') + 1) : '');
  } catch (e) {
    if (e instanceof BoardError) throw e;
    throw new BoardError('damaged');
  }
}

export interface BoardOut {
  id: string;
  name: string;
  locale: string;
  columns: number;
  buttons: { label: string; image: { bytes: Uint8Array; mime: string; licence: { type: string; author_name: string; author_url?: string } } | null }[];
}

/** Writes an .obz: manifest.json, one board, its images, with every required field. */
export function writeObz(b: BoardOut): Uint8Array {
  const rows = Math.max(1, Math.ceil(b.buttons.length / b.columns));
  const files: Record<string, Uint8Array> = {};
  const images: Record<string, unknown>[] = [];
  const buttons = b.buttons.map((btn, i) => {
    const out: Record<string, unknown> = { id: `b${i + 1}`, label: btn.label };
    if (btn.image) {
      const ext = btn.image.mime === 'image/svg+xml' ? 'svg' : btn.image.mime === 'image/png' ? 'png' : 'jpg';
      const path = `images/i${i + 1}.${ext}`;
      files[path] = btn.image.bytes;
      images.push({ id: `i${i + 1}`, path, content_type: btn.image.mime, width: 300, height: 300, license: btn.image.licence });
      out.image_id = `i${i + 1}`;
    }
    return out;
  });
  const order = Array.from({ length: rows }, (_, r) => Array.from({ length: b.columns }, (_, c) => buttons[r * b.columns + c]?.id ?? null));
  const obf = { format: 'open-board-0.1', id: b.id, locale: b.locale, name: b.name, buttons, grid: { rows, columns: b.columns, order }, images, sounds: [] };
  files['boards/board.obf'] = strToU8(JSON.stringify(obf, null, 1));
  files['manifest.json'] = strToU8(JSON.stringify({ format: 'open-board-0.1', root: 'boards/board.obf', paths: { boards: { [b.id]: 'boards/board.obf' }, images: Object.fromEntries(images.map((im) => [im.id, im.path])), sounds: {} } }, null, 1));
  return zipSync(files);
}
