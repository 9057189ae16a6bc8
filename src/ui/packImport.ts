/**
 * Importing a symbol pack in the browser: every SVG is sanitised (DOMPurify: no scripts,
 * event handlers, foreign objects or outside references), every picture is decoded and
 * drawn at up to 512 px. A picture that fails is listed and skipped; the rest imports.
 */
import DOMPurify from 'dompurify';
import { newId } from '../model/ids';
import { PACK_SCHEMA_VERSION, type Pack, type PackSymbol } from '../model/pack';
import type { PackAnalysis, PackFile, PackProblem } from '../storage/packReader';

export const PACK_SYMBOL_SIDE = 512;

/** Drops anything in an SVG that could run code or reach outside the file. */
export function sanitiseSvg(text: string): string | null {
  const purify = DOMPurify(window);
  purify.addHook('uponSanitizeAttribute', (_node, data) => {
    const v = data.attrValue ?? '';
    if ((data.attrName === 'href' || data.attrName === 'xlink:href') && !v.startsWith('#')) data.keepAttr = false;
    if (/url\(\s*['"]?(?!#)/i.test(v)) data.keepAttr = false;
  });
  const clean = purify.sanitize(text, { USE_PROFILES: { svg: true, svgFilters: true }, FORBID_TAGS: ['foreignObject', 'script', 'image'], WHOLE_DOCUMENT: false });
  return /^\s*<svg[\s>]/i.test(clean) ? clean : null;
}

async function decode(file: PackFile): Promise<CanvasImageSource & { width: number; height: number }> {
  if (/\.svg$/i.test(file.path)) {
    const clean = sanitiseSvg(new TextDecoder().decode(file.bytes));
    if (!clean) throw new Error('unsafe or empty SVG');
    // give the SVG a size so the browser can draw it
    const doc = new DOMParser().parseFromString(clean, 'image/svg+xml');
    const svg = doc.documentElement;
    const vb = svg.getAttribute('viewBox')?.split(/[\s,]+/).map(Number);
    if (!svg.getAttribute('width') || svg.getAttribute('width')!.includes('%')) svg.setAttribute('width', String(vb?.[2] || PACK_SYMBOL_SIDE));
    if (!svg.getAttribute('height') || svg.getAttribute('height')!.includes('%')) svg.setAttribute('height', String(vb?.[3] || PACK_SYMBOL_SIDE));
    const url = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    try {
      const img = new Image();
      img.src = url;
      await img.decode();
      return img;
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return createImageBitmap(new Blob([file.bytes as BlobPart]));
}

function render(src: CanvasImageSource & { width: number; height: number }): { data: string; width: number; height: number } {
  const k = PACK_SYMBOL_SIDE / Math.max(src.width || PACK_SYMBOL_SIDE, src.height || PACK_SYMBOL_SIDE);
  const width = Math.max(1, Math.round((src.width || PACK_SYMBOL_SIDE) * k));
  const height = Math.max(1, Math.round((src.height || PACK_SYMBOL_SIDE) * k));
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  c.getContext('2d')!.drawImage(src, 0, 0, width, height);
  const url = c.toDataURL('image/png');
  return { data: url.slice(url.indexOf(',') + 1), width, height };
}

/** Turns an analysed pack into a stored pack, reporting progress; bad pictures become problems. */
export async function importPack(
  files: PackFile[],
  analysis: PackAnalysis,
  name: string,
  attribution: string,
  onProgress: (done: number, total: number) => void,
): Promise<{ pack: Pack; problems: PackProblem[] }> {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const symbols: PackSymbol[] = [];
  const problems: PackProblem[] = [];
  const total = analysis.entries.length;
  for (let i = 0; i < total; i++) {
    const e = analysis.entries[i];
    try {
      const img = await decode(byPath.get(e.path)!);
      symbols.push({ id: e.id, label: e.label, keywords: e.keywords, category: e.category, ...render(img) });
    } catch {
      problems.push({ kind: 'not-image', name: e.path.split('/').pop() ?? e.path });
    }
    if (i % 50 === 49 || i === total - 1) {
      onProgress(i + 1, total);
      // let the progress bar paint
      await new Promise((r) => requestAnimationFrame(r));
    }
  }
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 30) || 'pack';
  return { pack: { schemaVersion: PACK_SCHEMA_VERSION, id: `pack-${slug}-${newId()}`, name, attribution, enabled: true, symbols }, problems };
}
