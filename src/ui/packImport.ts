/**
 * Importing a symbol pack in the browser: every picture is checked in a worker pool
 * (packCheckPool.ts): SVG sanitised to an allow-list (no scripts, event handlers, foreign
 * objects or outside references), PNG and JPEG cleaned and decoded. A picture that fails is
 * listed and skipped; the rest imports.
 */
import { newId } from '../model/ids';
import { fromBase64 } from '../model/base64';
import { normalisePack, PACK_SCHEMA_VERSION, type Pack, type PackLicence, type PackSymbol } from '../model/pack';
import type { PackAnalysis, PackFile, PackProblem } from '../storage/packReader';
import { sanitiseSvgText } from '../storage/svgSanitise';
import { checkPictures } from './packCheckPool';
import type { CheckResult } from '../storage/packCheck';

export const PACK_SYMBOL_SIDE = 512;

/** Drops anything in an SVG that could run code or reach outside the file; null for a file that is no SVG. */
export function sanitiseSvg(text: string): string | null {
  return sanitiseSvgText(text)?.svg ?? null;
}

/** Rasterises an SVG picture to PNG (at `side` px on its long side), for the PDF writer. */
export async function svgToPng(data: string, width: number, height: number, side = PACK_SYMBOL_SIDE): Promise<string> {
  // a zero size made an empty canvas, whose "PNG" pdf-lib refused ("The input is not a PNG file!")
  if (!(width > 0 && height > 0)) throw new RangeError(`SVG picture size ${width} × ${height}`);
  const url = URL.createObjectURL(new Blob([fromBase64(data) as BlobPart], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const k = side / Math.max(width, height);
    const c = document.createElement('canvas');
    c.width = Math.max(1, Math.round(width * k));
    c.height = Math.max(1, Math.round(height * k));
    c.getContext('2d')!.drawImage(img, 0, 0, c.width, c.height);
    const png = c.toDataURL('image/png');
    return png.slice(png.indexOf(',') + 1);
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** What the preview confirmed about a pack, besides its name and credit. */
export interface PackTerms {
  licence?: PackLicence | null;
  /** Language of the pack's words. */
  language?: string;
}

/** Pictures checked so far, by path: a checked picture, or null for one that failed. */
export type CheckedPictures = ReadonlyMap<string, CheckResult>;

/**
 * Checks the pictures of an analysis not yet in `known` (in the worker pool), reporting
 * progress over those; the preview keeps the result, so that choosing another word list
 * or column checks nothing again.
 */
export async function checkPack(files: PackFile[], analysis: PackAnalysis, onProgress: (done: number, total: number) => void, known: CheckedPictures = new Map()): Promise<Map<string, CheckResult>> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const todo = analysis.entries.filter((e) => !known.has(e.path) && byPath.has(e.path)).map((e) => byPath.get(e.path)!);
  const results = await checkPictures(
    todo.map((f) => ({ path: f.path, bytes: f.bytes, ...(f.deflated ? { deflated: f.deflated } : {}) })),
    onProgress,
  );
  const out = new Map(known);
  todo.forEach((f, i) => out.set(f.path, results[i]));
  return out;
}

/** The pack an analysis makes with its checked pictures, normalised to the schema; pictures that failed become problems. */
export function packFrom(analysis: PackAnalysis, checked: CheckedPictures, name: string, attribution: string, terms: PackTerms = {}): { pack: Pack; problems: PackProblem[]; normalised: number } {
  const symbols: PackSymbol[] = [];
  const problems: PackProblem[] = [];
  for (const e of analysis.entries) {
    const pic = checked.get(e.path);
    if (pic) symbols.push({ id: e.id, label: e.label, keywords: e.keywords, category: e.category, ...pic });
    else if (checked.has(e.path)) problems.push({ kind: 'not-image', name: e.path.split('/').pop() ?? e.path });
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 30) || 'pack';
  const language = terms.language ?? (analysis.language || undefined);
  // cut to what the pack schema accepts, so the stored pack opens again after a reload
  const { pack, changed } = normalisePack({
    schemaVersion: PACK_SCHEMA_VERSION,
    id: `pack-${slug}-${newId()}`,
    name,
    attribution,
    enabled: true,
    symbols,
    ...(terms.licence ? { licence: terms.licence } : {}),
    ...(language ? { language } : {}),
  });
  return { pack, problems, normalised: changed };
}

/** Checks an analysed pack's pictures and makes the pack ready to store (see checkPack, packFrom). */
export async function importPack(
  files: PackFile[],
  analysis: PackAnalysis,
  name: string,
  attribution: string,
  onProgress: (done: number, total: number) => void,
  terms: PackTerms = {},
): Promise<{ pack: Pack; problems: PackProblem[]; normalised: number }> {
  return packFrom(analysis, await checkPack(files, analysis, onProgress), name, attribution, terms);
}
