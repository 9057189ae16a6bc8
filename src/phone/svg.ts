/**
 * A figure of the Scene as inline SVG: the primitives of one part (symbols, the not-mark,
 * clocks and calendars, photos) in a box fitted around them. Each distinct symbol is written
 * once as a `<symbol>` and placed with `<use>`.
 */
import { pathSvg, type Prim, type VectorSymbol } from '../layout/scene';

export const esc = (s: string): string => s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&#39;' })[c]!);

/** A number for SVG: at most 2 decimals. */
const n = (v: number): string => {
  const s = (Math.round(v * 100) / 100).toString();
  return s === '-0' ? '0' : s;
};

/** The document's symbols, each written once. */
export class SymbolDefs {
  private ids = new Map<string, { id: string; svg: string }>();

  /** The id of a symbol's `<symbol>`, made on first use. */
  use(key: string, v: VectorSymbol): string {
    let d = this.ids.get(key);
    if (!d) {
      d = { id: `s${this.ids.size}`, svg: '' };
      d.svg = `<symbol id="${d.id}" viewBox="0 0 ${v.vw} ${v.vh}">${v.p.map(pathSvg).join('')}</symbol>`;
      this.ids.set(key, d);
    }
    return d.id;
  }

  /** One hidden SVG holding every symbol, to go first in the body. */
  html(): string {
    if (!this.ids.size) return '';
    return `<svg class="defs" aria-hidden="true" focusable="false"><defs>${[...this.ids.values()].map((d) => d.svg).join('')}</defs></svg>`;
  }
}

/** The box prims cover: symbols, photos and shapes by their boxes, lines by their points. */
export function bounds(prims: readonly Prim[]): { x: number; y: number; w: number; h: number } {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  const add = (x: number, y: number, pad = 0) => {
    x0 = Math.min(x0, x - pad);
    y0 = Math.min(y0, y - pad);
    x1 = Math.max(x1, x + pad);
    y1 = Math.max(y1, y + pad);
  };
  for (const p of prims) {
    if (p.t === 'line' || p.t === 'poly') for (let i = 0; i < p.points.length; i += 2) add(p.points[i], p.points[i + 1], p.t === 'line' ? p.width / 2 : 0);
    else if (p.t === 'text') {
      add(p.x, p.y);
      // a placed line's right end is known (layout measured it); other lines are marked by their start
      for (const r of p.runs ?? []) add(r.x + r.w, p.y);
    }
    else {
      const pad = p.t === 'rect' || p.t === 'ellipse' ? (p.stroke ? p.strokeWidth / 2 : 0) : 0;
      add(p.x, p.y, pad);
      add(p.x + p.w, p.y + p.h, pad);
    }
  }
  return Number.isFinite(x0) ? { x: x0, y: y0, w: x1 - x0, h: y1 - y0 } : { x: 0, y: 0, w: 1, h: 1 };
}

function primSvg(p: Prim, defs: SymbolDefs, family: (font: string) => string, clip: () => string): string {
  switch (p.t) {
    case 'symbol':
      if (!p.drawing) return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" fill="none" stroke="#999999" stroke-dasharray="4 3"/>`;
      return `<use href="#${defs.use(p.key, p.drawing)}" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"/>`;
    case 'image': {
      const href = `data:${p.mime};base64,${p.data}`;
      const id = clip();
      const shape = p.circle ? `<ellipse cx="${n(p.x + p.w / 2)}" cy="${n(p.y + p.h / 2)}" rx="${n(p.w / 2)}" ry="${n(p.h / 2)}"/>` : `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"/>`;
      // the shown part of the picture (all of it when absent) fills the box
      const inner = p.src
        ? `<svg x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" viewBox="${p.src.x} ${p.src.y} ${p.src.w} ${p.src.h}" preserveAspectRatio="none"><image href="${href}"/></svg>`
        : `<image href="${href}" x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}" preserveAspectRatio="none"/>`;
      return `<clipPath id="${id}">${shape}</clipPath><g clip-path="url(#${id})">${inner}</g>`;
    }
    case 'text': {
      // run by run where layout placed them; a right-to-left run is anchored at its end, its left end
      const runs = (p.runs ?? [{ text: p.text, font: p.font, rtl: false, x: p.x }]).filter((r) => r.text.trim() || !p.runs);
      return runs
        .map((r) => `<text x="${n(r.x)}" y="${n(p.y)}" font-family="${esc(family(r.font))}" font-size="${n(p.size)}" fill="${p.color}"${r.rtl ? ' direction="rtl" text-anchor="end"' : ''}>${esc(r.text)}</text>`)
        .join('');
    }
    case 'rect':
    case 'ellipse': {
      const paint = `fill="${p.fill ?? 'none'}" stroke="${p.stroke ?? 'none'}" stroke-width="${n(p.strokeWidth)}"${p.dash ? ` stroke-dasharray="${p.dash.join(' ')}"` : ''}`;
      if (p.t === 'ellipse') return `<ellipse cx="${n(p.x + p.w / 2)}" cy="${n(p.y + p.h / 2)}" rx="${n(p.w / 2)}" ry="${n(p.h / 2)}" ${paint}/>`;
      return `<rect x="${n(p.x)}" y="${n(p.y)}" width="${n(p.w)}" height="${n(p.h)}"${p.radius ? ` rx="${n(p.radius)}"` : ''} ${paint}/>`;
    }
    case 'line':
      return `<polyline points="${p.points.map(n).join(' ')}" fill="none" stroke="${p.color}" stroke-width="${n(p.width)}"/>`;
    case 'poly':
      return `<polygon points="${p.points.map(n).join(' ')}" fill="${p.fill}"/>`;
  }
}

/**
 * An inline SVG of a figure's primitives, named for readers by `label`. It is sized by the
 * page's stylesheet; its aspect follows the figure (a three-part picture is wide).
 */
export function figureSvg(prims: readonly Prim[], label: string, defs: SymbolDefs, family: (font: string) => string, nextClipId: () => string): string {
  const b = bounds(prims);
  const body = prims.map((p) => primSvg(p, defs, family, nextClipId)).join('');
  return `<svg class="pic" role="img" aria-label="${esc(label)}" viewBox="${n(b.x)} ${n(b.y)} ${n(b.w)} ${n(b.h)}" width="${n(b.w)}" height="${n(b.h)}">${body}</svg>`;
}
