/**
 * Reading a symbol pack before import: a zip or a folder of SVG/PNG/JPEG files, with an
 * optional keywords file (CSV or JSON) and a licence. Nothing is imported here; this
 * finds the pictures, maps the keyword columns, and lists what is wrong, for a preview.
 */
import Papa from 'papaparse';
import { readZip, ZipError, type ZipLimits } from './zipRead';

export interface PackFile {
  /** Path inside the pack, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Declared size, when a picture too large to use was left unread (its bytes are then empty). */
  size?: number;
}

/** Which keyword-file column holds what. Empty string: not used. */
export interface ColumnMapping {
  file: string;
  label: string;
  tags: string;
  category: string;
}

export interface PackEntry {
  /** Path of the picture in the pack. */
  path: string;
  id: string;
  label: string;
  keywords: string[];
  category: string;
}

export type PackProblem =
  | { kind: 'missing-file'; name: string }
  | { kind: 'duplicate-id'; name: string }
  | { kind: 'not-image'; name: string }
  | { kind: 'too-large'; name: string };

export interface PackAnalysis {
  /** A name guessed from the folder or zip. */
  name: string;
  /** Text of the licence file, if any. */
  licence: string;
  /** The keywords file's columns and rows, if there is one. */
  columns: string[];
  rows: Record<string, string>[];
  mapping: ColumnMapping;
  entries: PackEntry[];
  problems: PackProblem[];
  /** Picture files found. */
  images: number;
}

const IMAGE = /\.(svg|png|jpe?g)$/i;
/** Largest picture file accepted, bytes. */
export const MAX_SYMBOL_BYTES = 2 * 1024 * 1024;

export class PackError extends Error {
  constructor(readonly code: 'damaged' | 'empty' | 'too-large') {
    super(code);
    this.name = 'PackError';
  }
}

const KEYWORDS = /\.(csv|json)$/i;
const LICENCE = /(^|\/)(licen[cs]e|copying|attribution|readme)[^/]*$/i;
const MIB = 1024 * 1024;
/** What a pack zip may hold, checked on its central directory before inflating. */
export const PACK_ZIP_LIMITS: ZipLimits = { maxEntries: 50_000, maxEntryBytes: 32 * MIB, maxTotalBytes: 768 * MIB };

/**
 * The files of a zip that a pack uses (pictures, a keywords file, a licence), or throws
 * PackError. Nothing else is inflated; a picture larger than MAX_SYMBOL_BYTES is listed
 * with its declared size and no bytes, so the preview can say it was left out.
 */
export function filesOfZip(bytes: Uint8Array): PackFile[] {
  const tooBig: PackFile[] = [];
  const wanted = (path: string) => !path.includes('__MACOSX') && (IMAGE.test(path) || KEYWORDS.test(path) || LICENCE.test(path));
  try {
    const out = readZip(bytes, PACK_ZIP_LIMITS, (e) => {
      if (!wanted(e.name)) return false;
      if (IMAGE.test(e.name) && e.size > MAX_SYMBOL_BYTES) {
        tooBig.push({ path: e.name, bytes: new Uint8Array(0), size: e.size });
        return false;
      }
      return true;
    });
    return [...[...out].map(([path, b]) => ({ path, bytes: b })), ...tooBig];
  } catch (e) {
    throw new PackError(e instanceof ZipError && e.code !== 'damaged' ? 'too-large' : 'damaged');
  }
}

const base = (path: string) => path.split('/').pop() ?? path;
const stem = (path: string) => base(path).replace(/\.[^.]+$/, '');
const words = (s: string) => s.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

/** Guesses the mapping: Mulberry's `symbol-info.csv` (symbol, category, tags) or common names. */
export function guessMapping(columns: string[]): ColumnMapping {
  const find = (...names: string[]) => columns.find((c) => names.includes(c.trim().toLowerCase())) ?? '';
  return {
    file: find('file', 'filename', 'file name', 'symbol', 'symbol-en', 'image', 'id'),
    label: find('label', 'word', 'name', 'symbol', 'symbol-en', 'text'),
    tags: find('tags', 'keywords', 'synonyms'),
    category: find('category', 'group', 'categories'),
  };
}

function parseKeywords(file: PackFile): { columns: string[]; rows: Record<string, string>[] } {
  const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
  if (/\.json$/i.test(file.path)) {
    const data = JSON.parse(text);
    const rows = (Array.isArray(data) ? data : Array.isArray(data?.symbols) ? data.symbols : []).filter((r: unknown) => r && typeof r === 'object');
    const columns = [...new Set(rows.flatMap((r: Record<string, unknown>) => Object.keys(r)))] as string[];
    return { columns, rows: rows.map((r: Record<string, unknown>) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v ?? '')]))) };
  }
  const parsed = Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true });
  return { columns: parsed.meta.fields ?? [], rows: parsed.data };
}

/** Finds the pictures and their words, and what is wrong, with a given or guessed mapping. */
export function analysePack(files: PackFile[], name: string, mapping?: ColumnMapping): PackAnalysis {
  if (!files.length) throw new PackError('empty');
  const images = files.filter((f) => IMAGE.test(f.path));
  const keywordFile = files.find((f) => KEYWORDS.test(f.path) && !/package\.json$/i.test(f.path));
  const licenceFile = files.find((f) => LICENCE.test(f.path) && !IMAGE.test(f.path));
  let columns: string[] = [];
  let rows: Record<string, string>[] = [];
  if (keywordFile) {
    try {
      ({ columns, rows } = parseKeywords(keywordFile));
    } catch {
      columns = [];
      rows = [];
    }
  }
  const map = mapping ?? guessMapping(columns);
  const problems: PackProblem[] = [];
  const byStem = new Map<string, PackFile>();
  for (const f of images) {
    const key = stem(f.path).toLowerCase();
    if (byStem.has(key)) problems.push({ kind: 'duplicate-id', name: base(f.path) });
    else byStem.set(key, f);
    if ((f.size ?? f.bytes.length) > MAX_SYMBOL_BYTES) problems.push({ kind: 'too-large', name: base(f.path) });
  }
  const entries: PackEntry[] = [];
  const used = new Set<string>();
  if (rows.length && map.file) {
    for (const r of rows) {
      const fileName = (r[map.file] ?? '').trim();
      if (!fileName) continue;
      const key = stem(fileName).toLowerCase();
      const f = byStem.get(key);
      if (!f) {
        problems.push({ kind: 'missing-file', name: fileName });
        continue;
      }
      if (used.has(key)) {
        problems.push({ kind: 'duplicate-id', name: fileName });
        continue;
      }
      used.add(key);
      const label = words((map.label && r[map.label]) || stem(fileName));
      const keywords = map.tags ? (r[map.tags] ?? '').split(/[,;|]/).map((t) => words(t).toLowerCase()).filter(Boolean) : [];
      entries.push({ path: f.path, id: key, label, keywords, category: map.category ? (r[map.category] ?? '').trim() : '' });
    }
  }
  // pictures the keywords file does not mention (or a folder with no file at all): named by their word
  for (const [key, f] of byStem) {
    if (used.has(key)) continue;
    entries.push({ path: f.path, id: key, label: words(stem(f.path)), keywords: [], category: '' });
  }
  return {
    name,
    licence: licenceFile ? new TextDecoder().decode(licenceFile.bytes).slice(0, 2000) : '',
    columns,
    rows,
    mapping: map,
    entries: entries.filter((e) => !problems.some((p) => p.kind === 'too-large' && p.name === base(e.path))),
    problems,
    images: images.length,
  };
}
