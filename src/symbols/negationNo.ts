/**
 * Rules said with "no": "No phones in the room", "No going near the Co-op", "a no-visitors rule",
 * and "No adult should…" (a person after "no" is "nobody"). negation.ts reads the sentence and
 * hands in its markers, as the other negation modules are given them.
 */
import type { NegationRole, NegationToken } from './negation';
import { writtenWords, type NegationRules } from './negationRules';
import { CLAUSE_HEADS, MODALS, OBJECT_OPENERS, SUBJECT_HELPERS, WHERE_WORDS } from './negationWords';

type Mark = (tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules) => void;

/** What a "no-…" names that is not itself forbidden ("a no-visitors rule", "a no-phones zone"). */
const RULE_NOUNS = new Set(['rule', 'rules', 'policy', 'zone', 'list', 'area', 'sign', 'order']);
/** Whose: "on your mobile" is your own thing. */
const POSSESSIVES = new Set(['your', 'my', 'his', 'her', 'their', 'our']);

/** Where what a person after "no" does begins ("No adult should…", "No one from…", "no worker at the home will…"), or -1. */
export const doesSomething = (tokens: readonly NegationToken[], k: number): number => {
  const t = tokens[k];
  if (!t) return -1;
  if (t.verb || t.words.some((w) => SUBJECT_HELPERS.has(w)) || CLAUSE_HEADS.has(t.words[0]) || t.words[0] === 'from') return k;
  // ("no worker at the home will read it": where they are, then what they will not do)
  for (let q = k; q < tokens.length && q < k + 4 && !tokens[q - 1].clauseEnd; q++) if (tokens[q].words.some((w) => MODALS.has(w))) return q;
  return -1;
};

/** "No phones in the room": the thing after "no" is forbidden, and what it is with, and the rest of a list. */
export function markNoThing(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markScope: Mark, markThings: Mark): void {
  roles[i] = 'negator';
  noneAllowed(tokens, i, roles, r);
  // ("two no-shows": not turning up, said as a noun; no eye crossed out)
  if (/^shows?$/.test(writtenWords(tokens[i + 1])[0] ?? '')) {
    roles[i + 1] = 'undone';
    return;
  }
  // "No going near the Co-op", "No riding the trams": a doing after "no" is forbidden with what
  // it is done to or goes near; not where it is done ("No drinking on the bus") or who at
  const doing = tokens[i + 1];
  // ("No vaping, smoking or drinking": a list of doings after a comma reads as "don't" too)
  if (/..ing$/.test(writtenWords(doing)[0] ?? '') && doing.words.length === 1 && doing.comma) return markScope(tokens, roles, i + 1, r);
  if (/..ing$/.test(writtenWords(doing)[0] ?? '') && doing.words.length === 1 && !doing.clauseEnd) {
    // ("No lending or borrowing money": a list of doings reads as "don't")
    if (r.lists.has(tokens[i + 2]?.words[0] ?? '')) return markScope(tokens, roles, i + 1, r);
    roles[i + 1] = 'negated';
    // ("No leaving the house": the place left is not what is forbidden)
    if (r.leaving.has(doing.words[0])) return;
    let k = i + 2;
    // ("No gaming on your mobile": "on" your own thing is what it is done on)
    while (k < tokens.length && !tokens[k - 1].clauseEnd && (OBJECT_OPENERS.has(tokens[k].words[0]) || r.firstLinks.has(tokens[k].words[0]) || tokens[k].words[0] === 'near' || (tokens[k].words[0] === 'on' && k === i + 2 && POSSESSIVES.has(tokens[k + 1]?.words[0] ?? '')))) {
      if (!tokens[k].functionWord) roles[k] = 'negator';
      k++;
    }
    // (the thing's name and what it is: "the Metrolink trams")
    for (let n = 0; n < 3 && k > i + 2 && tokens[k] && !tokens[k - 1].clauseEnd && !tokens[k].functionWord && !tokens[k].person && !tokens[k].value; n++, k++) {
      roles[k] = 'negated';
      if (!tokens[k].name) break;
    }
    return;
  }
  roles[i + 1] = 'negated';
  // ("no jewellery, earrings or watches": the list goes on past the comma)
  if (tokens[i + 1].comma) markThings(tokens, roles, i + 1, r);
  if (tokens[i + 1].clauseEnd) return;
  // ("no bail date": a thing named in two words)
  const more = tokens[i + 2];
  if (more && !more.functionWord && !more.verb && !more.value && !more.person && !WHERE_WORDS.has(more.words[0]) && !RULE_NOUNS.has(more.words[0]) && !r.stops.has(more.words[0]) && !r.links.has(more.words[0])) roles[i + 2] = 'negated';
  // "no contact with the Holt brothers", "no visits to the flat": who or what it is with goes too
  if (r.firstLinks.has(tokens[i + 2]?.words[0] ?? '')) markThings(tokens, roles, i + 2, r);
  // "No hoodies or caps in court": the list goes on
  else if (r.lists.has(tokens[i + 2]?.words[0] ?? '')) markThings(tokens, roles, i + 3, r);
}

/**
 * "No phones or vapes are allowed in the house": "allowed" is the rule's own word after a "no",
 * and shows nothing (a tick beside the crossed-out phones would read as "allowed").
 */
export function noneAllowed(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): void {
  for (let k = i + 1; k < tokens.length && k <= i + 10; k++) {
    if (r.subjects.has(tokens[k].words[0]) || (tokens[k - 1].clauseEnd && !tokens[k - 1].comma)) return;
    if (tokens[k].words.some((w) => r.allowed.has(w)) && r.be.has(tokens[k - 1].words[0])) {
      roles[k] = 'negator';
      return;
    }
  }
}
