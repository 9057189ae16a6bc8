/**
 * Reading a symbol pack before import: a zip or a folder of SVG/PNG/JPEG files, with
 * word lists (CSV, TSV or JSON) and a licence, often as a whole repository downloaded as a
 * zip. Nothing is imported here; this finds the pictures, the word list that names them,
 * the licence, what to leave out (documentation folders, stray images), and what is wrong,
 * for the preview, where the user may choose otherwise.
 */
import Papa from 'papaparse';
import type { PackLicence } from '../model/pack';
import { checkSizes, entryData, inflateChosen, zipEntries, ZipError, type ZipLimits } from './zipRead';
import { licenceSection, parseLicence } from './packLicence';
import { columnParts, matchKey, stemOf, tidyLabel, wordsOfName, type NameWords } from './packWords';

export interface PackFile {
  /** Path inside the pack, with forward slashes. */
  path: string;
  bytes: Uint8Array;
  /** Declared size, when a picture's bytes are not read yet or it is too large to use (its bytes are then empty). */
  size?: number;
  /** A picture still compressed in its zip: inflated where it is checked (a worker), not when the pack is read. */
  deflated?: DeflatedPicture;
}

/** A zip entry's stored data, with what inflating it needs. */
export interface DeflatedPicture {
  data: Uint8Array;
  /** 0 stored, 8 deflated. */
  method: number;
  /** Declared inflated size. */
  size: number;
}

/** Which word-list column holds what. Empty string: not used. */
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

/** A word list found in the pack, with how many of its rows name a picture. */
export interface WordList {
  path: string;
  rows: number;
  /** Rows whose file column names a picture of the pack. */
  matches: number;
}

/** Files left out of the import by default: a documentation folder, or stray images. */
export interface LeftOut {
  /** Stable id, for including the group again: `docs:<folder>` or `stray:<folder>`. */
  id: string;
  reason: 'docs' | 'stray';
  /** The folder ('' for the top of the pack). */
  folder: string;
  /** Pictures in it, by path. */
  files: string[];
}

export interface PackOptions {
  /** The word list to use (a path), null for none; the best one when absent. */
  wordList?: string | null;
  /** Column mapping; guessed from the word list when absent. */
  mapping?: ColumnMapping;
  /** Language of the columns to use (`en`, `cy`), when the word list has columns per language. */
  language?: string;
  /** Left-out groups (`LeftOut.id`) to import after all. */
  include?: readonly string[];
}

