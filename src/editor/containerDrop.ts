/** Where a symbol dropped on a container goes: before the item nearest the drop point. */
import type { Container } from '../model/schema';
import type { Editor } from './editor';

/** The container under (x, y) mm on the current page, topmost first, and the index to insert at. */
export function containerAt(ed: Editor, x: number, y: number): { container: Container; index: number } | null {
  const hits = ed.page.elements.filter((e): e is Container => e.type === 'container' && x >= e.x && x <= e.x + e.width && y >= e.y && y <= e.y + e.height);
  const c = hits[hits.length - 1];
  if (!c) return null;
  // items run in reading order; approximate their places by spreading them over the box
  const n = c.items.length;
  if (!n) return { container: c, index: 0 };
  const along = c.kind === 'sequence' && c.direction === 'vertical' ? (y - c.y) / c.height : (x - c.x) / c.width;
  const rows = c.kind === 'grid' ? Math.ceil(n / c.columns) : 1;
  const row = c.kind === 'grid' ? Math.min(rows - 1, Math.floor(((y - c.y) / c.height) * rows)) : 0;
  const cols = c.kind === 'grid' ? c.columns : n;
  const index = Math.min(n, row * cols + Math.round(along * cols));
  return { container: c, index };
}
