/**
 * Negation by words that keep their own picture or leave something out: "excluded from
 * Brookfield Academy", "say no to drugs" (what follows is forbidden, unless refusing is a right:
 * "you can say no to a hug"), and "without your carers" (what is left out is crossed out).
 */
import type { NegationRole, NegationToken } from './negation';
import { isNegator, nearby, writtenWords, type NegationRules } from './negationRules';
import { excludedBy } from './negationSubject';
import { SAID_NO_GOES_ON } from './negationWords';
import { OWNERS } from './negationKept';

/** negation.ts's reading of the things after a word: passed in, so the two files do not import each other. */
type MarkThings = (tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules) => void;

/** Verbs of failing to do, said as what happened: what follows "to" did not happen. */
const FAILED_TO = new Set(['fail', 'failed', 'fails', 'neglect', 'neglected', 'forgot', 'forget', 'forgets']);
/** Words before refusing that make it a right, not a rule ("you can say no", "you are allowed to refuse"). */
const RIGHTS = new Set(['can', 'could', 'may', 'allowed', 'right', 'free', 'ok', 'okay', 'fine', 'choose', 'able', 'if', 'when', 'unless']);
/** Words of refusing that may be a right rather than a rule. */
const REFUSALS = new Set(['avoid', 'avoiding']);
/** After a refusal, the words that make it a right ("… is always your right", "… is OK"). */
const RIGHTS_AFTER = new Set(['right', 'ok', 'okay', 'fine', 'allowed']);
/** Pronouns after a sentence-first "n't" that make a question ("Wouldn't it…", "Haven't you…"). */
const INVERTED = new Set(['it', 'you', 'he', 'she', 'they', 'we', 'i', 'that', 'this', 'there']);

/** Dropping charges (English). */
const DROPPING = new Set(['drop', 'dropped', 'drops']);
const CHARGES = new Set(['charge', 'charges', 'case']);

/** What is turned down to be quieter ("she turned down the music"). */
const VOLUME = new Set(['music', 'volume', 'tv', 'telly', 'television', 'radio', 'heating', 'sound', 'speaker', 'speakers', 'game', 'light', 'lights']);

/** Whether a word of refusing is a right here: "can", "allowed"… a few words before it, in its clause. */
function aRight(tokens: readonly NegationToken[], i: number): boolean {
  const says = (t: NegationToken) => writtenWords(t).some((w) => RIGHTS.has(w));
  for (let k = i - 1; k >= 0 && k >= i - 4 && !tokens[k].clauseEnd; k--) if (says(tokens[k])) return true;
  // ("Saying no to a boyfriend is always your right")
  for (let k = i; k < tokens.length && k <= i + 8; k++) {
    if (k > i && says(tokens[k]) && RIGHTS_AFTER.has(writtenWords(tokens[k])[0])) return true;
    if (tokens[k].clauseEnd) break;
  }
  return false;
}

/** Whether a word of refusing is a right here ("you are allowed to refuse"), not a rule. */
export const refusalIsRight = (tokens: readonly NegationToken[], i: number): boolean => REFUSALS.has(tokens[i].words.join(' ')) && aRight(tokens, i);

/** Nouns of barring: what is said of them comes after the place ("the ban from the shop lasts six months"). */
const BAN_NOUNS = new Set(['exclusion', 'suspension', 'ban']);
/** Whether a verb follows the place in its clause ("… from school ends on Friday"). */
function endsLater(tokens: readonly NegationToken[], k: number): boolean {
  for (; k < tokens.length; k++) {
    if (tokens[k].verb && !tokens[k].place) return true;
    if (tokens[k].clauseEnd) return false;
  }
  return false;
}

/** Who may stand between a verb and what they are barred from ("suspended you from PE"). */
const WHO = new Set(['you', 'him', 'her', 'them', 'me', 'us']);

/**
 * Words that keep their own picture and forbid what follows them: "excluded from Brookfield
 * Academy", "suspended you from PE" (the place is forbidden; the exclusion already says what
 * happened), "say no to drugs" ("say no and tell us" forbids nothing, and "you can say no to a
 * hug" is a right, not a rule).
 */
