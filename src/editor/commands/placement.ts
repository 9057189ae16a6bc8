/**
 * Where a newly added element goes: the first free slot in reading order (left to right,
 * top to bottom, inside the margins), so added symbols line up instead of piling up.
 */
import type { Editor } from '../editor';
import { elementBounds, pageSizeMm, rectsIntersect } from '../../model/geometry';

const GAP = 6;

export function nextPlacement(ed: Editor, width: number, height: number): { x: number; y: number } {
  const page = pageSizeMm(ed.doc.page);
  const m = ed.doc.page.margin;
  const taken = ed.page.elements.map(elementBounds);
  for (let y = m; y + height <= page.height - m; y += height + GAP) {
    for (let x = m; x + width <= page.width - m; x += width + GAP) {
      const slot = { x: x - GAP / 2, y: y - GAP / 2, width: width + GAP, height: height + GAP };
      if (!taken.some((r) => rectsIntersect(r, slot))) return { x, y };
    }
  }
  // the page is full: cascade from the top-left so the new element is still visible
  const step = (ed.page.elements.length % 10) * 5;
  return { x: m + step, y: m + step };
}
