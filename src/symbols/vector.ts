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
