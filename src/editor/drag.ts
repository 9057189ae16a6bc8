/** Gesture helpers the canvas calls with millimetre values. */
import { elementBounds, pageSizeMm, rectsIntersect, unionRects, type Rect } from '../model/geometry';
import { moveElements, updateElements, type ElementPatch } from '../model/operations';
import { snapMove, type SnapResult } from './snap';
import type { Editor } from './editor';

export type { Rect } from '../model/geometry';
export type { Guide } from './snap';

/** Grid spacing for snapping, mm. */
export const GRID_MM = 5;

/** Snaps a drag of the given elements by (dx, dy) mm. */
export function snapDrag(ed: Editor, ids: readonly string[], dx: number, dy: number, threshold: number, grid: boolean): SnapResult {
  const sel = new Set(ids);
  const moving = unionRects(ed.page.elements.filter((e) => sel.has(e.id)).map(elementBounds));
  if (!moving) return { dx, dy, guides: [] };
  const others = ed.page.elements.filter((e) => !sel.has(e.id)).map(elementBounds);
  return snapMove(moving, dx, dy, { others, page: pageSizeMm(ed.doc.page), grid: grid ? GRID_MM : 0, threshold });
}

/** Ends a drag: one undo step for the whole gesture. */
export function commitDrag(ed: Editor, ids: readonly string[], dx: number, dy: number): void {
  ed.change((d) => moveElements(d, ed.page.id, [...ids], dx, dy));
}

/** Ends a resize/rotate: one undo step. */
export function commitTransform(ed: Editor, patches: Record<string, ElementPatch>): void {
  ed.change((d) => updateElements(d, ed.page.id, patches));
}

/** Elements whose bounds meet a marquee rectangle, in stacking order. */
export function elementsInRect(ed: Editor, r: Rect): string[] {
  return ed.page.elements.filter((e) => rectsIntersect(elementBounds(e), r)).map((e) => e.id);
}

export function pageSize(ed: Editor): { width: number; height: number } {
  return pageSizeMm(ed.doc.page);
}
