/**
 * A symbol's drawing made smaller once, at build time, for every renderer: the same picture
 * within a tolerance no printer or screen can show, in fewer numbers and paths.
 *
 * - Paths are simplified (`simplify.ts`) to within a tolerance chosen from the largest a
 *   symbol is printed: 0.1 pt on a symbol as wide as an A4 page, 0.02 pt on a 140 pt card.
 * - A path's own transform goes into its coordinates where that draws the same (always for
 *   a fill; for a stroke when the transform keeps shapes, scaling its width and dashes).
 * - OpenMoji draws many shapes twice, filled in its colour layer and outlined in its line
 *   layer. Where nothing painted in between touches the outline (or only in the outline's
 *   own colour), the outline is drawn straight after the fill: one path, filled and stroked
 *   (PDF's `B`; fill then stroke on the canvas), what the two did.
 *
 * The canvas, the PDF and the phone page then all draw this same geometry.
 */
import type { VectorPath, VectorSymbol } from '../src/symbols/vector';
import { parsePath, simplifySubpath, type Paint, type Subpath } from './simplify';

/** An affine transform [a b c d e f]. */
type Matrix = readonly [number, number, number, number, number, number];

/** The largest a symbol is printed, points: as wide as a portrait A4 page. */
export const LARGEST_PT = 595;

/** How far a simplified outline may stray from the original where the symbol is printed largest, points. */
export const TOLERANCE_PT = 0.1;

/** Subpaths with every point mapped through `m` (exact for lines and curves alike). */
function transformed(sps: Subpath[], m: Matrix): Subpath[] {
  const t = (p: [number, number]): [number, number] => [m[0] * p[0] + m[2] * p[1] + m[4], m[1] * p[0] + m[3] * p[1] + m[5]];
  return sps.map((sp) => ({
    start: t(sp.start),
    closed: sp.closed,
    segs: sp.segs.map((s) => (s.c1 ? { c1: t(s.c1), c2: t(s.c2), p: t(s.p) } : { p: t(s.p) })),
  }));
}

type Point = [number, number];

/** One path to paint: its paint (a transform left in `m` only where it must stay one) and its subpaths, parsed. */
interface Draw {
  p: VectorPath;
  sps: Subpath[];
}

/** Whether a transform keeps shapes (rotation, reflection, uniform scale): a stroke through it is a stroke of the scaled width. */
function keepsShapes(m: Matrix): boolean {
  const [a, b, c, d] = m;
  const s = Math.max(a * a + b * b, c * c + d * d);
  // the build rounds transforms to 4 decimals
  return s > 0 && Math.abs(a * a + b * b - (c * c + d * d)) <= 1e-3 * s && Math.abs(a * c + b * d) <= 1e-3 * s;
}

/** A path with its transform taken into its coordinates where that draws the same. */
function flatten(p: VectorPath, sps: Subpath[]): Draw {
  const m = p.m;
  if (!m || (p.s && !keepsShapes(m))) return { p, sps };
  const { m: _, ...rest } = p;
  if (!p.s) return { p: rest, sps: transformed(sps, m) };
  const scale = Math.sqrt(Math.abs(m[0] * m[3] - m[1] * m[2]));
  const thousandths = (x: number) => Math.round(x * scale * 1000) / 1000;
  return { p: { ...rest, w: thousandths(p.w ?? 1), ...(p.da ? { da: p.da.map(thousandths) } : {}) }, sps: transformed(sps, m) };
}

type Box = [x0: number, y0: number, x1: number, y1: number];

/** How far paint reaches beyond a stroke's path: half its width, times what a mitred corner or square end adds. */
function reach(p: VectorPath, m: Matrix | undefined): number {
  if (!p.s) return 0;
  const scale = m ? Math.sqrt(m[0] * m[0] + m[1] * m[1] + m[2] * m[2] + m[3] * m[3]) : 1;
  const corner = p.lj === 'round' || p.lj === 'bevel' ? 1 : (p.ml ?? 10);
  const end = p.lc === 'square' ? Math.SQRT2 : 1;
  return ((p.w ?? 1) / 2) * scale * Math.max(corner, end);
}

/** Widens `box` to hold the point (x, y) mapped through `m`. */
function hold(box: Box, x: number, y: number, m: Matrix | undefined): void {
  const px = m ? m[0] * x + m[2] * y + m[4] : x;
  const py = m ? m[1] * x + m[3] * y + m[5] : y;
  if (px < box[0]) box[0] = px;
  if (py < box[1]) box[1] = py;
  if (px > box[2]) box[2] = px;
  if (py > box[3]) box[3] = py;
}