export function barred(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markThings: MarkThings): boolean {
  if (roles[i] || tokens[i].clauseEnd) return false;
  const joined = tokens[i].words.join(' ');
  // (who is barred may stand between)
  const from = tokens[i + 1] && WHO.has(tokens[i + 1].words[0]) && !tokens[i + 1].clauseEnd ? i + 2 : i + 1;
  if (r.excluding?.has(joined) && tokens[from]?.words[0] === 'from' && !tokens[from].clauseEnd) {
    // ("Your exclusion from school ends on Friday": a ban that is said to end forbids nothing)
    if (BAN_NOUNS.has(joined) && endsLater(tokens, from + 1)) return true;
    markThings(tokens, roles, from + 1, r);
    return true;
  }
  // "Greyfield Academy has suspended you": the place before is where you may not go
  if (r.excluding?.has(joined) && from === i + 2 && excludedBy(tokens, i, roles, r)) return true;
  // "Hillside Academy sent you home today": the same, said plainly
  // (a school only: "the hospital sent you home after the scan" excludes nobody)
  if (r.sendingHome?.has(joined) && from === i + 2 && tokens[from]?.words[0] === 'home' && schoolBefore(tokens, i, r) && !unwell(tokens, from) && excludedBy(tokens, i, roles, r)) return true;
  if (r.refusing?.has(joined) && tokens[i + 1]?.words[0] === 'to' && !tokens[i + 1].clauseEnd && !aRight(tokens, i)) {
    markThings(tokens, roles, i + 2, r);
    return true;
  }
  // "you have been skipping meals", "the judge turned down your bail", "you refused the mouth swab":
  // what is skipped or refused does not happen (not where a "don't" comes first: "don't skip meals"
  // is not failing; not where refusing is a right: "you can refuse the swab")
  const denied = [tokens[i - 1], tokens[i - 2]].some((t) => !!t && isNegator(t, r));
  // ("turned down": the verb and its particle, as two tokens)
  const down = joined === 'turn' && writtenWords(tokens[i])[0] !== 'turn' && tokens[i + 1]?.words.join(' ') === 'down' && !tokens[i + 1].clauseEnd;
  const object = down ? i + 2 : i + 1;
  const skipped = r.skipping?.has(joined) ? nearby(tokens, i, 3, (t) => !!r.skipped?.has(t.words.join(' '))) : -1;
  // (the thing refused follows straight on: "declined at the shop" refuses no shop; "turned down the music" is quieter)
  // ("the police dropped the charges": charges dropped will not be heard)
  const drops = DROPPING.has(joined) && nearby(tokens, i, 4, (t) => CHARGES.has(t.words[0])) > 0;
  const refuses = (down || drops || r.refusedThings?.has(joined)) && !aRight(tokens, i) && !r.stops.has(tokens[object]?.words[0] ?? '') && !(down && nearby(tokens, i + 1, 3, (t) => VOLUME.has(t.words[0])) > 0);
  if (!denied && !tokens[i].clauseEnd && skipped > 0) {
    // (the meal alone: "skipping lunch to go to the gym" does not skip the gym)
    roles[skipped] = 'negated';
    return true;
  }
  if (!denied && !tokens[i].clauseEnd && refuses) {
    // ("refused to sign the contract", "turned down your request to finish early": the signing or
    // finishing is what did not happen; the contract and the request are still there)
    const to = refuses ? nearby(tokens, object - 1, 3, (t) => t.words[0] === 'to') : -1;
    // (a verb and its object may be one picture: "refused to take her medication")
    if (to > 0 && (tokens[to + 1]?.verb || tokens[to + 1]?.words.length > 1) && !tokens[to + 1].functionWord) notDone(tokens, to + 1, roles, r, markThings);
    else markThings(tokens, roles, object, r);
    return true;
  }
  // "Jordan failed to turn up to court": the turning up did not happen; the court is still there
  if (!denied && FAILED_TO.has(joined) && tokens[i + 1]?.words[0] === 'to' && !tokens[i + 1].clauseEnd && tokens[i + 2] && !tokens[i + 2].functionWord && !tokens[i + 2].person) {
    notDone(tokens, i + 2, roles, r, markThings);
    return true;
  }
  // "Refuse any lift from a stranger": refusing said as an order, first in its sentence
  if (r.refusingOrders?.has(joined) && (i === 0 || tokens[i - 1].sentenceEnd) && tokens[i + 1]?.words[0] !== 'to') {
    markThings(tokens, roles, i + 1, r);
    return true;
  }
  return false;
}

/** What was not done: the action, or, after a verb too general to picture, its object ("forgot to take your tablets"). */
function notDone(tokens: readonly NegationToken[], k: number, roles: NegationRole[], r: NegationRules, markThings: MarkThings): void {
  if (!r.lightVerbs.has(tokens[k].words[0]) || tokens[k].clauseEnd) {
    roles[k] = 'negated';
    return;
  }
  roles[k] = 'negator';
  markThings(tokens, roles, k + 1, r);
}

/**
 * "You can see Kai without a worker sitting in": what "without" leaves out gets the not-mark
 * (a plain worker would read as there). Not in a sentence that forbids something: there it is
 * what is required ("Nobody comes into your room without knocking", "Leaving without asking is
 * not allowed").
 */
