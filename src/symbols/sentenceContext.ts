/**
 * The sentences of a text (what senses are chosen from), and the first words of multi-word keys
 * (where a phrase can start): the symboliser's two lookups over a whole text.
 */
import type { Word } from './token';

/** The sentences of a text, with their words and dictionary forms, for choosing senses. */
export class SentenceContext {
  private readonly sentences: { start: number; end: number; words: Set<string>; text: string }[] = [];

  constructor(text: string, ws: readonly Word[], lem: readonly string[]) {
    // (a full stop between digits is not the end of a sentence: "at 10.30", "£2.50")
    const re = /(?:[^.!?۔؟]|\.(?=\d))+[.!?۔؟]*/g;
    // (words are in text order: one pass over them for all the sentences)
    let i = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const words = new Set<string>();
      while (i < ws.length && ws[i].start < start) i++;
      for (; i < ws.length && ws[i].start < end; i++) {
        words.add(ws[i].lower);
        words.add(lem[i]);
      }
      this.sentences.push({ start, end, words, text: ` ${m[0].toLowerCase()} ` });
    }
  }

  /** The sentence around an offset (sentences are in text order: found by halving). */
  around(offset: number): { words: ReadonlySet<string>; text: string } {
    let lo = 0;
    let hi = this.sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.sentences[mid];
      if (offset < s.start) hi = mid - 1;
      else if (offset >= s.end) lo = mid + 1;
      else return s;
    }
    return { words: new Set(), text: '' };
  }
}

/** First words of the multi-word keys among these. */
export function phraseHeads(keys: Iterable<string>): Set<string> {
  const heads = new Set<string>();
  for (const k of keys) {
    const space = k.indexOf(' ');
    if (space > 0) heads.add(k.slice(0, space));
  }
  return heads;
}
