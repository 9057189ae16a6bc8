/** Laying out a rectangle or ellipse: decoration, with no part a reader meets. */
import { mmToPt } from '../../model/units';
import type { Shape } from '../../model/schema';
import type { ElementLayout } from './types';

export const shapeLayout: ElementLayout<Shape> = {
  layout: (e, w, h) => ({ prims: [{ t: e.shape, x: 0, y: 0, w, h, fill: e.fill, stroke: e.stroke, strokeWidth: mmToPt(e.strokeWidth) }], parts: [], overflow: false }),
  pictures: () => [],
};
