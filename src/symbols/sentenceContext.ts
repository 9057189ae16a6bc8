/**
 * The sentences of a text (what senses are chosen from), and the first words of multi-word keys
 * (where a phrase can start): the symboliser's two lookups over a whole text.
 */
import type { Word } from './token';

/** The most words a sentence is read in at once (a plain-English sentence has fewer than 40). */
const LONGEST = 80;

/** The sentences of a text, with their words and dictionary forms, for choosing senses. */
export class SentenceContext {
  private readonly sentences: { start: number; end: number; words: Set<string>; text: string }[] = [];

  constructor(text: string, ws: readonly Word[], lem: readonly string[]) {
    // (a full stop between digits is not the end of a sentence: "at 10.30", "£2.50")
    const re = /(?:[^.!?۔؟]|\.(?=\d))+[.!?۔؟]*/g;
    // (words are in text order: one pass over them for all the sentences)
    let i = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const end = m.index + m[0].length;
      while (i < ws.length && ws[i].start < m.index) i++;
      // (a "sentence" of more than LONGEST words, a text with no full stops, is read in parts of
      // that many words: senses look for phrases in their sentence, and one huge sentence made
      // that quadratic)
      for (let start = m.index; start < end; ) {
        const words = new Set<string>();
        let n = 0;
        for (; i < ws.length && ws[i].start < end && n < LONGEST; i++, n++) {
          words.add(ws[i].lower);
          words.add(lem[i]);
        }
        const stop = i < ws.length && ws[i].start < end ? ws[i].start : end;
        this.sentences.push({ start, end: stop, words, text: ` ${text.slice(start, stop).toLowerCase()} ` });
        start = stop;
      }
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
