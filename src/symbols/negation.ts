/**
 * Negation carried to the thing forbidden. "You must not go to the town centre" pictures
 * going and the town centre, each with the not-mark; "must not" itself gets no picture, so
 * the page never shows a crossed-out hand beside a plain town centre (which reads as
 * allowed, or as a double negative).
 *
 * The scope is found with a few rules over the sentence's words, written for the plain
 * English of this field:
 * - a negator (not, n't, never, cannot, no, nobody, no one, stay away from) opens it;
 * - "have to", "be allowed to" and helpers are stepped over;
 * - the first content word is the action: light verbs (use, carry, take…) keep no mark
 *   but pass it on, verbs of mind (want, like, know…) take it and close the scope;
 * - the things after the action take it too, through "to", "with", "about", "near", "or"…,
 *   until the clause ends or a time or circumstance begins ("after 7pm", "in the corridor");
 * - a person after the action is who it is about, not what is forbidden: "must not contact
 *   the victim" crosses out contacting, and a crossed-out victim would say "no victim" while
 *   a plain one beside it would read as allowed, so the person shows no picture at all.
 */

/** The part of a token the rules read. */
export interface NegationToken {
  /** Lower-case words of the token ("must not" is two). */
  words: string[];
  /** Grammar word (no picture in key-words mode). */
  functionWord: boolean;
  /** A time, day or date. */
  value?: boolean;
  /** The token ends its clause (a full stop, comma or semicolon follows it). */
  clauseEnd: boolean;
  /** A person (the victim, your mum, a social worker). */
  person?: boolean;
  /** The words as written, lower case, where they differ ("aren't allowed" for "not allowed"). */
  written?: string[];
}

/** What the rules decide for one token. */
/** `undone`: a failing verb under a negator ("don't forget"), shown as nothing, as the negator is. */
export type NegationRole = 'negator' | 'negated' | 'person' | 'undone' | null;

const NEGATORS = new Set(['not', 'never', 'cannot', "can't", "don't", "doesn't", "didn't", "mustn't", "won't", "shouldn't", "couldn't", "isn't", "aren't", "wasn't", "weren't", 'no', 'nobody', 'nothing', 'nowhere']);
/** Subjects that negate what follows them ("Nobody is allowed to hurt you"). */
const NEGATIVE_SUBJECTS = new Set(['nobody', 'no one', 'noone']);
/** Stepped over between the negator and the action. */
const HELPERS = new Set(['have', 'has', 'to', 'be', 'allowed', 'allow', 'able', 'is', 'are', 'was', 'were', 'am', 'will', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'do', 'does', 'did', 'ever', 'even', 'at', 'all', 'please', 'you', 'i', 'we', 'they', 'he', 'she', 'allowed to']);
/** Actions too general to picture as the forbidden thing: the mark goes on their object. */
const LIGHT_VERBS = new Set(['use', 'carry', 'take', 'have', 'get', 'make', 'keep', 'bring', 'give', 'put', 'let', 'play', 'do', 'be', 'using', 'carrying', 'taking', 'having', 'making', 'keeping']);
/** Verbs of mind: the mark stays on them ("I do not want to go to court"). */
const MIND_VERBS = new Set(['want', 'like', 'know', 'understand', 'need', 'mean', 'think', 'feel', 'remember', 'agree', 'believe', 'mind', 'care', 'wants', 'likes', 'knows', 'understood', 'meant', 'needs', 'wanted', 'liked']);
/** Verbs of failing to do something: "not" + one of them means doing it. */
const FAILING_VERBS = new Set(['forget', 'miss', 'break', 'breach', 'skip', 'lose', 'fail', 'ignore']);
/** Words that pass the scope on to the next thing. */
const LINKS = new Set(['to', 'with', 'about', 'near', 'into', 'onto', 'or', 'and', 'from', 'on', 'of', 'any', 'your', 'my', 'his', 'her', 'their', 'the', 'a', 'an', 'anyone', 'anything', 'up', 'out']);
/** Links that carry the scope only straight after the action ("go to the park"), not after its object ("lend money to people"). */
const FIRST_LINKS = new Set(['to', 'from']);
/** Verbs whose object is where you must stay, so it keeps no mark ("must not leave the house"). */
const LEAVING = new Set(['leave', 'exit', 'quit']);
/** Subject pronouns: after the forbidden thing, one starts a clause of its own. */
const SUBJECTS = new Set(['you', 'i', 'he', 'she', 'we', 'they']);
/** Words that start a time or circumstance: the scope ends before them. */
const STOPS = new Set(['after', 'before', 'until', 'till', 'during', 'since', 'when', 'while', 'if', 'unless', 'because', 'but', 'so', 'then', 'at', 'by', 'for', 'in', 'inside', 'outside', 'that', 'which', 'who', 'without', 'today', 'tonight', 'tomorrow']);

const isNegator = (t: NegationToken) => t.words.some((w) => NEGATORS.has(w)) || NEGATIVE_SUBJECTS.has(t.words.join(' ')) || t.words.join(' ') === 'stay away' || t.words.join(' ') === 'keep away';

