/** Symbol card: a picture with an optional caption (and its line in the second language). */
import { z } from 'zod';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { box, colour, MODIFIER_VALUES, SymbolRefSchema } from './fields';
import { changedTexts, type ElementModel } from './types';

export const SymbolCardSchema = z.object({
  ...box,
  type: z.literal('symbol'),
  /** The picture. */
  symbol: SymbolRefSchema,
  /** Caption text; empty for none. */
  caption: z.string().max(LIMITS.caption),
  /** The caption in the document's second language; empty when not translated. */
  caption2: z.string().max(LIMITS.caption).default(''),
  /** Where the caption sits. */
  captionPosition: z.enum(['above', 'below', 'none']),
  /** Draw a border round the card. */
  border: z.boolean(),
  /** Card background colour, or null for none. */
  background: colour.nullable(),
  /** Up to two more symbols shown beside the first (house + clock + moon for a curfew). */
  also: z.array(SymbolRefSchema).max(2).default([]),
  /** A mark over the picture. */
  modifier: z.enum(MODIFIER_VALUES).nullable().default(null),
  /**
   * The words the picture was chosen for when it was chosen for them automatically (by a
   * template, or a suggestion taken in one click); absent when a person chose it. When the
   * words change, the editor offers the picture for the new words.
   */
  pictureFor: z.string().max(LIMITS.caption).optional(),
});

export type SymbolCard = z.infer<typeof SymbolCardSchema>;

export const symbolCardModel: ElementModel<SymbolCard> = {
  schema: SymbolCardSchema,
  inlineField: 'caption',
  create: ({ x, y }) => ({
    id: newId('e'),
    type: 'symbol',
    x,
    y,
    width: 50,
    height: 62.5,
    rotation: 0,
    symbol: { set: 'openmoji', id: '1F642' },
    caption: '',
    caption2: '',
    captionPosition: 'below',
    border: false,
    background: null,
    also: [],
    modifier: null,
  }),
  texts: (e) => {
    const shown = e.captionPosition !== 'none';
    return [
      { field: 'caption', text: e.caption, limit: LIMITS.caption, language: 'main', shown, translation: 'caption2' },
      { field: 'caption2', text: e.caption2 ?? '', limit: LIMITS.caption, language: 'second', shown },
    ];
  },
  withTexts: (e, f) => {
    const c = changedTexts(symbolCardModel.texts(e), f);
    return c.size ? { ...e, caption: c.get('caption') ?? e.caption, caption2: c.get('caption2') ?? e.caption2 } : e;
  },
  symbols: (e) => [e.symbol, ...(e.also ?? [])].map((ref, i) => ({ ref, label: e.caption, modifier: i === 0 ? (e.modifier ?? null) : null })),
  assets: () => [],
};
