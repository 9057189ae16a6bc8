/**
 * A symbol's path as PDF path operators in whole form units, in one pass over its SVG path
 * data (the build has already simplified it: `symbols/optimise.ts`), with PDF's shorter
 * forms wherever the rounded numbers allow them exactly.
 */

/** A coordinate in form units (`k` per symbol unit): an integer. */
export const unit = (n: number, k: number): number => {
  const r = Math.round(n * k);
  return r === 0 ? 0 : r; // never -0
};

/** How a path is to be written. */
export interface PathOptions {
  /** Where form unit 0 is, in the path's units (the symbol's middle: numbers either side of it are shorter). */
  origin?: readonly [number, number];
  /** Whether an open subpath may be written closed (it is only filled, which closes it anyway). */
  fillOnly?: boolean;
  /** Whether it is dashed (a rectangle would start its dashes elsewhere). */
  dashed?: boolean;
  /** Widened to hold every point written (control points too), form units: [x0, y0, x1, y1]. */
  bounds?: number[];
}

/**
 * The rectangle a subpath of four corners draws, as `re` operands, or undefined. `re` draws
 * from its corner along x first, so a rectangle drawn along y first starts one corner on,
 * keeping its direction (which decides how it fills against other subpaths).
 */
function rectangle(pts: number[], closed: boolean): string | undefined {
  if (pts.length === 10 && pts[8] === pts[0] && pts[9] === pts[1]) pts = pts.slice(0, 8);
  if (pts.length !== 8 || !closed) return undefined;
  const [ax, ay, bx, by, cx, cy, dx, dy] = pts;
  if (ay === by && bx === cx && cy === dy && dx === ax && ax !== bx && by !== cy) return `${ax} ${ay} ${bx - ax} ${cy - by} re`;
  if (ax === bx && by === cy && cx === dx && dy === ay && ay !== by && bx !== cx) return `${bx} ${by} ${cx - bx} ${dy - cy} re`;
  return undefined;
}

/** Path commands and numbers. */
const TOKENS = /[A-DF-Za-df-z]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/**
 * Writes one path's operators as its segments come. Every export runs in a fresh worker,
 * where this code starts interpreted: the arithmetic is written out, not spread over small
 * functions.
 */
class PathWriter {
  out = '';
  /** The subpath being written: whether there is one, its start, its operators, its corners while it has only lines. */
  private open = false;
  private sx = 0;
  private sy = 0;
  private ops = '';
  private corners: number[] | undefined;
  /** The current point in form units, and in path units (for quadratics) with the subpath's start. */
  private cx = 0;
  private cy = 0;
  fx = 0;
  fy = 0;
  private fsx = 0;
  private fsy = 0;

  constructor(
    private readonly k: number,
    private readonly ox: number,
    private readonly oy: number,
    private readonly o: PathOptions,
    private readonly b: number[],
  ) {}

  /** Widens the bounds to hold (x, y), form units. */
  private hold(x: number, y: number): void {
    const b = this.b;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
  }

  /** Ends the subpath being written, closed or not. */
  end(closed: boolean): void {
    if (!this.open) return;
    this.open = false;
    const rect = this.corners && rectangle(this.corners, closed || !!this.o.fillOnly);
    // a lone point still draws (a dot, with round caps)
    const { sx, sy } = this;
    this.out += (this.out ? '\n' : '') + (rect ?? `${sx} ${sy} m${this.ops || `\n${sx} ${sy} l`}${closed ? '\nh' : ''}`);
    if (closed) [this.cx, this.cy, this.fx, this.fy] = [sx, sy, this.fsx, this.fsy];
  }

  /** Starts a subpath at (fx, fy), path units; without a point, where the last one started (drawing on after Z). */
  move(fx?: number, fy?: number): void {
    this.end(false);
    if (fx !== undefined && fy !== undefined) {
      [this.fx, this.fy, this.fsx, this.fsy] = [fx, fy, fx, fy];
      this.sx = this.cx = Math.round((fx - this.ox) * this.k) || 0;
      this.sy = this.cy = Math.round((fy - this.oy) * this.k) || 0;
      this.hold(this.sx, this.sy);
    }
    this.open = true;
    this.ops = '';
    this.corners = this.o.dashed ? undefined : [this.sx, this.sy];
  }

