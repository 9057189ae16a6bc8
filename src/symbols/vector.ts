/**
 * Normalised vector form of a symbol, shared by the canvas and the PDF writer.
 * Produced at build time from resvg's simplified SVG (plain M/L/C/Q/Z paths).
 * The build script in the top-level `symbols/` writes it; `src/symbols` reads it.
 */

/** One painted path. Absent `f`/`s` means no fill/no stroke. */
export interface VectorPath {
  /** Path data using only M, L, C, Q and Z, absolute coordinates. */
  d: string;
  /** Fill colour, `#rrggbb`. */
  f?: string;
  /** Stroke colour, `#rrggbb`. */
  s?: string;
  /** Stroke width in symbol units. */
  w?: number;
  /** Fill opacity (0–1), when not 1. */
  fo?: number;
  /** Stroke opacity (0–1), when not 1. */
  so?: number;
  /** 1 when the fill rule is even-odd. */
  eo?: 1;
  /** Line cap, when not butt. */
  lc?: 'round' | 'square';
  /** Line join, when not miter. */
  lj?: 'round' | 'bevel';
  /** Miter limit, when not 4. */
  ml?: number;
  /** Dash pattern. */
  da?: number[];
  /** 1 when the stroke is painted before the fill (paint-order: stroke). */
  po?: 1;
  /** Affine transform [a b c d e f], when not identity. */
  m?: [number, number, number, number, number, number];
}

/** A symbol's drawing in its own coordinate box (OpenMoji: 72 × 72). */
export interface VectorSymbol {
  /** Width of the view box. */
  vw: number;
  /** Height of the view box. */
  vh: number;
  /** Paths in painting order. */
  p: VectorPath[];
}

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** One path of a drawing as an SVG `<path>` element. */
export function pathSvg(p: VectorPath): string {
  const a = [`d="${esc(p.d)}"`, `fill="${p.f ?? 'none'}"`];
  if (p.fo !== undefined) a.push(`fill-opacity="${p.fo}"`);
  if (p.eo) a.push('fill-rule="evenodd"');
  if (p.s) {
    a.push(`stroke="${p.s}"`, `stroke-width="${p.w ?? 1}"`);
    if (p.so !== undefined) a.push(`stroke-opacity="${p.so}"`);
    if (p.lc) a.push(`stroke-linecap="${p.lc}"`);
    if (p.lj) a.push(`stroke-linejoin="${p.lj}"`);
    if (p.ml) a.push(`stroke-miterlimit="${p.ml}"`);
    if (p.da) a.push(`stroke-dasharray="${p.da.join(' ')}"`);
    if (p.po) a.push('paint-order="stroke"');
  }
  if (p.m) a.push(`transform="matrix(${p.m.join(' ')})"`);
  return `<path ${a.join(' ')}/>`;
}

/** A standalone SVG of a symbol's drawing (for boards and other tools). */
export function vectorToSvg(v: VectorSymbol): string {
  const paths = v.p
    .map(pathSvg)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${v.vw} ${v.vh}" width="${v.vw * 4}" height="${v.vh * 4}">${paths}</svg>`;
}
