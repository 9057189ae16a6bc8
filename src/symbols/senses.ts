/**
 * Choosing a word's sense from its sentence: its part of speech, then the other words.
 * When nothing in the sentence says which sense is meant, the word gets no picture and
 * its senses are offered instead: a wrong picture on a bail condition is worse than none.
 */
import type { Pos } from './tagger';
import type { Sense } from './vocabulary';

/** What the sentence says about a word: its part of speech, its words and its text. */
export interface SenseContext {
  pos?: Pos;
  /** The part of speech is certain, so only its senses may be chosen. */
  posSure?: boolean;
  /** Lower-case words and dictionary forms of the sentence. */
  words: ReadonlySet<string>;
  /** The sentence, lower case, for context phrases. */
  sentence: string;
}

/** Whether a phrase stands in the sentence as whole words ("miss you" is not in "miss your"). */
function hasPhrase(sentence: string, phrase: string): boolean {
  for (let i = sentence.indexOf(phrase); i >= 0; i = sentence.indexOf(phrase, i + 1)) {
    const before = sentence[i - 1] ?? ' ';
    const after = sentence[i + phrase.length] ?? ' ';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

const score = (s: Sense, c: SenseContext) => s.context.reduce((n, w) => n + (w.includes(' ') ? (hasPhrase(c.sentence, w) ? 2 : 0) : c.words.has(w) ? 1 : 0), 0);

/** The sense the sentence selects, or null when it is not clear. */
export function chooseSense(senses: readonly Sense[], c: SenseContext): Sense | null {
  const byPos = c.pos && senses.some((s) => s.pos === c.pos) ? senses.filter((s) => !s.pos || s.pos === c.pos) : senses;
  const best = (list: readonly Sense[]) => {
    const scored = list.map((s) => ({ s, n: score(s, c) })).sort((a, b) => b.n - a.n);
    return scored.length && scored[0].n > 0 && (scored.length === 1 || scored[1].n < scored[0].n) ? scored[0].s : null;
  };
  // the words of the sentence first; they can overrule a tagger's guess ("chairs the review")
  const chosen = best(byPos) ?? (c.posSure && byPos.length < senses.length ? null : best(senses));
  if (chosen) return chosen;
  // the part of speech alone decided it ("have a break": the only noun sense)
  if (byPos.length === 1 && byPos.length < senses.length) return byPos[0];
  return byPos.find((s) => s.default) ?? null;
}
