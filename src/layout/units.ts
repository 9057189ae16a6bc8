/** Element boxes in points. */
import { mmToPt } from '../model/units';
import type { Element } from '../model/schema';

/** An element's origin and size in points; a line's box is its start and (dx, dy). */
export function elementBoundsPt(e: Element): { x: number; y: number; width: number; height: number } {
  if (e.type === 'line') return { x: mmToPt(e.x), y: mmToPt(e.y), width: mmToPt(e.dx), height: mmToPt(e.dy) };
  return { x: mmToPt(e.x), y: mmToPt(e.y), width: mmToPt(e.width), height: mmToPt(e.height) };
}

export { mmToPt, ptToMm, PT_PER_MM } from '../model/units';
