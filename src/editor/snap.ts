/**
 * Snapping a moving box to the grid, to other elements' edges and centres, and to the
 * page centre. Pure: millimetres in, an adjusted offset and guide lines out.
 */
import type { Rect } from '../model/geometry';

export interface Guide {
  /** 'v': a vertical line at x = pos; 'h': a horizontal line at y = pos. */
  dir: 'v' | 'h';
  pos: number;
}

export interface SnapResult {
  dx: number;
  dy: number;
  guides: Guide[];
}

export interface SnapOptions {
  /** Other elements' bounds. */
  others: Rect[];
  /** Page size, mm. */
  page: { width: number; height: number };
  /** Grid spacing, mm; 0 for none. */
  grid: number;
  /** How close counts, mm. */
  threshold: number;
}

function best(candidates: number[], targets: number[], threshold: number): { delta: number; pos: number } | null {
  let found: { delta: number; pos: number } | null = null;
  for (const c of candidates) {
    for (const t of targets) {
      const d = t - c;
      if (Math.abs(d) <= threshold && (!found || Math.abs(d) < Math.abs(found.delta))) found = { delta: d, pos: t };
    }
  }
  return found;
}

/** Snaps `moving` (its bounds before the move) moved by (dx, dy). */
export function snapMove(moving: Rect, dx: number, dy: number, o: SnapOptions): SnapResult {
  const x = moving.x + dx;
  const y = moving.y + dy;
  const xs = [x, x + moving.width / 2, x + moving.width];
  const ys = [y, y + moving.height / 2, y + moving.height];
  const tx = [o.page.width / 2];
  const ty = [o.page.height / 2];
  for (const r of o.others) {
    tx.push(r.x, r.x + r.width / 2, r.x + r.width);
    ty.push(r.y, r.y + r.height / 2, r.y + r.height);
  }
  const guides: Guide[] = [];
  let sx = best(xs, tx, o.threshold);
  let sy = best(ys, ty, o.threshold);
  if (sx) guides.push({ dir: 'v', pos: sx.pos });
  if (sy) guides.push({ dir: 'h', pos: sy.pos });
  // fall back to the grid where no guide caught the box
  if (!sx && o.grid > 0) sx = { delta: Math.round(x / o.grid) * o.grid - x, pos: 0 };
  if (!sy && o.grid > 0) sy = { delta: Math.round(y / o.grid) * o.grid - y, pos: 0 };
  return { dx: dx + (sx?.delta ?? 0), dy: dy + (sy?.delta ?? 0), guides };
}
