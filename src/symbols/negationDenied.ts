/**
 * What a denial reaches when it does not forbid: news that comes later ("won't hear about it for
 * weeks"), what is not needed or not required ("you don't need a suit", "you don't have to go"),
 * a time denied ("not Monday morning"), a telling that did not happen, and the passive's "at".
 * negation.ts decides when each applies; these mark the roles.
 */
import type { NegationRole, NegationToken } from './negation';
import { writtenWords, type NegationRules } from './negationRules';
import { BE_PAST, DELAYS, HEARING, NEEDED, NEEDING } from './negationWords';

/** "won't hear about a court date for weeks", "won't know for a few days": news that comes later, not never. */
export function notYet(tokens: readonly NegationToken[], roles: NegationRole[], j: number): boolean {
  if (!HEARING.has(tokens[j].words[0])) return false;
  for (let k = j; k < tokens.length && k < j + 8 && !tokens[k].clauseEnd; k++) {
    if (tokens[k].words[0] === 'for' && DELAYS.test(tokens.slice(k + 1, k + 4).map((t) => writtenWords(t).join(' ')).join(' '))) {
      roles[j] = 'negated';
      return true;
    }
  }
  return false;
}

/** "weren't read out at the review", "wasn't seen at the clinic": after a passive, "at" says where, not what. */
export function passiveAction(tokens: readonly NegationToken[], a: number): boolean {
  return BE_PAST.has(writtenWords(tokens[a - 1])[0] ?? '') && /(?:ed|en|wn|ne|t|d)$/.test(writtenWords(tokens[a])[0] ?? '');
}

/** "you don't need a suit": what is not needed is crossed out (the needing shows nothing). */
export function notNeeded(tokens: readonly NegationToken[], roles: NegationRole[], j: number): boolean {
  if (!NEEDING.has(tokens[j].words[0]) || tokens[j].clauseEnd || !NEEDED.has(tokens[j + 1]?.words[0] ?? '') || tokens[j + 1].clauseEnd) return false;
  // only the thing itself, when it shows: not who ("a lawyer"), not what it is for ("a phone to come to the club"),
  // and not a thing whose first word shows nothing ("special clothes" would read "no clothes")
  const thing = tokens[j + 2];
  if (!thing || thing.functionWord || thing.person || thing.value || thing.pictured === false) return false;
  roles[j] = 'negator';
  roles[j + 2] = 'negated';
  return true;
}

/** A time denied after "not", and the same time said again ("not first thing in the morning"). */
export function markDeniedTime(tokens: readonly NegationToken[], roles: NegationRole[], j: number): void {
  roles[j] = 'negated';
  let k = j + 1;
  while (!tokens[k - 1].clauseEnd && tokens[k]?.functionWord && k < j + 3) k++;
  if (k > j + 1 && !tokens[k - 1].clauseEnd && tokens[k]?.value && tokens[j + 1].words[0] === 'in') roles[k] = 'negated';
  // ("not Monday morning": the day and its part)
  if (!tokens[j].clauseEnd && tokens[j + 1]?.value) roles[j + 1] = 'negated';
}

/** The telling that did not happen; who was not told shows nothing, as after any denied action ("nobody tells your carers"). */
export function notTold(tokens: readonly NegationToken[], roles: NegationRole[], j: number): void {
  roles[j] = 'negated';
  const told = tokens.slice(j + 1).findIndex((t) => !t.functionWord);
  if (told >= 0 && tokens[j + 1 + told].person && !tokens.slice(j, j + 1 + told).some((t) => t.clauseEnd)) roles[j + 1 + told] = 'person';
}

/**
 * "you don't have to go", "you do not need to bring money": not required, nothing forbidden
 * (the verb shows nothing either: plain it says "do it", crossed out "do not do it"; a grader
 * read a crossed-out knowing in "nobody needs to know" as "you must not know"). But "you
 * don't need to be scared" denies the feeling.
 */
export function notRequired(tokens: readonly NegationToken[], roles: NegationRole[], j: number, r: NegationRules): boolean {
  if (!r.obliged.has(tokens[j].words[0]) || tokens[j + 1]?.words[0] !== 'to') return false;
  roles[j] = 'undone';
  const verb = tokens[j + 2];
  if (!verb || tokens[j + 1].clauseEnd) return true;
  const state = tokens[j + 3];
  if (r.be.has(verb.words[0]) && state && !verb.clauseEnd && !state.functionWord && !state.value && !state.person) {
    roles[j + 3] = 'negated';
    return true;
  }
  roles[j + 2] = 'undone';
  // what need not be done shows nothing either ("you don't have to do the maths test"): plain it
  // would read as "do it", and labellers split on crossing it out
  for (let k = j + 3; k < tokens.length && k <= j + 6 && !tokens[k - 1].clauseEnd; k++) {
    const t = tokens[k];
    if (t.value || t.words.some((w) => r.stops.has(w) || r.subjects.has(w))) break;
    if (!t.functionWord && !r.links.has(t.words[0])) roles[k] = 'negator';
  }
  return true;
}