export function markLacking(tokens: readonly NegationToken[], roles: NegationRole[], r: NegationRules, isNegator: (t: NegationToken, r: NegationRules) => boolean): void {
  // sentence by sentence: one pass to find where each ends and whether it forbids anything
  for (let start = 0; start < tokens.length; ) {
    let end = start;
    let forbids = false;
    const lacking: number[] = [];
    const excepted: number[] = [];
    let permits = false;
    for (; end < tokens.length; end++) {
      if (roles[end] || isNegator(tokens[end], r)) forbids = true;
      if (r.lacking?.has(tokens[end].words[0]) && !tokens[end].clauseEnd) lacking.push(end);
      // ("the bus can be late": a "can" before "be" says what may happen, not what you may do)
      if (tokens[end].words.some((w) => PERMITS.has(w)) && !r.be.has(tokens[end + 1]?.words[0] ?? '')) permits = true;
      // ("you can skip anything except school", "take off anything except your tag": after
      // leaving out, the exception is what is required, and stays plain)
      const phrase = `${tokens[end].words.join(' ')} ${tokens[end + 1]?.words[0] ?? ''}`;
      if (permits && (tokens[end].words.some((w) => r.failingVerbs.has(w) || LEAVING_OUT.has(w)) || LEAVING_OUT.has(tokens[end].words.join(' ')) || LEAVING_OUT.has(phrase))) permits = false;
      if (permits && EXCEPTING.has(tokens[end].words[0]) && !tokens[end].clauseEnd) excepted.push(end);
      if (tokens[end].sentenceEnd) break;
    }
    if (!forbids) for (const i of lacking) markLeftOut(tokens, roles, i + 1, r);
    if (!forbids) for (const i of excepted) markExcepted(tokens, roles, i + 1, r);
    start = end + 1;
  }
}

/** Words that give a permission ("you can", "you're allowed to"). */
const PERMITS = new Set(['can', 'may', 'allowed']);
/** Verbs of leaving out, besides the failing verbs (skip, miss, forget): what is excepted from them is what must be done ("drop any lesson except maths"). */
const LEAVING_OUT = new Set(['drop', 'refuse', 'leave', 'take off', 'turn down', 'say no', 'avoid', 'cancel']);
/** "except": what follows is left out of what came before. */
const EXCEPTING = new Set(['except']);
/** Words before the exception that say when or where it is ("except on Fridays"). */
const EXCEPTED_AT = new Set(['on', 'at', 'in', 'for', 'during']);

/**
 * "You can have friends round on Saturdays, except overnight", "you can use the quiet room,
 * except on Fridays": an exception to what you may do is what you may not, and is crossed out
 * (not a time that only says when: "except after 10" is no picture of its own to cross).
 */
function markExcepted(tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules): void {
  for (let k = from; k < tokens.length && k <= from + 8; k++) {
    const t = tokens[k];
    const w = t.words[0];
    // ("except on Fridays", "except at night", "except the town centre and the park": when, where and what)
    if (EXCEPTED_AT.has(w) || OWNERS.has(w) || r.lists.has(w)) continue;
    if (t.person || r.stops.has(w) || r.subjects.has(w)) return;
    if (t.functionWord) return;
    roles[k] = 'negated';
    if (t.clauseEnd) return;
  }
}

/** What "without" leaves out: the things straight after it, up to a verb, a time or the clause's end ("without permission and missed school"). */
export function markLeftOut(tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules): void {
  // ("without being asked": the asking is what was left out)
  if (writtenWords(tokens[from])[0] === 'being' && !tokens[from].clauseEnd) from++;
  for (let k = from; k < tokens.length && k <= from + 5; k++) {
    const t = tokens[k];
    if (t.value || (k > from && t.verb) || t.words.some((w) => r.stops.has(w) || r.subjects.has(w) || w === 'again')) return;
    if (!t.functionWord && !r.links.has(t.words[0])) roles[k] = t.person ? 'person' : 'negated';
    if (t.clauseEnd) return;
  }
}

/** "nothing but water", "nobody except staff": what follows is allowed. */
const EXCEPT = new Set(['but', 'except', 'apart']);
/** "No means no": the word no, spoken of. */
const MEANS = new Set(['means', 'mean', 'meant']);
/** Where somebody may be ("nobody is home", "no one is in"). */
const HOME = new Set(['home', 'in', 'here', 'there', 'around', 'about', 'in the house']);