export interface PackAnalysis {
  /** A name guessed from the folder or zip. */
  name: string;
  /** The licence as its file states it, or null when the pack has none. */
  licence: PackLicence | null;
  /** Path of the licence file, if any. */
  licenceFile: string;
  /** Every word list found, best first, and the one used. */
  wordLists: WordList[];
  wordList: string | null;
  /** The word list's columns and rows. */
  columns: string[];
  rows: Record<string, string>[];
  mapping: ColumnMapping;
  /** Languages the word list has columns for (`category-en`, `word-cy`), and the one used. */
  languages: string[];
  language: string;
  entries: PackEntry[];
  problems: PackProblem[];
  /** Pictures found and not left out. */
  images: number;
  /** What is left out by default, and why, and the groups of it imported after all. */
  leftOut: LeftOut[];
  included: string[];
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

const KEYWORDS = /\.(csv|tsv|json)$/i;
const LICENCE = /(^|\/)(licen[cs]e|copying|copyright|notice|attribution|readme)[^/]*$/i;
/** Files with these names are settings of tools, never word lists. */
const TOOL_FILES = /(^|\/)(package(-lock)?|tsconfig|jsconfig|composer|bower|launch|settings|tasks|extensions|manifest|\.?eslintrc|\.?prettierrc|renovate|vercel|netlify|firebase|app)\.json$/i;
/** Folders of documentation, examples, tests and tools: their pictures are not the pack's. */
const DOC_FOLDERS = new Set(['docs', 'doc', 'documentation', 'examples', 'example', 'samples', 'sample', 'demo', 'demos', 'test', 'tests', '__tests__', 'spec', 'scripts', 'tools', 'screenshots', 'node_modules', 'site', '_site', 'website', 'build-tools', 'assets-docs']);
/** Names of pictures that decorate a repository rather than stand for a word. */
const STRAY_NAME = /^(background|banner|logo|screenshot|screen-?shot|preview|thumbnail|cover|header|social|favicon|og-image|badge|example|sample|demo)([-_ ]?\d*)?\.(png|jpe?g|svg)$/i;
const MIB = 1024 * 1024;
/** What a pack zip may hold, checked on its central directory before inflating. */
export const PACK_ZIP_LIMITS: ZipLimits = { maxEntries: 50_000, maxEntryBytes: 32 * MIB, maxTotalBytes: 768 * MIB };

/**
 * The files of a zip that a pack uses (pictures, word lists, licences), or throws
 * PackError. Nothing else is read. Word lists and licences are inflated; pictures are
 * left compressed (`deflated`) for the checks to inflate in parallel. A picture larger
 * than MAX_SYMBOL_BYTES is listed with its declared size and no data, so the preview can
 * say it was left out.
 */
export function filesOfZip(bytes: Uint8Array): PackFile[] {
  const wanted = (path: string) => !path.includes('__MACOSX') && !path.startsWith('.git/') && !path.includes('/.git/') && (IMAGE.test(path) || KEYWORDS.test(path) || LICENCE.test(path));
  try {
    const entries = zipEntries(bytes, PACK_ZIP_LIMITS).filter((e) => wanted(e.name));
    const pictures = entries.filter((e) => IMAGE.test(e.name));
    const usable = pictures.filter((e) => e.size <= MAX_SYMBOL_BYTES);
    const texts = entries.filter((e) => !IMAGE.test(e.name));
    // every declared size is bounded before anything is inflated, pictures included
    checkSizes([...texts, ...usable], PACK_ZIP_LIMITS);
    const inflated = inflateChosen(bytes, texts, PACK_ZIP_LIMITS);
    return [
      ...texts.map((e) => ({ path: e.name, bytes: inflated.get(e.name)! })),
      ...pictures.map((e) =>
        e.size > MAX_SYMBOL_BYTES
          ? { path: e.name, bytes: new Uint8Array(0), size: e.size }
          : { path: e.name, bytes: new Uint8Array(0), size: e.size, deflated: { data: entryData(bytes, e), method: e.method, size: e.size } },
      ),
    ];
  } catch (e) {
    throw new PackError(e instanceof ZipError && e.code !== 'damaged' ? 'too-large' : 'damaged');
  }
}

const base = (path: string) => path.split('/').pop() ?? path;
const folderOf = (path: string) => path.split('/').slice(0, -1).join('/');

/** The documentation folder a path lies in ("repo-main/docs"), or null. Hidden folders (`.vscode`, `.github`) count. */
export function docFolderOf(path: string): string | null {
  const parts = path.split('/').slice(0, -1);
  const i = parts.findIndex((p) => p.startsWith('.') || DOC_FOLDERS.has(p.toLowerCase()));
  return i < 0 ? null : parts.slice(0, i + 1).join('/');
}

/** A column of the given kind, in the given language where columns have languages. */
function findColumn(columns: string[], names: readonly string[], language: string): string {
  const parts = columns.map((c) => ({ c, ...columnParts(c) }));
  const of = (lang: string) => parts.find((p) => names.includes(p.base) && p.language === lang)?.c;
  return of(language) ?? of('') ?? (language ? '' : parts.find((p) => names.includes(p.base))?.c) ?? '';
}

const FILE_NAMES = ['file', 'filename', 'file name', 'file_name', 'path', 'image', 'picture', 'symbol', 'svg', 'png', 'id', 'name'];
const LABEL_NAMES = ['label', 'word', 'words', 'name', 'symbol', 'text', 'title', 'gloss', 'term', 'caption'];
const TAG_NAMES = ['tags', 'tag', 'keywords', 'keyword', 'synonyms', 'synonym', 'aliases'];
const CATEGORY_NAMES = ['category', 'categories', 'group', 'topic', 'folder'];

/**
 * Guesses the mapping: the file column is the one whose cells name the most pictures (or
 * by its name), the others by their names, in `language` where columns carry one
 * (`category-en`, `word-cy`). Mulberry's `symbol-info.csv` (id, symbol, grammar,
 * category, rated, tags) maps its `symbol` column to both file and word.
 */
export function guessMapping(columns: string[], language = '', matches?: ReadonlyMap<string, number>): ColumnMapping {
  const byData = matches ? [...matches].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1])[0]?.[0] : undefined;
  const file = byData ?? findColumn(columns, FILE_NAMES, language);
  return { file, label: findColumn(columns, LABEL_NAMES, language), tags: findColumn(columns, TAG_NAMES, language), category: findColumn(columns, CATEGORY_NAMES, language) };
}

