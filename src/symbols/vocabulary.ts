/** Types of the curated vocabulary the build writes to `generated/vocabulary/<lang>.json`. */

export const MODIFIERS = ['not', 'question', 'plus', 'past', 'future'] as const;
/** A mark drawn over any symbol: a red bar, a question mark, a plus, or a past/future arrow. */
export type Modifier = (typeof MODIFIERS)[number];

/** One picture for a term: one to three symbols of a set, and perhaps a modifier. */
export interface VocabularyPicture {
  /** Set id (the curated vocabulary uses `openmoji`). */
  set: string;
  /** Symbol ids, shown side by side. */
  ids: string[];
  modifier?: Modifier;
}

/** Coarse part of speech of a sense (see tagger.ts). */
export type SensePos = 'noun' | 'verb' | 'adj' | 'adv';

/** One meaning of a word whose picture depends on the sentence ("break" a rule, have a "break"). */
export interface Sense {
  /** Part of speech it has in a sentence, when that tells it apart. */
  pos?: SensePos;
  /** Its picture, or null where no picture fits (then the word shows none). */
  picture: VocabularyPicture | null;
  /** A few words that say which sense this is, for the word picker. */
  gloss: string;
  /** Words or phrases that, found in the same sentence, select this sense. */
  context: string[];
  /** Taken when the sentence gives no sign either way. */
  default?: boolean;
}

export interface VocabularyTerm {
  /** The word or phrase, lower case. */
  term: string;
  category: string;
  /** Best first; later ones are alternatives (homographs such as "fine"). */
  pictures: VocabularyPicture[];
  /** In a translated vocabulary: the English term this translates. */
  source?: string;
  /** In a translated vocabulary: whether a native speaker has reviewed the translation. */
  reviewed?: boolean;
  /** Meanings chosen by the sentence; when present they decide the picture. */
  senses?: Sense[];
}

export interface VocabularyFile {
  version: 1;
  language: string;
  terms: VocabularyTerm[];
}

/** `generated/vocabulary/index.json`: the languages that have a curated vocabulary. */
export interface VocabularyIndex {
  version: 1;
  languages: string[];
}

/**
 * OpenMoji symbols that already say "no" or "stop" (raised hand, prohibited, no entry, cross
 * mark, stop sign, person gesturing no): the not-mark over one of them reads as a double
 * negative ("do not stop"), so the not-mark belongs on what is forbidden instead.
 */
const SAYS_NO = new Set(['270B', '1F6AB', '26D4', '274C', '274E', '1F6D1', '1F645', '1F645-200D-2640-FE0F', '1F645-200D-2642-FE0F']);

/** The picture without a not-mark that would cross out a "no" or "stop" sign. */
export function withoutDoubleNegative<P extends VocabularyPicture | null>(p: P): P {
  if (!p || p.modifier !== 'not' || !p.ids.every((id) => SAYS_NO.has(id))) return p;
  const { modifier: _, ...rest } = p;
  return rest as P;
}

/** A curated vocabulary whose pictures never cross out a "no" or "stop" sign. */
export function withoutDoubleNegatives(file: VocabularyFile): VocabularyFile {
  return {
    ...file,
    terms: file.terms.map((t) => ({
      ...t,
      pictures: t.pictures.map(withoutDoubleNegative),
      ...(t.senses ? { senses: t.senses.map((s) => ({ ...s, picture: withoutDoubleNegative(s.picture) })) } : {}),
    })),
  };
}