const empty = (): Box => [Infinity, Infinity, -Infinity, -Infinity];
const widen = (b: Box, by: number): Box => [b[0] - by, b[1] - by, b[2] + by, b[3] + by];

/** Parts a curve is cut into for its boxes: a quarter circle's control points' box covers the quarter square inside it, an eighth of it lies close along it. */
const CUTS = 8;

/** Widens `box` to hold the point at `t` on the curve a→b→c→d, moved `along` times the curve's derivative there. */
function holdAt(box: Box, a: Point, b: Point, c: Point, d: Point, t: number, along: number, m: Matrix | undefined): void {
  const u = 1 - t;
  const x = u * u * u * a[0] + 3 * u * u * t * b[0] + 3 * u * t * t * c[0] + t * t * t * d[0] + along * 3 * (u * u * (b[0] - a[0]) + 2 * u * t * (c[0] - b[0]) + t * t * (d[0] - c[0]));
  const y = u * u * u * a[1] + 3 * u * u * t * b[1] + 3 * u * t * t * c[1] + t * t * t * d[1] + along * 3 * (u * u * (b[1] - a[1]) + 2 * u * t * (c[1] - b[1]) + t * t * (d[1] - c[1]));
  hold(box, x, y, m);
}

/** The box of the control points of the part of a curve from `t0` to `t1` (which holds that part), mapped through `m`, added to `box`. */
function holdPart(box: Box, a: Point, b: Point, c: Point, d: Point, t0: number, t1: number, m: Matrix | undefined): void {
  const h = (t1 - t0) / 3;
  holdAt(box, a, b, c, d, t0, 0, m);
  holdAt(box, a, b, c, d, t0, h, m);
  holdAt(box, a, b, c, d, t1, -h, m);
  holdAt(box, a, b, c, d, t1, 0, m);
}

/** The box around a path's control points (which holds the path), in symbol units, widened by `by`. */
function around(sps: Subpath[], m: Matrix | undefined, by: number): Box {
  const box = empty();
  for (const sp of sps) {
    hold(box, sp.start[0], sp.start[1], m);
    for (const s of sp.segs) {
      if (s.c1) {
        hold(box, s.c1[0], s.c1[1], m);
        hold(box, s.c2[0], s.c2[1], m);
      }
      hold(box, s.p[0], s.p[1], m);
    }
  }
  return widen(box, by);
}

/** Whether `b`, widened by `by`, meets any of `others`. */
function hits(b: Box, by: number, others: Box[]): boolean {
  for (const o of others) if (b[0] - by <= o[2] && o[0] <= b[2] + by && b[1] - by <= o[3] && o[1] <= b[3] + by) return true;
  return false;
}

/**
 * Whether a path, widened by `by`, keeps clear of every box in `others`: tested as a whole,
 * then segment by segment, and where a curve's box meets one, eighth by eighth of the curve.
 */
function clearOf(sps: Subpath[], m: Matrix | undefined, by: number, others: Box[]): boolean {
  if (others.length === 0 || !hits(around(sps, m, 0), by, others)) return true;
  for (const sp of sps) {
    let cur = sp.start;
    const n = sp.segs.length;
    // the closing line counts too, and a lone point
    for (let i = 0; i <= n; i++) {
      if (i === n && !(sp.closed || n === 0)) break;
      const s = i < n ? sp.segs[i] : { p: sp.start };
      const box = empty();
      hold(box, cur[0], cur[1], m);
      if (s.c1) {
        hold(box, s.c1[0], s.c1[1], m);
        hold(box, s.c2[0], s.c2[1], m);
      }
      hold(box, s.p[0], s.p[1], m);
      if (hits(box, by, others)) {
        if (!s.c1) return false;
        for (let k = 0; k < CUTS; k++) {
          box[0] = box[1] = Infinity;
          box[2] = box[3] = -Infinity;
          holdPart(box, cur, s.c1, s.c2, s.p, k / CUTS, (k + 1) / CUTS, m);
          if (hits(box, by, others)) return false;
        }
      }
      cur = s.p;
    }
  }
  return true;
}

/**
 * Whether a path paints only in `colour`, opaquely: where it and an outline of that colour
 * overlap, either painted over the other gives the same pixels (anti-aliased edges too:
 * opaque coverage of one colour adds up the same in either order).
 */
const sameInk = (p: VectorPath, colour: string): boolean =>
  (!p.f || (p.f === colour && p.fo === undefined)) && (!p.s || (p.s === colour && p.so === undefined));

