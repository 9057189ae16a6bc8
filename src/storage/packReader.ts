/**
 * Reading a symbol pack before import: a zip or a folder of SVG/PNG/JPEG files, with an
 * optional keywords file (CSV or JSON) and a licence. Nothing is imported here; this
 * finds the pictures, maps the keyword columns, and lists what is wrong, for a preview.
 */
import { unzipSync } from 'fflate';
import Papa from 'papaparse';

export interface PackFile {
  /** Path inside the pack, with forward slashes. */
  path: string;
  bytes: Uint8Array;
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
  constructor(readonly code: 'damaged' | 'empty') {
    super(code);
    this.name = 'PackError';
  }
}

/** Files of a zip, or throws PackError('damaged'). */
export function filesOfZip(bytes: Uint8Array): PackFile[] {
  try {
    const out = unzipSync(bytes, { filter: (f) => !f.name.endsWith('/') && !f.name.includes('__MACOSX') });
    return Object.entries(out).map(([path, b]) => ({ path, bytes: b }));
  } catch {
    throw new PackError('damaged');
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
  const keywordFile = files.find((f) => /\.(csv|json)$/i.test(f.path) && !/package\.json$/i.test(f.path));
  const licenceFile = files.find((f) => /(^|\/)(licen[cs]e|copying|attribution|readme)[^/]*$/i.test(f.path) && !IMAGE.test(f.path));
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
    if (f.bytes.length > MAX_SYMBOL_BYTES) problems.push({ kind: 'too-large', name: base(f.path) });
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
