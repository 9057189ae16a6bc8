/** Laying out a line or arrow: decoration, with no part a reader meets. */
import { mmToPt } from '../../model/units';
import type { Line } from '../../model/schema';
import type { Prim } from '../scene';
import { arrowHead, arrowInset } from '../drawing';
import type { ElementLayout } from './types';

function layoutLine(e: Line): Prim[] {
  const w = mmToPt(e.strokeWidth);
  const x2 = mmToPt(e.dx);
  const y2 = mmToPt(e.dy);
  const len = Math.hypot(x2, y2) || 1;
  const head = Math.max(8, w * 4);
  // stop the line under the head so its square end does not poke through the point
  const cut = (at: boolean) => (at ? Math.min(arrowInset(head), len / 2) / len : 0);
  const endCut = cut(e.arrow !== 'none');
  const startCut = cut(e.arrow === 'both');
  const prims: Prim[] = [{ t: 'line', points: [x2 * startCut, y2 * startCut, x2 * (1 - endCut), y2 * (1 - endCut)], color: e.color, width: w }];
  if (e.arrow !== 'none') prims.push(arrowHead(x2, y2, 0, 0, head, e.color));
  if (e.arrow === 'both') prims.push(arrowHead(0, 0, x2, y2, head, e.color));
  return prims;
}

export const lineLayout: ElementLayout<Line> = {
  layout: (e) => ({ prims: layoutLine(e), parts: [], overflow: false }),
  pictures: () => [],
};
