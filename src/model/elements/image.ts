/** Image: a photo or picture of the user's own, stored once in the document's assets. */
import { z } from 'zod';
import { newId } from '../ids';
import { box } from './fields';
import type { ElementModel } from './types';

export const ImageElementSchema = z.object({
  ...box,
  type: z.literal('image'),
  /** The asset shown. */
  assetId: z.string().min(1).max(64),
  /** Show it whole, or cropped to a square or a circle from its centre. */
  crop: z.enum(['none', 'square', 'circle']),
});

export type ImageElement = z.infer<typeof ImageElementSchema>;

export const imageModel: ElementModel<ImageElement> = {
  schema: ImageElementSchema,
  inlineField: null,
  create: ({ x, y }) => ({ id: newId('e'), type: 'image', x, y, width: 60, height: 60, rotation: 0, assetId: 'none', crop: 'none' }),
  texts: () => [],
  withTexts: (e) => e,
  symbols: () => [],
  assets: (e) => [e.assetId],
};
