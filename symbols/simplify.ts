/**
 * Simplifying a symbol's path: the same outline within a tolerance, drawn with
 * fewer numbers. A curve that stays within the tolerance of its chord becomes a line, lines
 * that run on in (nearly) one direction become one line, curves that continue one another
 * become one curve, and segments too short to see go.
 *
 * Every step is checked against the original geometry, never against an earlier
 * simplification, so errors do not add up: the simplified path stays within `tol` of the
 * original (a bound, not an estimate; see `curveError`).
 *
 * A stroke's outline moves no more than its path where its ends and corners are round (the
 * outline is then the path widened by a disc). Butt or square ends and mitred or bevelled
 * corners turn with the path, so for those strokes a change of direction where an end or a
 * corner is drawn is allowed only where it moves the outline's edge, half a line width away,
 * by no more than the tolerance.
 */

/** A point. */
type P = [number, number];

/** A straight segment to `p`, or a cubic through `c1`, `c2` to `p`; from the previous end. */
export type Seg = { p: P; c1?: undefined; c2?: undefined } | { p: P; c1: P; c2: P };

/** One subpath: where it starts, its segments, and whether it is closed. */
export interface Subpath {
  start: P;
  segs: Seg[];
  closed: boolean;
}

/** How a path is painted, as far as simplifying it is concerned. */
export interface Paint {
  /** Half the stroke width, in path units, when its ends or corners are not round; 0 otherwise. */
  sharpHalfWidth: number;
  /** Whether the stroke is dashed (dashes follow the length of the path: left alone). */
  dashed: boolean;
}

/** Path commands and numbers. */
const TOKENS = /[A-DF-Za-df-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) as subpaths;
 * quadratic curves become cubic. (Tokens come from one regular expression: it runs natively,
 * which matters in an export's fresh worker, where hand-written scanning starts interpreted.)
 */
export function parsePath(d: string): Subpath[] {
  const t = d.match(TOKENS) ?? [];
  const out: Subpath[] = [];
  let sub: Subpath | undefined;
  let cmd = '';
  let cur: P = [0, 0];
  let i = 0;
  const n = t.length;
  while (i < n) {
    const c = t[i].charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      cmd = t[i++];
      if (cmd === 'Z' || cmd === 'z') {
        if (sub) {
          sub.closed = true;
          cur = sub.start;
          sub = undefined;
        }
        continue;
      }
      if (i >= n) break;
    }
    if (cmd === 'M') {
      cur = [+t[i], +t[i + 1]];
      sub = { start: cur, segs: [], closed: false };
      out.push(sub);
      cmd = 'L'; // further pairs after M are lines
      i += 2;
      continue;
    }
    if (!sub) {
      // drawing on after Z starts a new subpath where the last one started
      sub = { start: cur, segs: [], closed: false };
      out.push(sub);
    }
    if (cmd === 'L') {
      cur = [+t[i], +t[i + 1]];
      sub.segs.push({ p: cur });
      i += 2;
    } else if (cmd === 'C') {
      const c1: P = [+t[i], +t[i + 1]];
      const c2: P = [+t[i + 2], +t[i + 3]];
      cur = [+t[i + 4], +t[i + 5]];
      sub.segs.push({ c1, c2, p: cur });
      i += 6;
    } else if (cmd === 'Q') {
      const q: P = [+t[i], +t[i + 1]];
      const p: P = [+t[i + 2], +t[i + 3]];
      sub.segs.push({ c1: lerp(cur, q, 2 / 3), c2: lerp(p, q, 2 / 3), p });
      cur = p;
      i += 4;
    } else {
      throw new Error(`Unsupported path command ${cmd}`);
    }
    if (i > n) throw new Error('Unreadable path data: a command is missing numbers');
  }
  return out;
}

const lerp = (a: P, b: P, t: number): P => [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
const dist = (a: P, b: P): number => {
  // (Math.hypot is several times slower in V8, and this runs for every point)
  const dx = a[0] - b[0];
  const dy = a[1] - b[1];
  return Math.sqrt(dx * dx + dy * dy);
};

/** Distance from `p` to the segment from `a` to `b`. */
function toSegment(p: P, a: P, b: P): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const len2 = dx * dx + dy * dy;
  if (len2 === 0) return dist(p, a);
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2));
  const ex = p[0] - a[0] - t * dx;
  const ey = p[1] - a[1] - t * dy;
  return Math.sqrt(ex * ex + ey * ey);
}

