/** Shape: a rectangle or ellipse. */
import { z } from 'zod';
import { newId } from '../ids';
import { box, colour } from './fields';
import type { ElementModel } from './types';

export const ShapeSchema = z.object({
  ...box,
  type: z.literal('shape'),
  /** Which shape. */
  shape: z.enum(['rect', 'ellipse']),
  /** Fill colour, or null for none. */
  fill: colour.nullable(),
  /** Outline colour, or null for none. */
  stroke: colour.nullable(),
  /** Outline width in mm. */
  strokeWidth: z.number().min(0).max(20),
});

export type Shape = z.infer<typeof ShapeSchema>;

export const shapeModel: ElementModel<Shape> = {
  schema: ShapeSchema,
  inlineField: null,
  create: ({ x, y }) => ({ id: newId('e'), type: 'shape', shape: 'rect', x, y, width: 60, height: 40, rotation: 0, fill: null, stroke: '#1a1a1a', strokeWidth: 0.8 }),
  texts: () => [],
  withTexts: (e) => e,
  symbols: () => [],
  assets: () => [],
};
