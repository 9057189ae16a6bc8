/**
 * The paths of a symbol as they are to be painted: the same picture, in fewer operators.
 *
 * - A path's own transform goes into its coordinates where that draws the same (always for
 *   a fill; for a stroke when the transform keeps shapes, scaling its width and dashes),
 *   instead of a `q … cm … Q` around it.
 * - OpenMoji draws many shapes twice, filled in its colour layer and outlined in its line
 *   layer. Where nothing painted in between touches the outline, the outline can be drawn
 *   straight after the fill, so the path is written once and painted with `B` (fill, then
 *   stroke: what the two did).
 */
import type { VectorPath, VectorSymbol } from '../layout/scene';
import { transformed, type Matrix } from './pathOps';
import { parsePath, type Subpath } from './simplify';

type Point = [number, number];

/** One path to paint: its paint (a transform left in `m` only where it must stay one) and its subpaths, parsed. */
export interface Draw {
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
  return { p: { ...rest, w: (p.w ?? 1) * scale, ...(p.da ? { da: p.da.map((x) => x * scale) } : {}) }, sps: transformed(sps, m) };
}

type Box = [x0: number, y0: number, x1: number, y1: number];

const meets = (a: Box, b: Box): boolean => a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];

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

/** The box of the control points of the part of a curve from `t0` to `t1` (which holds that part), mapped through `m`, added to `box`. */
function holdPart(box: Box, a: Point, b: Point, c: Point, d: Point, t0: number, t1: number, m: Matrix | undefined): void {
  const h = (t1 - t0) / 3;
  for (const [t, dir] of [
    [t0, 0],
    [t0, h],
    [t1, -h],
    [t1, 0],
  ]) {
    const u = 1 - t;
    // the point at t, moved along the curve's derivative there by `dir`
    const x = u * u * u * a[0] + 3 * u * u * t * b[0] + 3 * u * t * t * c[0] + t * t * t * d[0] + dir * 3 * (u * u * (b[0] - a[0]) + 2 * u * t * (c[0] - b[0]) + t * t * (d[0] - c[0]));
    const y = u * u * u * a[1] + 3 * u * u * t * b[1] + 3 * u * t * t * c[1] + t * t * t * d[1] + dir * 3 * (u * u * (b[1] - a[1]) + 2 * u * t * (c[1] - b[1]) + t * t * (d[1] - c[1]));
    hold(box, x, y, m);
  }
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

/**
 * Whether a path, widened by `by`, keeps clear of every box in `others`: tested segment by
 * segment, and where a curve's box meets one, eighth by eighth of the curve.
 */
function clearOf(sps: Subpath[], m: Matrix | undefined, by: number, others: Box[]): boolean {
  const hits = (b: Box) => others.some((o) => meets(b, o));
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
      if (hits(widen(box, by))) {
        if (!s.c1) return false;
        for (let k = 0; k < CUTS; k++) {
          const part = empty();
          holdPart(part, cur, s.c1, s.c2, s.p, k / CUTS, (k + 1) / CUTS, m);
          if (hits(widen(part, by))) return false;
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
export function drawOrder(v: VectorSymbol): Draw[] {
  const paths = v.p;
  const parsed = paths.map((p) => parsePath(p.d));
  const margin = Math.max(v.vw, v.vh) / 150;
  const merged = new Map<number, VectorPath>();
  const taken = new Set<number>();
  // what each path paints, roughly: the box around it, widened by its stroke (made when needed)
  const painted: (Box | undefined)[] = [];
  const paints = (n: number): Box => (painted[n] ??= around(parsed[n], paths[n].m, reach(paths[n], paths[n].m)));
  for (let i = 0; i < paths.length; i++) {
    const f = paths[i];
    if (!f.f || f.s) continue;
    const j = paths.findIndex((s, n) => n > i && !taken.has(n) && outlines(f, s));
    if (j < 0) continue;
    const s = paths[j];
    const between: Box[] = [];
    for (let n = i + 1; n < j; n++) if (!sameInk(paths[n], s.s!)) between.push(paints(n));
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

/** Whether everything the draws paint (their control points, widened by their strokes) lies within the symbol's box: a clip to the box would change nothing. */
export function staysInside(draws: Draw[], v: VectorSymbol): boolean {
  for (const dr of draws) {
    const b = around(dr.sps, dr.p.m, reach(dr.p, dr.p.m));
    if (b[0] < 0 || b[1] < 0 || b[2] > v.vw || b[3] > v.vh) return false;
  }
  return true;
}