/** Marks each token as a negator, as negated, or neither. */
export function negationRoles(tokens: readonly NegationToken[]): NegationRole[] {
  const roles: NegationRole[] = tokens.map(() => null);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNegator(tokens[i]) || roles[i]) continue;
    const joined = tokens[i].words.join(' ');
    // "No" before a thing forbids the thing ("No phones in the room")
    if (joined === 'no' && tokens[i + 1] && !tokens[i + 1].functionWord && !isNegator(tokens[i + 1])) {
      roles[i] = 'negator';
      roles[i + 1] = 'negated';
      continue;
    }
    roles[i] = 'negator';
    // "Phones are not allowed in class": what is forbidden is the subject, before the verb
    if (notAllowed(tokens, i, roles) || tokens[i].clauseEnd) continue;
    let j = i + 1;
    // "no one" written as two words
    const noOne = joined === 'no' && tokens[i + 1]?.words.join(' ') === 'one';
    if (noOne) j++;
    if (NEGATIVE_SUBJECTS.has(joined) || noOne) {
      // "Nobody will hurt you": the hurting is crossed out; a crossed-out person beside it would
      // say "no people" (at the police station). Skip what describes them ("from the estate").
      roles[i] = 'negator';
      while (j < tokens.length && !tokens[j - 1].clauseEnd && !tokens[j].words.some((w) => ['be', 'is', 'are', 'can', 'will', 'should', 'must', 'may', 'was', 'would'].includes(w))) j++;
    } else if (joined === 'stay away' || joined === 'keep away') {
      // "stay away from the park": the park is what is forbidden
      while (j < tokens.length && tokens[j].words.every((w) => w === 'from' || LINKS.has(w))) j++;
      markThings(tokens, roles, j);
      continue;
    }
    markScope(tokens, roles, j, NEGATIVE_SUBJECTS.has(joined) || noOne);
  }
  return roles;
}

const BE = new Set(['be', 'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]);
const ALLOWED = new Set(['allowed', 'permitted']);

/**
 * "X is/are not allowed": the things before "is" take the not-mark (back to the start of the
 * clause), "allowed" none; nothing after it is forbidden by itself ("anywhere in the house").
 */
function notAllowed(tokens: readonly NegationToken[], i: number, roles: NegationRole[]): boolean {
  const isBe = (t: NegationToken | undefined) => !!t && (t.written ?? t.words).concat(t.words).some((w) => BE.has(w));
  const contracted = (tokens[i].written ?? tokens[i].words).some((w) => BE.has(w));
  const be = contracted ? i : i - 1;
  const inside = tokens[i].words.some((w) => ALLOWED.has(w));
  const next = tokens[i + 1];
  if (!isBe(tokens[be]) || !(inside || next?.words.every((w) => ALLOWED.has(w)))) return false;
  if (!inside) roles[i + 1] = 'negator';
  let marked = 0;
  for (let k = be - 1; k >= 0 && marked < 3 && !tokens[k].clauseEnd; k--) {
    const t = tokens[k];
    if (t.functionWord || LINKS.has(t.words[0]) || t.value) continue;
    roles[k] = t.person ? 'person' : 'negated';
    marked++;
  }
  return marked > 0;
}

/** From the first word after the negator: the action, then the things it is about. */
function markScope(tokens: readonly NegationToken[], roles: NegationRole[], from: number, subject = false): void {
  let j = from;
  while (j < tokens.length && (tokens[j].functionWord || tokens[j].words.every((w) => HELPERS.has(w))) && !tokens[j].clauseEnd && !isNegator(tokens[j])) {
    // "allowed" in "not allowed to" is part of the negation: no tick beside it
    if (!tokens[j].functionWord) roles[j] = 'negator';
    j++;
  }
  const action = tokens[j];
  if (!action || action.value || isNegator(action)) return;
  const verb = action.words[0];
  // "don't forget your appointment", "must not miss school", "don't break your bail": not
  // failing is doing, so the appointment, school and bail stay plain (crossed out they would
  // say "no appointment"), and the failing verb shows nothing rather than a double negative
  if (FAILING_VERBS.has(verb)) {
    roles[j] = 'undone';
    return;
  }
  if (MIND_VERBS.has(verb)) {
    roles[j] = 'negated';
    return;
  }
  // a light verb shows no picture here: a plain "carry" beside a crossed-out knife says too little
  roles[j] = LIGHT_VERBS.has(verb) ? 'negator' : 'negated';
  // "No one can make you talk": the talking is not what is forbidden
  if (action.clauseEnd || (subject && LIGHT_VERBS.has(verb)) || LEAVING.has(verb)) return;
  markThings(tokens, roles, j + 1);
}

/** The things after the action, through linking words, until the clause or a circumstance. */
function markThings(tokens: readonly NegationToken[], roles: NegationRole[], from: number): void {
  let marked = 0;
  for (let k = from; k < tokens.length && marked < 4; k++) {
    const t = tokens[k];
    if (t.value || isNegator(t)) return;
    const first = t.words[0];
    // "someone you only know online": a new clause with its own subject, outside the prohibition
    if (marked > 0 && SUBJECTS.has(first)) return;
    if (t.functionWord || LINKS.has(first)) {
      if (STOPS.has(first) || (marked > 0 && FIRST_LINKS.has(first))) return;
      if (t.clauseEnd) return;
      continue;
    }
    if (STOPS.has(first)) return;
    roles[k] = t.person ? 'person' : 'negated';
    marked++;
    if (t.clauseEnd) return;
  }
}
