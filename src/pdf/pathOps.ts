/**
 * A symbol's path as PDF path operators in whole form units, in one pass over its SVG path
 * data (the build has already simplified it: `symbols/optimise.ts`), with PDF's shorter
 * forms wherever the rounded numbers allow them exactly.
 *
 * Every export runs in a fresh worker, where this code starts interpreted: it is one loop
 * with its arithmetic written out, not a chain of small functions.
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
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) to PDF path
 * operators in form units of `k` per unit; quadratic curves become cubic. In whole form
 * units a curve whose first control point is its start is written `v`, one whose second is
 * its end `y`, one whose control points are its ends a line, a rectangle `re`, and a segment
 * that goes nowhere is left out (unless it is all its subpath draws: a dot), as is a closed
 * subpath's last line back to its start (closing draws it).
 */
export function formPathOps(d: string, k: number, o: PathOptions = {}): string {
  const t = d.match(TOKENS) ?? [];
  const ox = o.origin ? o.origin[0] : 0;
  const oy = o.origin ? o.origin[1] : 0;
  const b = o.bounds ?? [0, 0, 0, 0];
  const rects = !o.dashed;
  let out = '';
  // the subpath being written: its start, its operators, its corners while it has only lines
  let open = false;
  let sx = 0;
  let sy = 0;
  let ops = '';
  let corners: number[] | undefined;
  // the current point in form units, and in path units (for quadratics) with the subpath's start
  let cx = 0;
  let cy = 0;
  let fx = 0;
  let fy = 0;
  let fsx = 0;
  let fsy = 0;
  let cmd = '';
  let i = 0;
  const n = t.length;
  const end = (closed: boolean) => {
    if (!open) return;
    open = false;
    const rect = corners && rectangle(corners, closed || !!o.fillOnly);
    // a lone point still draws (a dot, with round caps)
    out += (out ? '\n' : '') + (rect ?? `${sx} ${sy} m${ops || `\n${sx} ${sy} l`}${closed ? '\nh' : ''}`);
  };
  while (i < n) {
    const c = t[i].charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      cmd = t[i++];
      if (cmd === 'Z' || cmd === 'z') {
        end(true);
        cx = sx;
        cy = sy;
        fx = fsx;
        fy = fsy;
        continue;
      }
      if (i >= n) break;
    }
    if (cmd === 'M') {
      end(false);
      fx = fsx = +t[i];
      fy = fsy = +t[i + 1];
      cx = sx = Math.round((fx - ox) * k) || 0;
      cy = sy = Math.round((fy - oy) * k) || 0;
      if (sx < b[0]) b[0] = sx;
      if (sy < b[1]) b[1] = sy;
      if (sx > b[2]) b[2] = sx;
      if (sy > b[3]) b[3] = sy;
      open = true;
      ops = '';
      corners = rects ? [sx, sy] : undefined;
      cmd = 'L'; // further pairs after M are lines
      i += 2;
      continue;
    }
    if (!open) {
      // drawing on after Z starts a new subpath where the last one started
      open = true;
      ops = '';
      corners = rects ? [sx, sy] : undefined;
    }
    let x1 = 0;
    let y1 = 0;
    let x2 = 0;
    let y2 = 0;
    let curve = false;
    let step = 2;
    if (cmd === 'C') {
      x1 = Math.round((+t[i] - ox) * k) || 0;
      y1 = Math.round((+t[i + 1] - oy) * k) || 0;
      x2 = Math.round((+t[i + 2] - ox) * k) || 0;
      y2 = Math.round((+t[i + 3] - oy) * k) || 0;
      fx = +t[i + 4];
      fy = +t[i + 5];
      curve = true;
      step = 6;
    } else if (cmd === 'Q') {
      const qx = +t[i];
      const qy = +t[i + 1];
      const ex = +t[i + 2];
      const ey = +t[i + 3];
      x1 = Math.round((fx + (2 / 3) * (qx - fx) - ox) * k) || 0;
      y1 = Math.round((fy + (2 / 3) * (qy - fy) - oy) * k) || 0;
      x2 = Math.round((ex + (2 / 3) * (qx - ex) - ox) * k) || 0;
      y2 = Math.round((ey + (2 / 3) * (qy - ey) - oy) * k) || 0;
      fx = ex;
      fy = ey;
      curve = true;
      step = 4;
    } else if (cmd === 'L') {
      fx = +t[i];
      fy = +t[i + 1];
    } else {
      throw new Error(`Unsupported path command ${cmd}`);
    }
    const x = Math.round((fx - ox) * k) || 0;
    const y = Math.round((fy - oy) * k) || 0;
    // a curve whose handles sit on its ends is the straight line between them
    if (curve && (x1 !== cx || y1 !== cy || x2 !== x || y2 !== y)) {
      if (x1 < b[0]) b[0] = x1;
      if (y1 < b[1]) b[1] = y1;
      if (x1 > b[2]) b[2] = x1;
      if (y1 > b[3]) b[3] = y1;
      if (x2 < b[0]) b[0] = x2;
      if (y2 < b[1]) b[1] = y2;
      if (x2 > b[2]) b[2] = x2;
      if (y2 > b[3]) b[3] = y2;
      corners = undefined;
      if (x1 === cx && y1 === cy) ops += `\n${x2} ${y2} ${x} ${y} v`;
      else if (x2 === x && y2 === y) ops += `\n${x1} ${y1} ${x} ${y} y`;
      else ops += `\n${x1} ${y1} ${x2} ${y2} ${x} ${y} c`;
    } else if (x !== cx || y !== cy) {
      corners?.push(x, y);
      // the last line back to the start of a subpath about to close is drawn by closing
      const closes = t[i + step] === 'Z' || t[i + step] === 'z';
      if (!(closes && x === sx && y === sy && ops)) ops += `\n${x} ${y} l`;
    }
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
    cx = x;
    cy = y;
    i += step;
  }
  end(false);
  return out;
}
