/**
 * Choices made in a document for the pictures of its words. A choice stored under a word's
 * key (its dictionary form, "park") applies to every use of the word; one stored under
 * `key#n` applies only to the n-th use of that key in the text (0-based) and wins over it.
 */
import type { VocabularyPicture } from './vocabulary';

/** The key a choice for the n-th use (0-based) of `key` only is stored under. */
export function occurrenceKey(key: string, n: number): string {
  return `${key}#${n}`;
}

/** Whether a stored choice key is one for a single use of `key` (any occurrence). */
export function isOccurrenceOf(choiceKey: string, key: string): boolean {
  return choiceKey.startsWith(`${key}#`) && /^\d+$/.test(choiceKey.slice(key.length + 1));
}

/**
 * The choice for the n-th use of `key`: its own choice first, then the one for every use.
 * `undefined` when nothing was chosen; `null` when "no picture" was.
 */
export function choiceFor<P = VocabularyPicture>(
  choices: Readonly<Record<string, P | null>> | undefined,
  key: string,
  n: number,
): P | null | undefined {
  if (!choices) return undefined;
  const own = occurrenceKey(key, n);
  // own keys only: a word such as "constructor" must not find Object.prototype's
  if (Object.hasOwn(choices, own)) return choices[own];
  if (Object.hasOwn(choices, key)) return choices[key];
  return undefined;
}

/** Each token's occurrence number: how many tokens before it have the same key. */
export function occurrences(tokens: readonly { key: string }[]): number[] {
  const seen = new Map<string, number>();
  return tokens.map((t) => {
    const n = seen.get(t.key) ?? 0;
    seen.set(t.key, n + 1);
    return n;
  });
}