/** The rows of a word list: CSV or TSV with a header, a JSON array of objects, `{ symbols: [...] }`, or `{ "file": "word" }`. */
function parseWordList(file: PackFile): { columns: string[]; rows: Record<string, string>[] } {
  const text = new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, '');
  const cell = (v: unknown) => (Array.isArray(v) ? v.map(String).join(',') : v === null || v === undefined ? '' : typeof v === 'object' ? '' : String(v));
  if (/\.json$/i.test(file.path)) {
    const data: unknown = JSON.parse(text);
    let rows: Record<string, string>[];
    if (Array.isArray(data) || Array.isArray((data as { symbols?: unknown })?.symbols)) {
      const list = (Array.isArray(data) ? data : (data as { symbols: unknown[] }).symbols).filter((r): r is Record<string, unknown> => !!r && typeof r === 'object' && !Array.isArray(r));
      rows = list.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, cell(v)])));
    } else if (data && typeof data === 'object') {
      // a map from file names to words, tags or fields
      rows = Object.entries(data as Record<string, unknown>).map(([k, v]): Record<string, string> =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? { file: k, ...Object.fromEntries(Object.entries(v as Record<string, unknown>).map(([f, x]) => [f, cell(x)])) }
          : Array.isArray(v)
            ? { file: k, tags: cell(v) }
            : { file: k, label: cell(v) },
      );
    } else rows = [];
    const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
    return { columns, rows };
  }
  const parsed = Papa.parse<Record<string, unknown>>(text, { header: true, skipEmptyLines: true });
  const columns = (parsed.meta.fields ?? []).filter((c) => c.trim());
  // cells past the header's columns (Papa's __parsed_extra) are not a column
  return { columns, rows: parsed.data.map((r) => Object.fromEntries(columns.map((c) => [c, cell(cellOf(r, c))]))) };
}

/** A row's cell, '' when the row has no such column ("constructor" is not a cell of every row). */
export function cellOf<T>(row: Record<string, T>, column: string): T | '' {
  return Object.hasOwn(row, column) ? row[column] : '';
}

interface Candidate extends WordList {
  columns: string[];
  data: Record<string, string>[];
  /** Rows naming a picture, per column. */
  perColumn: Map<string, number>;
}

/** Folders whose files are never word lists: hidden ones (`.vscode`, `.github`) and installed packages. */
const NOT_WORDS = /(^|\/)(\.[^/]+|node_modules)\//;

