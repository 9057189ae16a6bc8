/**
 * Importing a symbol pack in the browser: every SVG is sanitised (DOMPurify: no scripts,
 * event handlers, foreign objects or outside references), every picture is decoded and
 * drawn at up to 512 px. A picture that fails is listed and skipped; the rest imports.
 */
import DOMPurify from 'dompurify';
import { newId } from '../model/ids';
import { fromBase64, toBase64 } from '../model/base64';
import { normalisePack, PACK_SCHEMA_VERSION, type Pack, type PackSymbol } from '../model/pack';
import type { PackAnalysis, PackFile, PackProblem } from '../storage/packReader';
import { sanitisePicture } from '../storage/imageSanitise';
import { cleanSvgCss } from '../storage/svgCss';

export const PACK_SYMBOL_SIDE = 512;

let purifier: ReturnType<typeof DOMPurify> | null = null;

/** One DOMPurify instance with our hooks: outside references are dropped, in attributes and in CSS. */
function purify(): ReturnType<typeof DOMPurify> {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.addHook('uponSanitizeAttribute', (_node, data) => {
      const v = data.attrValue ?? '';
      if (data.attrName === 'style') {
        data.attrValue = cleanSvgCss(v);
        return;
      }
      if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !v.startsWith('#')) data.keepAttr = false;
      if (/url\(\s*['"]?(?!#)/i.test(v)) data.keepAttr = false;
    });
    // <style> rules: no @import, no url(...) outside the file
    purifier.addHook('uponSanitizeElement', (node, data) => {
      if (data.tagName === 'style') node.textContent = cleanSvgCss(node.textContent ?? '');
    });
  }
  return purifier;
}

/** Drops anything in an SVG that could run code or reach outside the file. */
export function sanitiseSvg(text: string): string | null {
  const clean = purify().sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: ['foreignObject', 'script', 'image'], WHOLE_DOCUMENT: false });
  return /^\s*<svg[\s>]/i.test(clean) ? clean : null;
}


/**
 * Checks one picture and prepares it for storing. SVG is sanitised and given a size, and
 * kept as SVG (drawn by the browser; rasterised only when a PDF is made); PNG and JPEG
 * must be what their names say, lose their metadata, and are decoded to prove they are pictures.
 */
async function prepare(file: PackFile): Promise<Pick<PackSymbol, 'mime' | 'data' | 'width' | 'height'>> {
  if (/\.svg$/i.test(file.path)) {
    const clean = sanitiseSvg(new TextDecoder().decode(file.bytes));
    if (!clean) throw new Error('unsafe or empty SVG');
    const doc = new DOMParser().parseFromString(clean, 'image/svg+xml');
    const svg = doc.documentElement;
    if (svg.nodeName !== 'svg' || doc.getElementsByTagName('parsererror').length) throw new Error('not an SVG');
    const vb = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
    const num = (v: string | null) => (v && !v.includes('%') ? parseFloat(v) : NaN);
    const width = Math.round(num(svg.getAttribute('width')) || vb?.[2] || PACK_SYMBOL_SIDE);
    const height = Math.round(num(svg.getAttribute('height')) || vb?.[3] || PACK_SYMBOL_SIDE);
    svg.setAttribute('width', String(width));
    svg.setAttribute('height', String(height));
    const text = new XMLSerializer().serializeToString(svg);
    return { mime: 'image/svg+xml', data: toBase64(new TextEncoder().encode(text)), width: Math.min(4000, Math.max(1, width)), height: Math.min(4000, Math.max(1, height)) };
  }
  const mime = /\.png$/i.test(file.path) ? ('image/png' as const) : ('image/jpeg' as const);
  const bytes = sanitisePicture(file.bytes, mime); // what its name says, without EXIF, GPS, XMP or comments
  const bitmap = await createImageBitmap(new Blob([bytes as BlobPart]));
  const out = { mime, data: toBase64(bytes), width: Math.min(4000, bitmap.width), height: Math.min(4000, bitmap.height) };
  bitmap.close();
  return out;
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

/** Pictures checked between progress updates. */
const BATCH = 50;

/** Turns an analysed pack into a pack ready to store (normalised to the schema), reporting progress; bad pictures become problems. */
export async function importPack(
  files: PackFile[],
  analysis: PackAnalysis,
  name: string,
  attribution: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ pack: Pack; problems: PackProblem[]; normalised: number }> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const symbols: PackSymbol[] = [];
  const problems: PackProblem[] = [];
  const total = analysis.entries.length;
  for (let start = 0; start < total; start += BATCH) {
    const batch = analysis.entries.slice(start, start + BATCH);
    const done = await Promise.all(
      batch.map(async (e) => {
        try {
          const pic = await prepare(byPath.get(e.path)!);
          return { id: e.id, label: e.label, keywords: e.keywords, category: e.category, ...pic };
        } catch {
          problems.push({ kind: 'not-image', name: e.path.split('/').pop() ?? e.path });
          return null;
        }
      }),
    );
    for (const s of done) if (s) symbols.push(s);
    onProgress(Math.min(total, start + BATCH), total);
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 30) || 'pack';
  // cut to what the pack schema accepts, so the stored pack opens again after a reload
  const { pack, changed } = normalisePack({ schemaVersion: PACK_SCHEMA_VERSION, id: `pack-${slug}-${newId()}`, name, attribution, enabled: true, symbols });
  return { pack, problems, normalised: changed };
}
