/** Geometry of elements in page millimetres. */
import { PAGE_SIZES } from './units';
import type { Element, PageSetup } from './schema';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Page size in mm after orientation. */
export function pageSizeMm(setup: PageSetup): { width: number; height: number } {
  const s = PAGE_SIZES[setup.size];
  return setup.orientation === 'portrait' ? { width: s.width, height: s.height } : { width: s.height, height: s.width };
}

/** Axis-aligned bounds of an element, rotation included. */
export function elementBounds(e: Element): Rect {
  if (e.type === 'line') {
    return { x: Math.min(e.x, e.x + e.dx), y: Math.min(e.y, e.y + e.dy), width: Math.abs(e.dx), height: Math.abs(e.dy) };
  }
  if (!e.rotation) return { x: e.x, y: e.y, width: e.width, height: e.height };
  const r = (e.rotation * Math.PI) / 180;
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  const pts = [
    [0, 0],
    [e.width, 0],
    [0, e.height],
    [e.width, e.height],
  ].map(([px, py]) => [e.x + px * cos - py * sin, e.y + px * sin + py * cos]);
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  const x = Math.min(...xs);
  const y = Math.min(...ys);
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
}

export function unionRects(rects: Rect[]): Rect | null {
  if (!rects.length) return null;
  const x = Math.min(...rects.map((r) => r.x));
  const y = Math.min(...rects.map((r) => r.y));
  const x2 = Math.max(...rects.map((r) => r.x + r.width));
  const y2 = Math.max(...rects.map((r) => r.y + r.height));
  return { x, y, width: x2 - x, height: y2 - y };
}

export function rectsIntersect(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