/** Sine of the angle between two directions (0 when either is a point). */
function turn(u: P, v: P): number {
  const lu = Math.sqrt(u[0] * u[0] + u[1] * u[1]);
  const lv = Math.sqrt(v[0] * v[0] + v[1] * v[1]);
  if (lu === 0 || lv === 0) return 0;
  const cos = (u[0] * v[0] + u[1] * v[1]) / (lu * lv);
  // a reversal is as far from straight as can be
  return cos < 0 ? 1 : Math.abs(u[0] * v[1] - u[1] * v[0]) / (lu * lv);
}

const sub2 = (a: P, b: P): P => [a[0] - b[0], a[1] - b[1]];

/** The direction a segment leaves its start `from` in, and the direction it arrives at its end in. */
function tangents(from: P, s: Seg): [P, P] {
  if (!s.c1) return [sub2(s.p, from), sub2(s.p, from)];
  const out = dist(s.c1, from) > 0 ? sub2(s.c1, from) : dist(s.c2, from) > 0 ? sub2(s.c2, from) : sub2(s.p, from);
  const inn = dist(s.p, s.c2) > 0 ? sub2(s.p, s.c2) : dist(s.p, s.c1) > 0 ? sub2(s.p, s.c1) : sub2(s.p, from);
  return [out, inn];
}

/** The cubic from `a` through `b`, `c` to `d` split at `t`: the control points of both halves. */
function split(a: P, b: P, c: P, d: P, t: number): [P[], P[]] {
  const ab = lerp(a, b, t);
  const bc = lerp(b, c, t);
  const cd = lerp(c, d, t);
  const abc = lerp(ab, bc, t);
  const bcd = lerp(bc, cd, t);
  const m = lerp(abc, bcd, t);
  return [
    [a, ab, abc, m],
    [m, bcd, cd, d],
  ];
}

/**
 * How far the cubic `q` (four points), taken from parameter `t0` to `t1`, strays from the
 * cubic `c`: at most the largest distance between their control points, since the
 * difference of two cubics is a cubic that stays within its own control points' hull.
 */
function curveError(q: P[], t0: number, t1: number, c: P[]): number {
  let part = q;
  if (t1 < 1) part = split(part[0], part[1], part[2], part[3], t1)[0];
  if (t0 > 0) part = split(part[0], part[1], part[2], part[3], t0 / t1)[1];
  return Math.max(...part.map((p, i) => dist(p, c[i])));
}

/** The point at `t` on the cubic from `a` through `b`, `c` to `d`. */
function at(a: P, b: P, c: P, d: P, t: number): P {
  const u = 1 - t;
  const [w0, w1, w2, w3] = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t];
  return [w0 * a[0] + w1 * b[0] + w2 * c[0] + w3 * d[0], w0 * a[1] + w1 * b[1] + w2 * c[1] + w3 * d[1]];
}

/** The length of a curve's control polygon. */
const hullLength = (from: P, s: Seg & { c1: P }): number => dist(from, s.c1) + dist(s.c1, s.c2) + dist(s.c2, s.p);

/**
 * One cubic for the curves `segs[i..j]` (starting at `from[i]`) that continue one another,
 * or undefined when none is within `tol` of all of them. The curves are taken in one at a
 * time as if the curve so far and the next were the two halves of one curve split where
 * they meet: the split falls in proportion to their handles there, and the outer handles
 * stretch to match. Curves that were one curve, split, become exactly that curve again.
 */
