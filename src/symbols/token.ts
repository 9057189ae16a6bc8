/**
 * What symbol text works on and gives back: the words of a text with their offsets, and a
 * token (a word or phrase with the picture it shows).
 */
import type { VocabularyPicture } from './vocabulary';

/** What a token shows: a (composed) library picture or one of the profile's photos. */
export type TokenPicture = VocabularyPicture | { photoId: string };

export interface Token {
  /** The text as typed, e.g. "Police station". */
  text: string;
  /** Offsets in the input. */
  start: number;
  end: number;
  /** The normalised form the picture was found under, e.g. "police station". */
  key: string;
  /** The picture shown, or null. */
  picture: TokenPicture | null;
  /** Other pictures to choose from, best first (the shown one excluded). */
  alternatives: VocabularyPicture[];
  /** A grammar word (a, the, of…), skipped in key-words mode. */
  functionWord: boolean;
  /** The sentence forbids or denies this (its picture carries the not-mark). */
  negated?: boolean;
  /** The picture was chosen by the user for this word: the engine leaves it as it is. */
  chosen?: boolean;
  /** A verb too general to picture in key words (give, make, use): a function word there, but still a verb. */
  light?: boolean;
  /** A person (the victim, your mum, the police): who a sentence is about, not what it does. */
  person?: boolean;
}

export interface Word {
  text: string;
  start: number;
  end: number;
  lower: string;
}

/** Words with their offsets; "7pm" splits into "7 pm", apostrophes stay inside words. */
export function words(text: string): Word[] {
  const out: Word[] = [];
  const re = /(\d+)(am|pm)\b|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/giu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1] && m[2]) {
      out.push({ text: m[1], start: m.index, end: m.index + m[1].length, lower: m[1] });
      out.push({ text: m[2], start: m.index + m[1].length, end: m.index + m[0].length, lower: m[2].toLowerCase() });
    } else {
      out.push({ text: m[0], start: m.index, end: m.index + m[0].length, lower: m[0].toLowerCase().replace(/’/g, "'") });
    }
  }
  return out;
}