/** Every word list of the pack, with how well each names its pictures (a list among scripts may hold another language's words). */
function wordLists(files: PackFile[], keys: ReadonlySet<string>): Candidate[] {
  const out: Candidate[] = [];
  for (const f of files) {
    if (!KEYWORDS.test(f.path) || TOOL_FILES.test(f.path) || NOT_WORDS.test(f.path)) continue;
    let parsed: { columns: string[]; rows: Record<string, string>[] };
    try {
      parsed = parseWordList(f);
    } catch {
      continue;
    }
    if (!parsed.rows.length || !parsed.columns.length) continue;
    const perColumn = new Map<string, number>();
    for (const c of parsed.columns) {
      let n = 0;
      for (const r of parsed.rows) if (keys.has(matchKey(cellOf(r, c)))) n++;
      perColumn.set(c, n);
    }
    const matches = Math.max(0, ...perColumn.values());
    out.push({ path: f.path, rows: parsed.rows.length, matches, columns: parsed.columns, data: parsed.rows, perColumn });
  }
  // the list that names the most pictures first; then the one nearer the top of the pack
  return out.sort((a, b) => b.matches - a.matches || a.path.split('/').length - b.path.split('/').length || a.path.localeCompare(b.path));
}

/** The licence file: a LICENCE or COPYING file nearest the top, else a README's licence section. */
function findLicence(files: PackFile[]): { path: string; licence: PackLicence } | null {
  const candidates = files.filter((f) => LICENCE.test(f.path) && !IMAGE.test(f.path) && !KEYWORDS.test(f.path) && docFolderOf(f.path) === null);
  const rank = (p: string) => (/(^|\/)(licen[cs]e|copying)[^/]*$/i.test(p) ? 0 : /(^|\/)(copyright|attribution|notice)[^/]*$/i.test(p) ? 1 : 2) * 100 + p.split('/').length;
  for (const f of candidates.sort((a, b) => rank(a.path) - rank(b.path))) {
    const raw = new TextDecoder().decode(f.bytes);
    const text = /readme/i.test(base(f.path)) ? licenceSection(raw) : raw;
    if (text.trim()) return { path: f.path, licence: parseLicence(text) };
  }
  return null;
}

/** Which pictures are left out by default: documentation folders, and stray images the word list does not name. */
function leaveOut(images: PackFile[], listed: ReadonlySet<string>, hasList: boolean): LeftOut[] {
  const groups = new Map<string, LeftOut>();
  const put = (reason: LeftOut['reason'], folder: string, path: string) => {
    const id = `${reason}:${folder}`;
    const g = groups.get(id) ?? { id, reason, folder, files: [] };
    g.files.push(path);
    groups.set(id, g);
  };
  // where the pack's pictures live: the folders of the listed ones, or the fullest folder
  const counts = new Map<string, number>();
  for (const f of images) if (docFolderOf(f.path) === null) counts.set(folderOf(f.path), (counts.get(folderOf(f.path)) ?? 0) + 1);
  const homes = new Set(hasList ? images.filter((f) => listed.has(matchKey(f.path))).map((f) => folderOf(f.path)) : []);
  if (!homes.size) {
    const fullest = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (fullest) homes.add(fullest[0]);
  }
  const ext = (p: string) => (/\.svg$/i.test(p) ? 'svg' : 'bitmap');
  const mainExt = ext(images.find((f) => homes.has(folderOf(f.path)))?.path ?? '');
  for (const f of images) {
    const docs = docFolderOf(f.path);
    if (docs !== null) put('docs', docs, f.path);
    else if (listed.has(matchKey(f.path))) continue;
    else if (STRAY_NAME.test(base(f.path)) && (!homes.has(folderOf(f.path)) || ext(f.path) !== mainExt)) put('stray', folderOf(f.path), f.path);
  }
  return [...groups.values()];
}

/** Tags as written: split at commas, semicolons or bars; at spaces when no cell has any of those ("emotion face feeling"). */
function tagSplitter(rows: Record<string, string>[], column: string): (cell: string) => string[] {
  const delimited = rows.some((r) => /[,;|]/.test(cellOf(r, column)));
  return (cell) => cell.split(delimited ? /[,;|]/ : /\s+/).map((t) => t.replace(/[_\s]+/g, ' ').trim().toLowerCase()).filter(Boolean);
}