function mergeCurves(segs: Seg[], from: P[], i: number, j: number, tol: number): P[] | undefined {
  const first = segs[i] as Seg & { c1: P };
  let q: P[] = [from[i], first.c1, first.c2, first.p];
  // where each original curve ends along the merged one
  const ends: number[] = [1];
  for (let n = i + 1; n <= j; n++) {
    const s = segs[n];
    if (!s.c1) return undefined;
    const back = dist(q[3], q[2]);
    const on = dist(s.c1, from[n]);
    let t = back + on > 0 ? back / (back + on) : 0;
    if (t <= 0 || t >= 1) {
      // a handle of no length says nothing: share by the curves' lengths instead
      const a = dist(q[0], q[1]) + dist(q[1], q[2]) + back;
      const b = hullLength(from[n], s);
      t = a + b > 0 ? a / (a + b) : 0;
      if (t <= 0 || t >= 1) return undefined;
    }
    q = [q[0], lerp(q[0], q[1], 1 / t), lerp(s.p, s.c2, 1 / (1 - t)), s.p];
    for (let e = 0; e < ends.length; e++) ends[e] *= t;
    ends.push(1);
  }
  // cheap first: each joint must lie within the tolerance of the new curve where it falls
  for (let n = i; n < j; n++) if (dist(at(q[0], q[1], q[2], q[3], ends[n - i]), segs[n].p) > tol) return undefined;
  let t0 = 0;
  for (let n = i; n <= j; n++) {
    const s = segs[n] as Seg & { c1: P };
    if (curveError(q, t0, ends[n - i], [from[n], s.c1, s.c2, s.p]) > tol) return undefined;
    t0 = ends[n - i];
  }
  return q;
}

/**
 * A simplified segment and the original segments `first..last` it stands for (their
 * control points and ends, with its start, hold the original geometry: every
 * simplification is checked against them). A closing line has `first` past the last segment.
 */
interface Piece {
  seg: Seg;
  first: number;
  last: number;
}

/** The largest distance from the original points of `pc` to the segment from `a` to `b`. */
function farthest(sp: Subpath, pc: Piece, a: P, b: P): number {
  if (pc.first >= sp.segs.length) return toSegment(sp.start, a, b);
  let m = 0;
  for (let n = pc.first; n <= pc.last; n++) {
    const s = sp.segs[n];
    if (s.c1) m = Math.max(m, toSegment(s.c1, a, b), toSegment(s.c2, a, b));
    m = Math.max(m, toSegment(s.p, a, b));
  }
  return m;
}

/** Whether turning from direction `u` to `v`, where a stroke of half width `hw` has a sharp end or corner, moves its edge by no more than `tol`. */
const turnOk = (hw: number, tol: number, u: P, v: P): boolean => hw === 0 || turn(u, v) * hw <= tol;

/**
 * Whether the curves `a` (from `fa`) and `b` (from its end) might be drawn as one: the
 * joint must lie within `tol` of the merged curve where it falls. A test without
 * allocation that turns most pairs away before `mergeCurves` builds anything.
 */
function mayMerge(fa: P, a: Seg & { c1: P }, b: Seg & { c1: P }, tol: number): boolean {
  const back = dist(a.p, a.c2);
  const on = dist(b.c1, a.p);
  const t = back + on > 0 ? back / (back + on) : 0;
  if (t <= 0 || t >= 1) return true; // left to mergeCurves' fallback
  // the merged curve's handles, and its point at t
  const u = 1 - t;
  const q1x = fa[0] + (a.c1[0] - fa[0]) / t;
  const q1y = fa[1] + (a.c1[1] - fa[1]) / t;
  const q2x = b.p[0] + (b.c2[0] - b.p[0]) / u;
  const q2y = b.p[1] + (b.c2[1] - b.p[1]) / u;
  const x = u * u * u * fa[0] + 3 * u * u * t * q1x + 3 * u * t * t * q2x + t * t * t * b.p[0];
  const y = u * u * u * fa[1] + 3 * u * u * t * q1y + 3 * u * t * t * q2y + t * t * t * b.p[1];
  const dx = x - a.p[0];
  const dy = y - a.p[1];
  return dx * dx + dy * dy <= tol * tol;
}