  /** Whether a subpath is being written. */
  get drawing(): boolean {
    return this.open;
  }

  /**
   * A segment to (fx, fy), path units: a line, or a curve with control points (x1, y1),
   * (x2, y2) already in form units. `closes`: the subpath closes straight after it.
   */
  segment(fx: number, fy: number, curve: boolean, x1: number, y1: number, x2: number, y2: number, closes: boolean): void {
    [this.fx, this.fy] = [fx, fy];
    const x = Math.round((fx - this.ox) * this.k) || 0;
    const y = Math.round((fy - this.oy) * this.k) || 0;
    const { cx, cy } = this;
    // a curve whose handles sit on its ends is the straight line between them
    if (curve && (x1 !== cx || y1 !== cy || x2 !== x || y2 !== y)) {
      this.hold(x1, y1);
      this.hold(x2, y2);
      this.corners = undefined;
      if (x1 === cx && y1 === cy) this.ops += `\n${x2} ${y2} ${x} ${y} v`;
      else if (x2 === x && y2 === y) this.ops += `\n${x1} ${y1} ${x} ${y} y`;
      else this.ops += `\n${x1} ${y1} ${x2} ${y2} ${x} ${y} c`;
    } else if (x !== cx || y !== cy) {
      this.corners?.push(x, y);
      // the last line back to the start of a subpath about to close is drawn by closing
      if (!(closes && x === this.sx && y === this.sy && this.ops)) this.ops += `\n${x} ${y} l`;
    }
    this.hold(x, y);
    [this.cx, this.cy] = [x, y];
  }

  /** A coordinate in form units from the origin: x when `isX`, else y. */
  at(v: number, isX: boolean): number {
    return Math.round((v - (isX ? this.ox : this.oy)) * this.k) || 0;
  }
}

/**
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) to PDF path
 * operators in form units of `k` per unit; quadratic curves become cubic. In whole form
 * units a curve whose first control point is its start is written `v`, one whose second is
 * its end `y`, one whose control points are its ends a line, a rectangle `re`, and a segment
 * that goes nowhere is left out (unless it is all its subpath draws: a dot), as is a closed
 * subpath's last line back to its start (closing draws it).
 */
export function formPathOps(d: string, k: number, o: PathOptions = {}): string {
  const t = d.match(TOKENS) ?? [];
  const w = new PathWriter(k, o.origin ? o.origin[0] : 0, o.origin ? o.origin[1] : 0, o, o.bounds ?? [0, 0, 0, 0]);
  let cmd = '';
  let i = 0;
  const n = t.length;
  const closesAt = (j: number) => t[j] === 'Z' || t[j] === 'z';
  while (i < n) {
    const c = t[i].charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      cmd = t[i++];
      if (cmd === 'Z' || cmd === 'z') {
        w.end(true);
        continue;
      }
      if (i >= n) break;
    }
    if (cmd === 'M') {
      w.move(+t[i], +t[i + 1]);
      cmd = 'L'; // further pairs after M are lines
      i += 2;
      continue;
    }
    if (!w.drawing) w.move();
    if (cmd === 'L') {
      w.segment(+t[i], +t[i + 1], false, 0, 0, 0, 0, closesAt(i + 2));
      i += 2;
    } else if (cmd === 'C') {
      w.segment(+t[i + 4], +t[i + 5], true, w.at(+t[i], true), w.at(+t[i + 1], false), w.at(+t[i + 2], true), w.at(+t[i + 3], false), closesAt(i + 6));
      i += 6;
    } else if (cmd === 'Q') {
      const [qx, qy, x, y] = [+t[i], +t[i + 1], +t[i + 2], +t[i + 3]];
      w.segment(x, y, true, w.at(w.fx + (2 / 3) * (qx - w.fx), true), w.at(w.fy + (2 / 3) * (qy - w.fy), false), w.at(x + (2 / 3) * (qx - x), true), w.at(y + (2 / 3) * (qy - y), false), closesAt(i + 4));
      i += 4;
    } else {
      throw new Error(`Unsupported path command ${cmd}`);
    }
  }
  w.end(false);
  return w.out;
}
