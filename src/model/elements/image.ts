/** Image: a photo or picture of the user's own, stored once in the document's assets. */
import { z } from 'zod';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { box } from './fields';
import { changedTexts, type ElementModel } from './types';

export const ImageElementSchema = z.object({
  ...box,
  type: z.literal('image'),
  /** The asset shown. */
  assetId: z.string().min(1).max(64),
  /** Show it whole, or cropped to a square or a circle from its centre. */
  crop: z.enum(['none', 'square', 'circle']),
  /** What the photo shows, in words: read out by screen readers and the phone page; absent or empty when not written. */
  description: z.string().max(LIMITS.description).optional(),
});

export type ImageElement = z.infer<typeof ImageElementSchema>;

export const imageModel: ElementModel<ImageElement> = {
  schema: ImageElementSchema,
  inlineField: null,
  create: ({ x, y }) => ({ id: newId('e'), type: 'image', x, y, width: 60, height: 60, rotation: 0, assetId: 'none', crop: 'none', description: '' }),
  // not printed, but read out: words to avoid are checked in it too
  texts: (e) => [{ field: 'description', text: e.description ?? '', limit: LIMITS.description, language: 'main', shown: true }],
  withTexts: (e, f) => {
    const c = changedTexts(imageModel.texts(e), f);
    return c.size ? { ...e, description: c.get('description') ?? e.description } : e;
  },
  symbols: () => [],
  assets: (e) => [e.assetId],
};
