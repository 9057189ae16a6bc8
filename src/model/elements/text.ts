/** Text box: a block of text (and its line in the second language). */
import { z } from 'zod';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { box, colour } from './fields';
import { changedTexts, type ElementModel } from './types';

export const TextBoxSchema = z.object({
  ...box,
  type: z.literal('text'),
  /** The text; newlines start new paragraphs. */
  text: z.string().max(LIMITS.text),
  /** The text in the document's second language; empty when not translated. */
  text2: z.string().max(LIMITS.text).default(''),
  /** Font size in points. */
  fontSize: z.number().min(LIMITS.textFontSize.min).max(LIMITS.textFontSize.max),
  /** Bold face. */
  bold: z.boolean(),
  /** Horizontal alignment. */
  align: z.enum(['left', 'center', 'right']),
  /** Text colour. */
  color: colour,
});

export type TextBox = z.infer<typeof TextBoxSchema>;

export const textBoxModel: ElementModel<TextBox> = {
  schema: TextBoxSchema,
  inlineField: 'text',
  create: ({ x, y }) => ({ id: newId('e'), type: 'text', x, y, width: 90, height: 20, rotation: 0, text: '', text2: '', fontSize: 18, bold: false, align: 'left', color: '#1a1a1a' }),
  texts: (e) => [
    { field: 'text', text: e.text, limit: LIMITS.text, language: 'main', shown: true, translation: 'text2' },
    { field: 'text2', text: e.text2 ?? '', limit: LIMITS.text, language: 'second', shown: true },
  ],
  withTexts: (e, f) => {
    const c = changedTexts(textBoxModel.texts(e), f);
    return c.size ? { ...e, text: c.get('text') ?? e.text, text2: c.get('text2') ?? e.text2 } : e;
  },
  symbols: () => [],
  assets: () => [],
};
