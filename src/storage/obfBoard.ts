/**
 * One Open Board board (.obf JSON) read into a grid of cells: its buttons, their pictures
 * (inside the board, inside the .obz, or a web address), colours, links and licences.
 * Reading accepts what other readers accept: a board without `format`, picture paths with
 * a leading "/" (as Cboard writes them).
 */
import { toBase64 } from '../model/base64';
import type { BoardLicence } from '../model/boardLicence';
import { LIMITS } from '../model/limits';
import { BoardError, MAX_BOARD_COLUMNS } from './obfShared';

export interface ObfImageIn {
  id: string;
  /** Base64 bytes and type, when the picture is inside the board or the zip. */
  data?: string;
  mime?: string;
  /** A web address that cannot be fetched offline. */
  url?: string;
  /** Pixel size, as the file states it. */
  width?: number;
  height?: number;
  /** The picture's licence, as the file states it (the board's when the picture has none). */
  licence?: BoardLicence;
}

export interface ButtonIn {
  label: string;
  /** What the button says when pressed, when it differs from its label; empty for none. */
  vocalization: string;
  /** Background and border colours, `#rrggbb`, or null. */
  background: string | null;
  border: string | null;
  image: ObfImageIn | null;
  /** Key (in `BoardSetIn.boards`) of the board this button opens, or null. */
  link: string | null;
}

export interface BoardIn {
  /** Unique within the set: the board's path in the .obz (or its id in a bare .obf). */
  key: string;
  name: string;
  locale: string;
  columns: number;
  rows: number;
  /** The grid row by row, `rows × columns` places; null for an empty place. */
  cells: (ButtonIn | null)[];
  /** Buttons in grid order (row by row), empty places left out. */
  buttons: ButtonIn[];
  /** The columns the board has when it has more than Signpost's widest grid: each of its rows then takes two or more. */
  wrapped?: number;
  /** The board's own licence, if it states one. */
  licence?: BoardLicence;
  /** Buttons shown that play a sound (`sound_id`): Signpost does not play sounds, so these are not kept. */
  sounds: number;
}

export type Json = Record<string, unknown>;

const dataUri = /^data:([^;,]+)((?:;[^;,]*)*?)(;base64)?,(.*)$/s;
const mimeOf = (path: string) => (/\.svg$/i.test(path) ? 'image/svg+xml' : /\.png$/i.test(path) ? 'image/png' : /\.jpe?g$/i.test(path) ? 'image/jpeg' : '');

/** A file of the .obz by its path, read when asked for; undefined when there is none. */
export type ZipFile = (path: string) => Uint8Array | undefined;

/** A text field of the file, or undefined when it holds something else (a number, a list, an object). */
export const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** An id field: a string or a number, as text. */
export const idOf = (v: unknown): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' && Number.isFinite(v) ? String(v) : undefined);
export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const pixels = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) && v >= 1 ? Math.min(100_000, Math.round(v)) : undefined);

const NAMED: Record<string, string> = {
  white: '#ffffff', black: '#000000', red: '#ff0000', green: '#008000', blue: '#0000ff', yellow: '#ffff00', orange: '#ffa500',
  purple: '#800080', pink: '#ffc0cb', brown: '#a52a2a', grey: '#808080', gray: '#808080', lightgrey: '#d3d3d3', lightgray: '#d3d3d3',
};

/**
 * A CSS colour as boards write them ("rgb(255, 170, 0)", "rgba(…)", "#fa0", "#ffaa00",
 * a few names) as `#rrggbb`; a see-through colour is mixed with white, as it shows on a
 * white page. Null for none, "transparent" or anything unreadable.
 */
export function cssColour(v: unknown): string | null {
  if (typeof v !== 'string') return null;
  const s = v.trim().toLowerCase();
  let rgba: number[] | null = null;
  const fn = /^rgba?\(\s*([\d.]+)(%?)\s*[, ]\s*([\d.]+)(%?)\s*[, ]\s*([\d.]+)(%?)\s*(?:[,/]\s*([\d.]+)(%?)\s*)?\)$/.exec(s);
  if (fn) {
    const channel = (n: string, pc: string) => (pc ? (Number(n) * 255) / 100 : Number(n));
    rgba = [channel(fn[1], fn[2]), channel(fn[3], fn[4]), channel(fn[5], fn[6]), fn[7] === undefined ? 1 : fn[8] ? Number(fn[7]) / 100 : Number(fn[7])];
  } else {
    const hex = /^#([0-9a-f]{3,8})$/.exec(Object.hasOwn(NAMED, s) ? NAMED[s] : s)?.[1];
    if (hex && [3, 4, 6, 8].includes(hex.length)) {
      const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
      rgba = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)).concat(full.length === 8 ? parseInt(full.slice(6, 8), 16) / 255 : 1);
    }
  }
  if (!rgba || rgba.some((n) => !Number.isFinite(n))) return null;
  const a = Math.max(0, Math.min(1, rgba[3]));
  if (a === 0) return null;
  return `#${rgba.slice(0, 3).map((c) => Math.round(Math.max(0, Math.min(255, c)) * a + 255 * (1 - a)).toString(16).padStart(2, '0')).join('')}`;
}

/** The licence object of a board or picture, its fields as text, cut to a sane length. */
export function licenceOf(v: unknown): BoardLicence | undefined {
  if (!isObject(v)) return undefined;
  const field = (k: string) => text(v[k])?.replace(/\s+/g, ' ').trim().slice(0, LIMITS.licenceField) || undefined;
  const l: BoardLicence = { type: field('type') ?? '' };
  for (const k of ['copyright_notice_url', 'source_url', 'author_name', 'author_url'] as const) {
    const f = field(k);
    if (f) l[k] = f;
  }
  return l.type || l.author_name || l.copyright_notice_url || l.author_url || l.source_url ? l : undefined;
}

