/**
 * How far apart two paths are: points sampled along each subpath (its closing line
 * included), each measured to the nearest point of the other subpath, both ways. For tests
 * of path simplification.
 */
import type { Seg, Subpath } from '../../symbols/simplify';

type P = [number, number];

const bezier = (a: P, b: P, c: P, d: P, t: number): P => {
  const u = 1 - t;
  return [u * u * u * a[0] + 3 * u * u * t * b[0] + 3 * u * t * t * c[0] + t * t * t * d[0], u * u * u * a[1] + 3 * u * u * t * b[1] + 3 * u * t * t * c[1] + t * t * t * d[1]];
};

/** Each segment with its start; a closed subpath's closing line included, a lone point as a segment to itself. */
function pieces(sp: Subpath): [P, Seg][] {
  const out: [P, Seg][] = [];
  let cur = sp.start;
  for (const s of sp.closed || sp.segs.length === 0 ? [...sp.segs, { p: sp.start }] : sp.segs) {
    out.push([cur, s]);
    cur = s.p;
  }
  return out;
}

/** Points along a subpath, `n` per segment. */
export function samples(sp: Subpath, n: number): P[] {
  const out: P[] = [sp.start];
  for (const [from, s] of pieces(sp)) {
    for (let i = 1; i <= n; i++) {
      const t = i / n;
      out.push(s.c1 ? bezier(from, s.c1, s.c2, s.p, t) : [from[0] + (s.p[0] - from[0]) * t, from[1] + (s.p[1] - from[1]) * t]);
    }
  }
  return out;
}

const dist = (a: P, b: P) => Math.hypot(a[0] - b[0], a[1] - b[1]);

/** Distance from `p` to one segment: exact for a line; for a curve, sampled then refined around the nearest sample. */
function toSegment(p: P, from: P, s: Seg): number {
  if (!s.c1) {
    const dx = s.p[0] - from[0];
    const dy = s.p[1] - from[1];
    const l2 = dx * dx + dy * dy;
    const t = l2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - from[0]) * dx + (p[1] - from[1]) * dy) / l2));
    return Math.hypot(p[0] - from[0] - t * dx, p[1] - from[1] - t * dy);
  }
  const f = (t: number) => dist(p, bezier(from, s.c1, s.c2, s.p, t));
  let bestT = 0;
  let best = Infinity;
  for (let i = 0; i <= 32; i++) {
    const d = f(i / 32);
    if (d < best) [best, bestT] = [d, i / 32];
  }
  // golden-section search in the neighbourhood of the nearest sample
  let lo = Math.max(0, bestT - 1 / 32);
  let hi = Math.min(1, bestT + 1 / 32);
  const g = (Math.sqrt(5) - 1) / 2;
  for (let i = 0; i < 30; i++) {
    const a = hi - g * (hi - lo);
    const b = lo + g * (hi - lo);
    if (f(a) < f(b)) hi = b;
    else lo = a;
  }
  return Math.min(best, f((lo + hi) / 2));
}

/** A segment with its start and the box of its control points. */
type Boxed = { from: P; s: Seg; box: [number, number, number, number] };

function boxed(sp: Subpath): Boxed[] {
  return pieces(sp).map(([from, s]) => {
    const pts = s.c1 ? [from, s.c1, s.c2, s.p] : [from, s.p];
    const xs = pts.map((q) => q[0]);
    const ys = pts.map((q) => q[1]);
    return { from, s, box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
}

/** Distance from `p` to a subpath, skipping segments whose control points' box is already farther than the best so far. */
function toSubpath(p: P, segs: Boxed[]): number {
  const near = segs
    .map((g) => ({ g, d: Math.hypot(Math.max(0, g.box[0] - p[0], p[0] - g.box[2]), Math.max(0, g.box[1] - p[1], p[1] - g.box[3])) }))
    .sort((x, y) => x.d - y.d);
  let best = Infinity;
  for (const { g, d } of near) {
    if (d >= best) break;
    best = Math.min(best, toSegment(p, g.from, g.s));
  }
  return best;
}

/** The largest distance from a point of either subpath (16 samples a segment) to the other. */
export function pathDistance(a: Subpath, b: Subpath): number {
  const [sa, sb] = [boxed(a), boxed(b)];
  let worst = 0;
  for (const p of samples(a, 16)) worst = Math.max(worst, toSubpath(p, sb));
  for (const p of samples(b, 16)) worst = Math.max(worst, toSubpath(p, sa));
  return worst;
}
