/** Symbol text: text in which each word or phrase can carry a picture (above each word, or Easy Read rows). */
import { z } from 'zod';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { box, ComposedPictureSchema, ownRecord } from './fields';
import { changedTexts, type ElementModel } from './types';

export const SymbolTextSchema = z.object({
  ...box,
  type: z.literal('symtext'),
  /** The text as written. */
  text: z.string().max(LIMITS.symbolText),
  /** A picture above each word, or Easy Read: one picture then one sentence, a row each. */
  layout: z.enum(['above', 'easy-read']),
  /** Word size in points. */
  fontSize: z.number().min(LIMITS.symbolFontSize.min).max(LIMITS.symbolFontSize.max),
  /** Pictures chosen in this document, by word (its dictionary form); null means none. */
  choices: ownRecord(z.string().max(200), ComposedPictureSchema.nullable()).default({}),
});

export type SymbolText = z.infer<typeof SymbolTextSchema>;

export const symbolTextModel: ElementModel<SymbolText> = {
  schema: SymbolTextSchema,
  inlineField: 'text',
  create: ({ x, y }) => ({ id: newId('e'), type: 'symtext', x, y, width: 160, height: 80, rotation: 0, text: '', layout: 'above', fontSize: 16, choices: {} }),
  texts: (e) => [{ field: 'text', text: e.text, limit: LIMITS.symbolText, language: 'main', shown: true }],
  withTexts: (e, f) => {
    const c = changedTexts(symbolTextModel.texts(e), f);
    return c.size ? { ...e, text: c.get('text') ?? e.text } : e;
  },
  // the pictures chosen in this document; the ones the engine picks are layout's to say
  symbols: (e) => Object.entries(e.choices).flatMap(([word, p]) => (p ? p.ids.map((id) => ({ ref: { set: p.set, id }, label: word.replace(/#\d+$/, ''), modifier: p.modifier ?? null })) : [])),
  assets: () => [],
};