/** A board is a JSON object with a list of buttons; `format`, when given, must be Open Board's. */
function isBoard(obf: unknown): obf is Json {
  if (!isObject(obf) || !Array.isArray(obf.buttons)) return false;
  return obf.format === undefined || String(obf.format).startsWith('open-board-');
}

/** Where a path inside the .obz points, tried as written (less any leading "/") and from the board's folder. */
export function zipPaths(path: string, dir: string): string[] {
  const bare = path.replace(/^\/+/, '');
  return [...new Set([bare, `${dir}${bare}`])];
}

function readImages(obf: Json, zipFile: ZipFile | null, dir: string, boardLicence: BoardLicence | undefined): Map<string, ObfImageIn> {
  const images = new Map<string, ObfImageIn>();
  for (const im of Array.isArray(obf.images) ? obf.images : []) {
    if (!isObject(im)) continue;
    const id = idOf(im.id);
    if (id === undefined) continue;
    const size = { width: pixels(im.width), height: pixels(im.height) };
    const licence = licenceOf(im.license) ?? boardLicence;
    const extra = { ...(size.width && size.height ? size : {}), ...(licence ? { licence } : {}) };
    const m = typeof im.data === 'string' ? dataUri.exec(im.data) : null;
    const path = text(im.path);
    if (m) {
      let data: string | undefined;
      try {
        data = m[3] ? m[4] : toBase64(new TextEncoder().encode(decodeURIComponent(m[4])));
      } catch {
        data = undefined;
      }
      images.set(id, data ? { id, mime: m[1], data, ...extra } : { id, url: text(im.url), ...extra });
    } else if (path && zipFile) {
      let bytes: Uint8Array | undefined;
      for (const p of zipPaths(path, dir)) bytes ??= zipFile(p);
      images.set(id, bytes ? { id, mime: text(im.content_type) || mimeOf(path), data: toBase64(bytes), ...extra } : { id, url: text(im.url), ...extra });
    } else {
      images.set(id, { id, url: text(im.url) ?? path, ...extra });
    }
  }
  return images;
}

/** Columns the board lays out: its widest row of `order`, else what it declares; 4 when neither is usable. */
function columnsOf(obf: Json, order: unknown[][]): number {
  const grid = isObject(obf.grid) ? obf.grid : {};
  const widest = Math.max(0, ...order.map((r) => r.length));
  const declared = widest || Number(grid.columns ?? 4);
  return Number.isFinite(declared) && declared >= 1 ? Math.min(MAX_BOARD_COLUMNS, Math.round(declared)) : 4;
}

/** A board read from its JSON; `resolve` turns a button's `load_board` into a board key (or null). */
export function readBoardJson(obf: unknown, key: string, zipFile: ZipFile | null, dir: string, resolve: (link: Json) => string | null): BoardIn {
  if (!isBoard(obf)) throw new BoardError('not-board');
  const licence = licenceOf(obf.license);
  const images = readImages(obf, zipFile, dir, licence);
  const byId = new Map<string, ButtonIn>();
  const order: string[] = [];
  const sounds = new Set<string>();
  for (const b of obf.buttons as unknown[]) {
    if (!isObject(b)) continue;
    const id = idOf(b.id);
    if (id === undefined || byId.has(id)) continue;
    const imageId = idOf(b.image_id);
    const button: ButtonIn = {
      label: text(b.label) ?? '',
      vocalization: text(b.vocalization) ?? '',
      background: cssColour(b.background_color),
      border: cssColour(b.border_color),
      image: imageId !== undefined ? (images.get(imageId) ?? null) : null,
      link: isObject(b.load_board) ? resolve(b.load_board) : null,
    };
    // a hidden button is not shown to the person using the board: its place stays empty
    if (b.hidden !== true) byId.set(id, button);
    if (b.hidden !== true && idOf(b.sound_id) !== undefined) sounds.add(id);
    order.push(id);
  }
  const grid = isObject(obf.grid) ? obf.grid : {};
  const rowsIn = Array.isArray(grid.order) ? grid.order.filter(Array.isArray) : [];
  const columns = columnsOf(obf, rowsIn);
  let cells: (ButtonIn | null)[];
  const widest = Math.max(0, ...rowsIn.map((r) => r.length));
  if (rowsIn.length) {
    // a row wider than Signpost's widest grid goes on over as many rows as it needs: no button is lost
    const per = Math.max(columns, Math.ceil(widest / columns) * columns);
    cells = rowsIn.flatMap((row) => Array.from({ length: per }, (_, c) => {
      const id = idOf(row[c]);
      return id === undefined ? null : (byId.get(id) ?? null);
    }));
  } else {
    cells = order.map((id) => byId.get(id) ?? null);
    while (cells.length % columns) cells.push(null);
  }
  const rows = Math.max(1, Math.ceil(cells.length / columns));
  while (cells.length < rows * columns) cells.push(null);
  return {
    key,
    name: text(obf.name)?.trim() || 'Board',
    locale: text(obf.locale) || 'en',
    columns,
    rows,
    cells,
    buttons: cells.filter((c): c is ButtonIn => c !== null),
    ...(widest > columns ? { wrapped: widest } : {}),
    ...(licence ? { licence } : {}),
    sounds: sounds.size,
  };
}