/** A negator that forbids nothing here: "nothing but water", "No means no", "when nobody is home", "say no and tell us". */
export function forbidsNothing(tokens: readonly NegationToken[], i: number, joined: string, r: NegationRules): boolean {
  // "nothing but water", "nobody except staff": what follows is allowed
  // ("no one except your key worker can read your diary" too: the diary is not what is forbidden)
  if (EXCEPT.has(tokens[i + 1]?.words[0] ?? '') && (r.negators.has(joined) || r.negativeSubjects.has(joined)) && joined !== 'not') return true;
  // "No means no", "No still means no when…": the word no, spoken of ("means no decision" denies the decision)
  const next = tokens[i + 1];
  const ends = tokens[i].clauseEnd || !next || r.stops.has(next.words[0]) || r.even.has(next.words[0]);
  if (r.noBefore.has(joined) && ((tokens.slice(i + 1, i + 3).some((t) => MEANS.has(t.words[0])) && (i === 0 || tokens[i - 1].clauseEnd)) || (MEANS.has(tokens[i - 1]?.words[0] ?? '') && ends))) return true;
  // "when nobody is home", "if no one is in": nobody's being there is denied, not the home
  if (r.negativeSubjects.has(joined) && r.be.has(next?.words[0] ?? '') && (tokens[i + 2]?.place || HOME.has(tokens[i + 2]?.words[0] ?? '')) && (tokens[i + 2].clauseEnd || !tokens[i + 3])) return true;
  // "Wouldn't it be better to phone first?", "Haven't you been told?": a question or an exclamation
  // ("Don't you dare go" still forbids)
  const written = writtenWords(tokens[i])[0] ?? '';
  if (/n['’]t$/.test(written) && !/^don['’]t$/.test(written) && (i === 0 || tokens[i - 1].clauseEnd) && INVERTED.has(next?.words[0] ?? '')) return true;
  // "It wouldn't hurt to say sorry": a suggestion
  if (next?.words[0] === 'hurt' && tokens[i + 2]?.words[0] === 'to' && !next.clauseEnd) return true;
  // "say no and tell us": the word no, said (not "the nurse says no PE": a thing after it is what is banned)
  const sayNo = i > 0 && r.said.has(tokens[i - 1].words[tokens[i - 1].words.length - 1]) && tokens[i].words.length === 1;
  return sayNo && (tokens[i].clauseEnd || !next || next.functionWord || SAID_NO_GOES_ON.has(next.words[0]));
}

/** Whether the place just before a verb is a school ("Hillside Academy sent you home"). */
function schoolBefore(tokens: readonly NegationToken[], i: number, r: NegationRules): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && !tokens[k].clauseEnd; k--) if (tokens[k].place) return tokens[k].words.some((w) => !!r.schools?.has(w));
  return false;
}

/** Being ill, a reason to be sent home that is no exclusion ("because you were unwell"). */
const ILL = new Set(['ill', 'unwell', 'sick', 'poorly', 'temperature', 'hurt', 'injured']);
const unwell = (tokens: readonly NegationToken[], from: number) => tokens.slice(from, from + 8).some((t) => t.words.some((w) => ILL.has(w)));

/** Verbs that keep you away at a distance ("keep", "stay"). */
const KEEPING_AWAY = new Set(['keep', 'stay', 'steer']);

/** Words of a distance between "keep" and "away" ("keep at least 200 metres away from"). */
const DISTANCE = new Set(['at', 'least', 'well', 'a', 'few', 'half', 'hundred', 'thousand', 'metre', 'metres', 'meter', 'meters', 'mile', 'miles', 'yard', 'yards', 'km', 'm', 'kilometre', 'kilometres', 'one', 'two', 'three', 'four', 'five', 'six', 'ten', 'twenty', 'fifty']);

/**
 * "Keep at least 200 metres away from the park", "stay a mile away from": a distance between
 * keep and away still keeps you away. The index of "away" (its "from" follows), or -1.
 */
export function keptAtADistance(tokens: readonly NegationToken[], i: number, r: NegationRules): number {
  const t = tokens[i];
  if (t.words.length > 2 || !KEEPING_AWAY.has(t.words[0])) return -1;
  // ("Stay a mile away": the verb may already be read with its particle, "stay away")
  if (!r.away.has(`${t.words[0]} away`) || t.words.length > 2 || (t.words.length === 2 && t.words[1] !== 'away') || t.clauseEnd) return -1;
  let j = i + 1;
  let measured = false;
  while (j < tokens.length && !tokens[j - 1].clauseEnd && tokens[j].words.every((w) => DISTANCE.has(w) || /^\d/.test(w))) {
    measured ||= tokens[j].words.some((w) => /^\d|^(?:hundred|thousand|mile|metre|meter|yard|km|well$)/.test(w));
    j++;
  }
  return measured && tokens[j]?.words.join(' ') === 'away' && tokens[j + 1]?.words[0] === 'from' && !tokens[j].clauseEnd ? j : -1;
}