/** Whether `s` is the outline of the fill `f`: the same path and transform, both opaque, painted plainly. */
const outlines = (f: VectorPath, s: VectorPath): boolean =>
  !!f.f && !f.s && f.fo === undefined && !!s.s && !s.f && s.so === undefined && s.d === f.d && String(s.m) === String(f.m);

/**
 * The paths of `v` in painting order, each fill that a later stroke outlines painted with it
 * where nothing between touches the stroke (with a margin for anti-aliasing), transforms
 * taken into coordinates where that draws the same.
 */
function drawOrder(v: VectorSymbol): Draw[] {
  const paths = v.p;
  const parsed = paths.map((p) => parsePath(p.d));
  const margin = Math.max(v.vw, v.vh) / 150;
  const merged = new Map<number, VectorPath>();
  const taken = new Set<number>();
  // the plain strokes of each path, in painting order
  const strokes = new Map<string, number[]>();
  paths.forEach((p, n) => {
    if (p.s && !p.f) strokes.set(p.d, [...(strokes.get(p.d) ?? []), n]);
  });
  // what each path paints, roughly: the box around it, widened by its stroke (made when needed)
  const painted: (Box | undefined)[] = [];
  for (let i = 0; i < paths.length; i++) {
    const f = paths[i];
    if (!f.f || f.s) continue;
    const j = strokes.get(f.d)?.find((n) => n > i && !taken.has(n) && outlines(f, paths[n])) ?? -1;
    if (j < 0) continue;
    const s = paths[j];
    const between: Box[] = [];
    for (let n = i + 1; n < j; n++) if (!sameInk(paths[n], s.s!)) between.push((painted[n] ??= around(parsed[n], paths[n].m, reach(paths[n], paths[n].m))));
    if (!clearOf(parsed[j], s.m, reach(s, s.m) + margin, between)) continue;
    merged.set(i, { ...f, s: s.s, w: s.w, lc: s.lc, lj: s.lj, ml: s.ml, da: s.da });
    taken.add(j);
  }
  const out: Draw[] = [];
  paths.forEach((p, i) => {
    if (!taken.has(i)) out.push(flatten(merged.get(i) ?? p, parsed[i]));
  });
  return out;
}

/** What simplifying a path must respect of its painting: sharp stroke ends or corners, dashes. */
function paintOf(p: VectorPath): Paint {
  const sharp = !!p.s && (p.lc !== 'round' || p.lj !== 'round');
  return { sharpHalfWidth: sharp ? (p.w ?? 1) / 2 : 0, dashed: !!p.da };
}

/** The most a transform stretches any distance: its largest singular value. */
function stretch(m: Matrix): number {
  const [a, b, c, d] = m;
  const s = a * a + b * b + c * c + d * d;
  const det = a * d - b * c;
  return Math.sqrt((s + Math.sqrt(Math.max(0, s * s - 4 * det * det))) / 2) || 1;
}

/** A number as the build writes it: to 0.01 units. */
function hundredths(n: number): string {
  const r = Math.round(n * 100) / 100;
  return String(r === 0 ? 0 : r);
}

/** Subpaths as compact SVG path data (M, L, C, Z; numbers to 0.01, a minus sign needing no space before it). */
export function pathData(sps: Subpath[]): string {
  let d = '';
  const put = (cmd: string, ...ns: number[]) => {
    d += cmd;
    ns.forEach((n, i) => {
      const s = hundredths(n);
      d += i > 0 && !s.startsWith('-') ? ` ${s}` : s;
    });
  };
  for (const sp of sps) {
    put('M', ...sp.start);
    for (const s of sp.segs) {
      if (s.c1) put('C', ...s.c1, ...s.c2, ...s.p);
      else put('L', ...s.p);
    }
    if (sp.closed) d += 'Z';
  }
  return d;
}

/**
 * A symbol's drawing made smaller: fills painted with their outlines, transforms taken into
 * coordinates, every path simplified to within `TOLERANCE_PT` where it prints `LARGEST_PT`
 * wide (see the file's comment).
 */
export function optimiseSymbol(v: VectorSymbol): VectorSymbol {
  const tol = (Math.max(v.vw, v.vh) * TOLERANCE_PT) / LARGEST_PT;
  const p = drawOrder(v).map(({ p, sps }) => {
    // a transform left in place stretches what the path strays by
    const t = p.m ? tol / stretch(p.m) : tol;
    const paint = paintOf(p);
    return { ...p, d: pathData(sps.map((sp) => simplifySubpath(sp, t, paint))) };
  });
  return { ...v, p };
}
