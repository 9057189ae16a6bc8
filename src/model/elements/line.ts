/** Line: a straight line or arrow from (x, y) to (x + dx, y + dy). */
import { z } from 'zod';
import { newId } from '../ids';
import { colour, elementId, mm } from './fields';
import type { ElementModel } from './types';

export const LineSchema = z.object({
  /** Unique within the document. */
  id: elementId,
  type: z.literal('line'),
  /** Start, mm from the page's left edge. */
  x: mm,
  /** Start, mm from the page's top edge. */
  y: mm,
  /** End minus start, horizontally, in mm. */
  dx: mm,
  /** End minus start, vertically, in mm. */
  dy: mm,
  /** Arrow heads. */
  arrow: z.enum(['none', 'end', 'both']),
  /** Line colour. */
  color: colour,
  /** Line width in mm. */
  strokeWidth: z.number().min(0.1).max(20),
});

export type Line = z.infer<typeof LineSchema>;

export const lineModel: ElementModel<Line> = {
  schema: LineSchema,
  inlineField: null,
  create: ({ x, y }) => ({ id: newId('e'), type: 'line', x, y, dx: 50, dy: 0, arrow: 'end', color: '#1a1a1a', strokeWidth: 1.2 }),
  texts: () => [],
  withTexts: (e) => e,
  symbols: () => [],
  assets: () => [],
};