/** Finds the pictures and their words, and what is wrong, with the word list, mapping and inclusions given or guessed. */
export function analysePack(files: PackFile[], name: string, options: PackOptions = {}): PackAnalysis {
  if (!files.length) throw new PackError('empty');
  const allImages = files.filter((f) => IMAGE.test(f.path));
  const keys = new Set(allImages.map((f) => matchKey(f.path)));
  const lists = wordLists(files, keys);
  const chosen = options.wordList === null ? undefined : options.wordList !== undefined ? lists.find((l) => l.path === options.wordList) : lists.find((l) => l.matches > 0);
  const columns = chosen?.columns ?? [];
  const rows = chosen?.data ?? [];
  const languages = [...new Set(columns.map((c) => columnParts(c).language).filter(Boolean))].sort();
  const language = options.language && languages.includes(options.language) ? options.language : languages.includes('en') ? 'en' : (languages[0] ?? '');
  const map = options.mapping ?? guessMapping(columns, language, chosen?.perColumn);
  const listed = new Set(map.file ? rows.map((r) => matchKey(cellOf(r, map.file))).filter(Boolean) : []);
  const leftOut = leaveOut(allImages, listed, !!chosen && !!map.file);
  const include = new Set(options.include ?? []);
  const skipped = new Set(leftOut.filter((g) => !include.has(g.id)).flatMap((g) => g.files));
  const images = allImages.filter((f) => !skipped.has(f.path));

  const problems: PackProblem[] = [];
  const byKey = new Map<string, PackFile>();
  for (const f of images) {
    const key = matchKey(f.path);
    if (byKey.has(key)) problems.push({ kind: 'duplicate-id', name: base(f.path) });
    else byKey.set(key, f);
    if ((f.size ?? f.bytes.length) > MAX_SYMBOL_BYTES) problems.push({ kind: 'too-large', name: base(f.path) });
  }
  const entries: PackEntry[] = [];
  const used = new Set<string>();
  const idOf = (f: PackFile) => stemOf(f.path).toLowerCase();
  const withWords = (f: PackFile, words: NameWords, tags: string[], category: string): PackEntry => ({
    path: f.path,
    id: idOf(f),
    label: words.label,
    keywords: [...new Set([...words.keywords, ...tags])].filter((k) => k !== words.label.toLowerCase()),
    category,
  });
  if (rows.length && map.file) {
    const splitTags = tagSplitter(rows, map.tags);
    for (const r of rows) {
      const fileName = cellOf(r, map.file).trim();
      if (!fileName) continue;
      const key = matchKey(fileName);
      const f = byKey.get(key);
      if (!f) {
        // a row for a picture left out is not missing: it is listed with its group
        if (!allImages.some((i) => matchKey(i.path) === key)) problems.push({ kind: 'missing-file', name: fileName });
        continue;
      }
      if (used.has(key)) {
        problems.push({ kind: 'duplicate-id', name: fileName });
        continue;
      }
      used.add(key);
      const cellLabel = map.label ? cellOf(r, map.label).trim() : '';
      // a word that is the file name is cleaned as one ("brush_teeth_,_to"); a word of its own is only tidied
      const words = !cellLabel || map.label === map.file || matchKey(cellLabel) === key ? wordsOfName(fileName) : tidyLabel(cellLabel);
      entries.push(withWords(f, words, map.tags ? splitTags(cellOf(r, map.tags)) : [], map.category ? cellOf(r, map.category).trim() : ''));
    }
  }
  // pictures the word list does not mention (or a pack with no list): named by their file names
  for (const [key, f] of byKey) if (!used.has(key)) entries.push(withWords(f, wordsOfName(f.path), [], ''));
  const found = findLicence(files);
  return {
    name,
    licence: found?.licence ?? null,
    licenceFile: found?.path ?? '',
    wordLists: lists.map(({ path, rows: n, matches }) => ({ path, rows: n, matches })),
    wordList: chosen?.path ?? null,
    columns,
    rows,
    mapping: map,
    languages,
    language,
    entries: entries.filter((e) => !problems.some((p) => p.kind === 'too-large' && p.name === base(e.path))),
    problems,
    images: images.length,
    leftOut,
    included: leftOut.filter((g) => include.has(g.id)).map((g) => g.id),
  };
}
