/**
 * Where a newly added element goes: the first free slot in reading order (left to right,
 * top to bottom, inside the margins), so added symbols line up instead of piling up.
 */
import type { Editor } from '../editor';
import { elementBounds, pageSizeMm, rectsIntersect } from '../../model/geometry';

const GAP = 6;

/**
 * `textRows`: a text box keeps its row to itself, so a card added after a title goes below
 * it, not beside it (a title beside the first card is not read as the page's heading).
 */
export function nextPlacement(ed: Editor, width: number, height: number, { textRows = false } = {}): { x: number; y: number } {
  const page = pageSizeMm(ed.doc.page);
  const m = ed.doc.page.margin;
  const taken = ed.page.elements.map((e) => {
    const b = elementBounds(e);
    return textRows && e.type === 'text' ? { ...b, x: 0, width: page.width } : b;
  });
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
