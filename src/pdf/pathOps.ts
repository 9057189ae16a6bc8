/**
 * A symbol's path as PDF path operators in whole form units, with the fewest numbers that
 * draw the same outline: simplified to a print tolerance (`simplify.ts`), then written with
 * PDF's shorter forms where the rounded numbers allow them exactly.
 */
import { parsePath, simplifySubpath, type Paint, type Subpath } from './simplify';

/** An affine transform [a b c d e f]. */
export type Matrix = readonly [number, number, number, number, number, number];

/** Not simplified: every segment as the build wrote it. */
export const EXACT: Paint = { sharpHalfWidth: 0, dashed: false };

/** A coordinate in form units (`k` per symbol unit): an integer. */
export const unit = (n: number, k: number): number => {
  const r = Math.round(n * k);
  return r === 0 ? 0 : r; // never -0
};

/** Subpaths with every point mapped through `m` (exact for lines and curves alike). */
export function transformed(sps: Subpath[], m: Matrix): Subpath[] {
  const t = (p: [number, number]): [number, number] => [m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]];
  return sps.map((sp) => ({
    start: t(sp.start),
    closed: sp.closed,
    segs: sp.segs.map((s) => (s.c1 ? { c1: t(s.c1), c2: t(s.c2), p: t(s.p) } : { p: t(s.p) })),
  }));
}

/** How a path's subpaths are to be written. */
export interface PathOptions {
  /** Simplification tolerance in the path's units (after `m`); 0 keeps every segment. */
  tol?: number;
  /** What the painting needs kept (see `Paint`). */
  paint?: Paint;
  /** Whether an open subpath may be written closed (it is only filled, which closes it anyway). */
  fillOnly?: boolean;
  /** Where form unit 0 is, in the path's units (the symbol's middle: numbers either side of it are shorter). */
  origin?: readonly [number, number];
}

/**
 * The rectangle a subpath of four corners draws, as `re` operands, or undefined. `re` draws
 * from its corner along x first, so a rectangle drawn along y first starts one corner on,
 * keeping its direction (which decides how it fills against other subpaths).
 */
function rectangle(pts: number[][], closed: boolean): string | undefined {
  if (pts.length === 5 && pts[4][0] === pts[0][0] && pts[4][1] === pts[0][1]) pts = pts.slice(0, 4);
  if (pts.length !== 4 || !closed) return undefined;
  const [a, b, c, d] = pts;
  const alongX = a[1] === b[1] && b[0] === c[0] && c[1] === d[1] && d[0] === a[0];
  const alongY = a[0] === b[0] && b[1] === c[1] && c[0] === d[0] && d[1] === a[1];
  if (alongX && a[0] !== b[0] && b[1] !== c[1]) return `${a[0]} ${a[1]} ${b[0] - a[0]} ${c[1] - b[1]} re`;
  if (alongY && a[1] !== b[1] && b[0] !== c[0]) return `${b[0]} ${b[1]} ${c[0] - b[0]} ${d[1] - c[1]} re`;
  return undefined;
}

/** One subpath in whole form units from the origin (ox, oy), as lines of operators. */
function subpathText(sp: Subpath, k: number, ox: number, oy: number, fillOnly: boolean, dashed: boolean): string {
  let out = '';
  let cx = unit(sp.start[0] - ox, k);
  let cy = unit(sp.start[1] - oy, k);
  const sx = cx;
  const sy = cy;
  // a subpath of lines alone may be a rectangle: its corners
  let corners: number[][] | undefined = sp.segs.length <= 4 && !dashed ? [[cx, cy]] : undefined;
  const n = sp.segs.length;
  for (let i = 0; i < n; i++) {
    const s = sp.segs[i];
    const x = unit(s.p[0] - ox, k);
    const y = unit(s.p[1] - oy, k);
    const last = i === n - 1;
    const moves = x !== cx || y !== cy;
    if (s.c1) {
      const x1 = unit(s.c1[0] - ox, k);
      const y1 = unit(s.c1[1] - oy, k);
      const x2 = unit(s.c2[0] - ox, k);
      const y2 = unit(s.c2[1] - oy, k);
      const firstAtStart = x1 === cx && y1 === cy;
      const secondAtEnd = x2 === x && y2 === y;
      if (firstAtStart && secondAtEnd) {
        // a curve whose handles sit on its ends is the straight line between them
        if (moves || (last && !out)) out += `\n${x} ${y} l`;
        if (moves) corners?.push([x, y]);
      } else {
        corners = undefined;
        if (firstAtStart) out += `\n${x2} ${y2} ${x} ${y} v`;
        else if (secondAtEnd) out += `\n${x1} ${y1} ${x} ${y} y`;
        else out += `\n${x1} ${y1} ${x2} ${y2} ${x} ${y} c`;
      }
    } else if (moves && !(sp.closed && last && x === sx && y === sy && out)) {
      // (a closed subpath's last line back to its start is drawn by closing it)
      out += `\n${x} ${y} l`;
      corners?.push([x, y]);
    } else if (last && !out) out += `\n${x} ${y} l`;
    cx = x;
    cy = y;
  }
  const rect = corners && rectangle(corners, sp.closed || fillOnly);
  if (rect) return rect;
  return `${sx} ${sy} m${out}${sp.closed ? '\nh' : ''}`;
}

/**
 * Subpaths as PDF path operators in form units of `k` per unit, simplified to within `tol`
 * (see `simplify.ts`). In whole form units a curve whose first control point is its start is
 * written `v`, one whose second is its end `y`, a rectangle `re`, and a segment that goes
 * nowhere is left out (unless it is all its subpath draws: a dot).
 */
export function subpathOps(sps: Subpath[], k: number, o: PathOptions = {}): string {
  const paint = o.paint ?? EXACT;
  const tol = o.tol ?? 0;
  let out = '';
  const [ox, oy] = o.origin ?? [0, 0];
  for (const raw of sps) out += (out ? '\n' : '') + subpathText(simplifySubpath(raw, tol, paint), k, ox, oy, !!o.fillOnly, paint.dashed);
  return out;
}

/**
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) as PDF path
 * operators (see `subpathOps`); quadratic curves become cubic, `m` maps the coordinates.
 */
export function formPathOps(d: string, k: number, o: PathOptions & { m?: Matrix } = {}): string {
  return subpathOps(o.m ? transformed(parsePath(d), o.m) : parsePath(d), k, o);
}