/** Step 1: runs of curves that one curve draws within the tolerance (their ends keep their directions). */
function mergeRuns(sp: Subpath, from: P[], tol: number, hw: number): Piece[] {
  const segs = sp.segs;
  const n = segs.length;
  const pieces: Piece[] = [];
  let i = 0;
  while (i < n) {
    const s = segs[i];
    let j = i + 1;
    let best: P[] | undefined;
    while (s.c1 && j < n && segs[j].c1) {
      if (j === i + 1 && !mayMerge(from[i], s as Seg & { c1: P }, segs[j] as Seg & { c1: P }, tol)) break;
      // a sharp corner between them would be lost
      if (hw > 0 && !turnOk(hw, tol, tangents(from[j - 1], segs[j - 1])[1], tangents(from[j], segs[j])[0])) break;
      const q = mergeCurves(segs, from, i, j, tol);
      if (!q) break;
      best = q;
      j++;
    }
    if (best) {
      pieces.push({ seg: { c1: best[1], c2: best[2], p: best[3] }, first: i, last: j - 1 });
      i = j;
    } else {
      pieces.push({ seg: s, first: i, last: i });
      i++;
    }
  }
  return pieces;
}

/** Step 2: curves within the tolerance of their chord become lines, where their ends may turn. */
function flatten(sp: Subpath, pieces: Piece[], tol: number, hw: number): void {
  let cur = sp.start;
  for (const pc of pieces) {
    const s = pc.seg;
    // one original curve is within ¾ of its control points' distance of its chord
    if (s.c1 && farthest(sp, pc, cur, s.p) * (pc.first === pc.last ? 0.75 : 1) <= tol) {
      const chord = sub2(s.p, cur);
      let ok = true;
      if (hw > 0) {
        const [out, inn] = tangents(cur, s);
        ok = turnOk(hw, tol, out, chord) && turnOk(hw, tol, inn, chord);
      }
      if (ok) pc.seg = { p: s.p };
    }
    cur = s.p;
  }
}

/** Whether the lines of `pieces[k..e]`, from `cur`, may be drawn as one line (their corners and the run's ends turning). */
function oneLine(sp: Subpath, pieces: Piece[], k: number, e: number, cur: P, tol: number, hw: number): boolean {
  const end = pieces[e].seg.p;
  for (let m = k; m <= e; m++) if (farthest(sp, pieces[m], cur, end) > tol) return false;
  if (hw === 0) return true;
  const chord = sub2(end, cur);
  if (!turnOk(hw, tol, sub2(pieces[k].seg.p, cur), chord) || !turnOk(hw, tol, sub2(end, pieces[e - 1].seg.p), chord)) return false;
  let prev = cur;
  for (let m = k; m < e; m++) {
    const p = pieces[m].seg.p;
    if (!turnOk(hw, tol, sub2(p, prev), sub2(pieces[m + 1].seg.p, p))) return false;
    prev = p;
  }
  return true;
}

/**
 * A subpath simplified to within `tol` of the original (the same object where nothing
 * changes). `paint` says how much a change of direction at an end or a corner may show (see
 * the file's comment).
 */
export function simplifySubpath(sp: Subpath, tol: number, paint: Paint): Subpath {
  if (tol <= 0 || paint.dashed || sp.segs.length === 0) return sp;
  const hw = paint.sharpHalfWidth;
  const from: P[] = [];
  let cur = sp.start;
  for (const s of sp.segs) {
    from.push(cur);
    cur = s.p;
  }
  const pieces = mergeRuns(sp, from, tol, hw);
  // closing a subpath draws a line back to its start: it may take in the lines before it
  const closing = sp.closed && dist(cur, sp.start) > 0;
  if (closing) pieces.push({ seg: { p: sp.start }, first: sp.segs.length, last: sp.segs.length });
  flatten(sp, pieces, tol, hw);
  // 3. runs of lines that one line draws within the tolerance
  const segs: Seg[] = [];
  cur = sp.start;
  let k = 0;
  while (k < pieces.length) {
    let j = k;
    if (!pieces[k].seg.c1) while (j + 1 < pieces.length && !pieces[j + 1].seg.c1 && oneLine(sp, pieces, k, j + 1, cur, tol, hw)) j++;
    const s = j === k ? pieces[k].seg : { p: pieces[j].seg.p };
    segs.push(s);
    cur = s.p;
    k = j + 1;
  }
  // the line back to the start is drawn by closing
  if (closing && segs.length > 1) segs.pop();
  if (segs.length === sp.segs.length && segs.every((s, i) => s === sp.segs[i])) return sp;
  return { start: sp.start, segs, closed: sp.closed };
}
