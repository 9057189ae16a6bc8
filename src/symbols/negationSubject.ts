/**
 * Negation read backwards, to the subject: "Phones are not allowed in class", "Carrying a knife
 * is illegal", "Sharing your PIN is never a good idea", "Your phone cannot go into court". What
 * is forbidden stands before the verb of being; these rules find it (negation.ts reads forwards
 * from the negator, to the action and its things).
 */
import type { NegationRole, NegationToken } from './negation';
import { writtenWords, type NegationRules } from './negationRules';
import { SCREENS } from './negationKept';

/** negation.ts's reading forward from a word: passed in, so the two files do not import each other. */
type MarkScope = (tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules) => void;

/** Words of where, like "at": "Smoking near the school gates is against the rules" forbids the smoking, not the school. */
const NEAR = new Set(['near', 'behind', 'beside', 'opposite']);

/** Verbs that say what something is, as "is" does ("counts as a crime"). */
const COUNTS = new Set(['counts', 'count', 'counted', 'classed', 'treated', 'seen']);

/** Modals that make a passive a rule ("must not be lent"), not a promise ("will not be stopped"). */
const RULE_MODALS = new Set(['must', "mustn't", 'should', "shouldn't", 'cannot', "can't", 'may']);
/** Verbs that, denied in the passive, keep their subject ("must not be broken", "stopped", "ended", "cancelled"). */
const KEPT_DONE = new Set(['stop', 'stopped', 'end', 'ended', 'cancel', 'cancelled', 'lose', 'lost', 'forget', 'forgotten', 'take away', 'taken away']);

/** Articles between "is" and what it says ("is a crime"). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** How far back an aside or the thing before "at" or "without" is looked for, in tokens. */
const ASIDE = 8;
/** Words that start a clause of their own ("that", "if"): the subject is not before them. */
const CLAUSE_STARTS = new Set(['that', 'which', 'who', 'if', 'unless', 'because', 'so', 'but', 'when', 'while', 'where', 'how', 'why', 'what', 'whatever', 'since', 'than', 'then', 'today', 'tonight', 'tomorrow']);
/** What a thing "is not to" do for the thing itself to be forbidden ("is not to leave the room"). */
const MOVED = new Set(['leave', 'use', 'be', 'enter']);
/** Where a thing may not go ("into court", "in the exam room"). */
const INTO = new Set(['into', 'in', 'inside', 'through']);

/**
 * "X is/are not allowed": the things before "is" take the not-mark (back to the start of the
 * clause), "allowed" none; nothing after it is forbidden by itself ("anywhere in the house").
 */
/** Words that say a thing is needed, in English ("isn't needed"). */
const NEEDED = new Set(['need', 'needed', 'require', 'required', 'necessary', 'compulsory']);
/** Words that say a thing is allowed, in English. */
const FINE = new Set(['ok', 'okay', 'fine']);

export function notAllowed(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markScope: MarkScope): boolean {
  if (!r.be.size) return false;
  const isBe = (t: NegationToken | undefined) => !!t && writtenWords(t).concat(t.words).some((w) => r.be.has(w));
  const contracted = writtenWords(tokens[i]).some((w) => r.be.has(w));
  const be = contracted ? i : i - 1;
  const inside = tokens[i].words.some((w) => r.allowed.has(w));
  const next = tokens[i + 1];
  // "Snacks aren't to be taken upstairs": as "not allowed", the subject is what is forbidden
  const toBe = !inside && next?.words[0] === 'to' && r.be.has(tokens[i + 2]?.words[0] ?? '') && !!tokens[i + 3];
  if (toBe && isBe(tokens[be])) {
    roles[i + 1] = roles[i + 2] = roles[i + 3] = 'negator';
    return markSubject(tokens, be, roles, r) > 0;
  }
  // "A suit isn't needed for court": what is not needed is crossed out, the needing shows nothing
  if (!inside && next && NEEDED.has(next.words[0]) && isBe(tokens[be]) && markShownSubject(tokens, be, roles, r)) {
    roles[i + 1] = 'negator';
    return true;
  }
  // "Being angry is allowed; punching doors is not": a "not" that ends its clause denies the subject
  if (!inside && tokens[i].clauseEnd && isBe(tokens[be]) && allowedBefore(tokens, be, r)) return markShownSubject(tokens, be, roles, r);
  // "Sharing your PIN is never a good idea", "Walking home alone is not safe": the subject is what is forbidden, the judgement crossed out too
  const at = ARTICLES.has(next?.words[0] ?? '') ? i + 2 : i + 1;
  const judged = tokens[at];
  if (!inside && isBe(tokens[be]) && judged && r.unwise?.has(judged.words.join(' ')) && markSubject(tokens, be, roles, r) > 0) {
    roles[at] = 'negated';
    return true;
  }
  // "Lads from the estate are not to hang around outside": who may not shows nothing, what they may not do is crossed out
  const toDo = !inside && next?.words[0] === 'to' && !next.clauseEnd && !!tokens[i + 2]?.verb && !tokens[i + 2].functionWord;
  if (toDo && isBe(tokens[be])) {
    roles[i + 1] = 'negator';
    // (a person named is who: what describes them, "from the estate", is not forbidden)
    let k = be - 1;
    const who = (t: NegationToken) => !!t.person && !t.functionWord;
    while (k >= 0 && !tokens[k].clauseEnd && !who(tokens[k])) k--;
    if (k >= 0 && who(tokens[k]) && !tokens.slice(k + 1, be).some((t) => t.clauseEnd)) roles[k] = 'person';
    // (a thing is forbidden only where it would move or be used: "Your phone is not to leave the room";
    // "The meeting is not to punish you" says what it is for)
    else if (r.entering?.has(tokens[i + 2].words[0]) || MOVED.has(tokens[i + 2].words[0])) markSubject(tokens, be, roles, r);
    markScope(tokens, roles, i + 2, r);
    return true;
  }
  if (!isBe(tokens[be]) || !(inside || next?.words.every((w) => r.allowed.has(w)))) return false;
  if (!inside) roles[i + 1] = 'negator';
  // "Your mum is not allowed to collect you": what is forbidden is the collecting, after "to";
  // who may not do it shows no picture (labellers split on crossing them out or not)
  const after = tokens[inside ? i + 1 : i + 2];
  const verbAfter = !!after && (after.words[0] === 'to' || tokens[inside ? i : i + 1].words.includes('to'));
  return markSubject(tokens, be, roles, r) > 0 && !verbAfter;
}

/**
 * "Your bank card must not be lent to anyone", "Phones must not be used in lessons": said of a
 * thing, a passive rule forbids the thing; what is done to it is crossed out too. A rule, not a
 * promise ("must not be", never "will not be" or "has not been"), and not a verb that keeps what
 * it is done to ("must not be broken", "should not be taken with alcohol").
 */
export function passiveRule(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markScope: MarkScope): boolean {
  const next = tokens[i + 1];
  const done = tokens[i + 2];
  if (!next || !done || tokens[i].clauseEnd || next.clauseEnd || !r.be.has(next.words[0]) || tokens[i].words.some((w) => r.allowed.has(w))) return false;
  const rule = [tokens[i], tokens[i - 1]].some((t) => !!t && writtenWords(t).some((w) => RULE_MODALS.has(w)));
  const keeps = r.failingVerbs.has(done.words[0]) || r.sharing.has(done.words[0]) || !!r.takenWhole?.has(done.words[0]) || KEPT_DONE.has(done.words[0]) || tokens[i + 3]?.words[0] === 'with';
  const participle = done.verb || /(?:ed|en|t)$/.test(writtenWords(done)[0]);
  // ("Phones must not be taken into the exam" is a thing going in: thingGoesIn reads it)
  const goesIn = !!r.entering?.has(done.words.join(' ')) && INTO.has(tokens[i + 3]?.words[0] ?? '');
  if (!rule || keeps || done.person || done.place || !participle || goesIn) return false;
  const seen = { people: 0 };
  if (!markSubject(tokens, i, roles, r, seen) && !seen.people) return false;
  roles[i + 1] = 'negator';
  markScope(tokens, roles, i + 2, r);
  return true;
}

/** "go through", "go ahead": what did not go through or ahead did not happen. */
const THROUGH = new Set(['through', 'ahead']);
/** "The PayPal payment didn't go through", "the interview did not go ahead": it did not happen. */
export function notThrough(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  const go = writtenWords(tokens[i + 1]);
  const through = go.length > 1 ? i + 1 : i + 2;
  if (go[0] !== 'go' || !THROUGH.has(go[1] ?? writtenWords(tokens[i + 2])[0] ?? '') || tokens[i].clauseEnd || (through > i + 1 && tokens[i + 1].clauseEnd)) return false;
  if (!(tokens[through].clauseEnd || !tokens[through + 1] || r.stops.has(tokens[through + 1].words[0]))) return false;
  if (!markSubject(tokens, i, roles, r)) return false;
  roles.fill('negator', i, through + 1);
  return true;
}

/** "fell through": a plan that did not happen. */
const FALLING = new Set(['fell', 'falls', 'fallen', 'fall']);
/** Verbs of making or passing on: denied in the passive, the thing never came to be or to you ("the bill wasn't paid" keeps the bill: the paying did not happen). */
const DELIVERED = new Set(['make', 'made', 'book', 'booked', 'arrange', 'arranged', 'set up']);
/** What is opened and is nothing until it is: an account. */
const OPENED_INTO_BEING = /\baccounts?$/;
const PAST_BE = new Set(['was', 'were']);
const UNTIL_WORDS = new Set(['until', 'till']);
const DENIED_BE = new Set(["wasn't", "weren't"]);

/**
 * "Your savings account was never opened", "your views weren't read out", "the money has not been
 * paid": what was never made or handed over is crossed out with the doing. Only for those verbs:
 * "your bail wasn't changed" keeps the bail.
 */
export function deniedPassive(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  const w = writtenWords(tokens[i]);
  const before = writtenWords(tokens[i - 1])[0] ?? '';
  let done = i + 1;
  if (writtenWords(tokens[done])[0] === 'been' && (['has', 'have', 'had'].includes(before) || w.some((x) => /n't$/.test(x)))) done++;
  const be = DENIED_BE.has(w[0]) || w.length > 1 ? i : i - 1;
  const passive = DENIED_BE.has(w[0]) || (PAST_BE.has(before) && (w[0] === 'never' || w[0] === 'not')) || done === i + 2;
  const verb = tokens[done];
  const opened = /^open/.test(verb?.words[0] ?? '') && OPENED_INTO_BEING.test(tokens[be - 1]?.words.join(' ') ?? '');
  if (!passive || !verb || tokens[i].clauseEnd || !(DELIVERED.has(verb.words.join(' ')) || opened) || !verb.verb || UNTIL_WORDS.has(tokens[done + 1]?.words[0] ?? '')) return false;
  if (!markShownSubject(tokens, be, roles, r)) return false;
  roles[i] = 'negator';
  if (done === i + 2) roles[i + 1] = 'negator';
  roles[done] = 'negated';
  return true;
}

/**
 * The subject before `be`, crossed out, only when something crossed out shows: a person alone
 * ("your dad is not", "a solicitor isn't required") would show nothing, and nothing would be
 * seen to be denied; then every role is left as it was.
 */
function markShownSubject(tokens: readonly NegationToken[], be: number, roles: NegationRole[], r: NegationRules): boolean {
  const from = Math.max(0, be - ASIDE * 3);
  const before = roles.slice(from, be);
  if (markSubject(tokens, be, roles, r) > 0 && roles.slice(from, be).some((role, q) => role === 'negated' && tokens[from + q].pictured !== false)) return true;
  before.forEach((role, q) => (roles[from + q] = role));
  return false;
}

/** Whether the clause before the one that ends at `be` says something is allowed ("… is allowed; … is not", "… is fine, but … is not"). */
function allowedBefore(tokens: readonly NegationToken[], be: number, r: NegationRules): boolean {
  let clauses = 0;
  for (let k = be - 1; k >= 0 && k >= be - 16; k--) {
    if (tokens[k].clauseEnd && !tokens[k].comma && ++clauses > 1) return false;
    if (tokens[k].words.some((w) => r.allowed.has(w) || FINE.has(w))) return true;
  }
  return false;
}

/** The things before a verb of being, back to the start of the clause: what is forbidden. */
function markSubject(tokens: readonly NegationToken[], be: number, roles: NegationRole[], r: NegationRules, seen?: { people: number }): number {
  let marked = 0;
  // "Carrying a blade, even a small one, is a crime": the subject is before an aside between
  // commas that starts with "even" (a few words back, no further)
  let end = be - 1;
  if (tokens[be - 1]?.comma) {
    for (let k = be - 1; k > 0 && k >= be - ASIDE; k--) {
      if (!tokens[k - 1].clauseEnd) continue;
      if (tokens[k - 1].comma && r.even.has(tokens[k].words[0])) end = k - 1;
      break;
    }
  }
  const aside = end < be - 1;
  let reset = false;
  /** A list word seen: "Hitting, pushing or grabbing…" goes on back past its commas. */
  let listed = false;
  for (let k = end; k >= 0 && marked < 3 && ((aside && k === end) || !tokens[k].clauseEnd || (listed && !!tokens[k].comma)); k--) {
    const t = tokens[k];
    if (r.lists.has(t.words[0])) listed = true;
    // "Remember that you are not allowed to drive": the subject is you, and what is forbidden
    // comes after (the driving); nothing before "you" or "that" is
    if (t.words.some((w) => r.subjects.has(w))) break;
    // after "at school" or "without asking", the subject is the words just before: not a verb
    // that says or tells ("Remember phones at school…", "Your mum says phones at school…")
    if (reset && ((t.verb && !/ing$/.test(t.written?.[0] ?? '')) || t.words.some((w) => r.said.has(w)))) break;
    // "Shouting at your carers or smashing things…": "at" straight after a verb names its object
    // (not a place: "grabbing at home" is where)
    if (t.words[0] === 'at' && /\p{L}{3,}ing$/u.test(writtenWords(tokens[k - 1])[0] ?? '') && !tokens[k + 1]?.place) continue;
    if (t.words.some((w) => r.stops.has(w) || NEAR.has(w))) {
      // "Going out after seven is off limits": a time between the subject and "is" is when, not what
      if (tokens[k + 1]?.value) continue;
      // "Leaving the classroom without asking is not allowed", "Phones at school are not allowed":
      // what comes after "without" or "at" says how or where; the subject is before it (when there
      // is one in the same clause)
      let thing = false;
      for (let q = k - 1; q >= 0 && q >= k - ASIDE && !tokens[q].clauseEnd && !thing; q--) {
        const x = tokens[q];
        thing = !x.functionWord && !r.links.has(x.words[0]) && !x.words.some((w) => r.subjects.has(w));
      }
      if (!CLAUSE_STARTS.has(t.words[0]) && thing) {
        for (let q = k + 1; q < end + 1; q++) if (roles[q] === 'negated') roles[q] = null;
        marked = 0;
        reset = true;
        continue;
      }
      break;
    }
    if (t.functionWord || r.links.has(t.words[0]) || t.value) continue;
    roles[k] = t.person ? 'person' : 'negated';
    if (t.person && seen) seen.people++;
    // (who it is shared with does not use up the count: "Sharing your PIN with a cousin is…")
    if (!t.person) marked++;
  }
  // "Leaving the school site at lunchtime is against the rules": the leaving is forbidden, not where from
  let first = -1;
  for (let k = end; k >= 0 && k > end - ASIDE * 3 && !(k < end && tokens[k].clauseEnd); k--) if (roles[k] === 'negated') first = k;
  if (first >= 0 && r.leaving.has(tokens[first].words.join(' '))) {
    for (let q = first + 1; q <= end; q++) if (roles[q] === 'negated') roles[q] = null;
  }
  return marked;
}

/**
 * "Your phone cannot go into court", "Phones must not be taken into the exam": a thing said
 * not to go in is what is forbidden; where it may not go stays plain, and the going shows nothing.
 */
export function thingGoesIn(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  if (!r.entering) return false;
  let j = i + 1;
  while (j < tokens.length && !tokens[j - 1].clauseEnd && (tokens[j].functionWord || tokens[j].words.every((w) => r.helpers.has(w))) && !r.entering.has(tokens[j].words.join(' '))) j++;
  const action = tokens[j];
  if (!action || tokens[j - 1].clauseEnd || !r.entering.has(action.words.join(' ')) || action.clauseEnd || !INTO.has(tokens[j + 1]?.words[0] ?? '')) return false;
  // the subject, back to the start of the clause: things only, no person and no "you"
  const subject: number[] = [];
  for (let k = i - 1; k >= 0 && !tokens[k].clauseEnd; k--) {
    const t = tokens[k];
    if (t.words.some((w) => r.subjects.has(w) || r.stops.has(w))) return false;
    if (t.functionWord || r.links.has(t.words[0]) || t.words.every((w) => r.helpers.has(w)) || t.value) continue;
    if (t.person) return false;
    subject.push(k);
  }
  if (!subject.length || subject.length > 3) return false;
  for (const k of subject) roles[k] = 'negated';
  for (let k = i + 1; k < j; k++) if (!tokens[k].functionWord) roles[k] = 'negator';
  roles[j] = 'undone';
  return true;
}

/** Blocking makes a rule only of what is online. */
const BLOCKING = new Set(['block', 'blocked']);
const BLOCKABLE = new Set(['website', 'websites', 'site', 'sites', 'apps', 'games', 'number', 'account', 'accounts', 'contact', 'contacts', 'wifi', 'chat', 'chats']);

/**
 * "Sending nude photos is against the law", "Carrying a knife is illegal": the subject is forbidden.
 * "It is against the law to share nudes", "It's illegal to carry a knife": what follows "to" is.
 */
export function unlawful(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markScope: MarkScope): boolean {
  if (!r.unlawful?.has(tokens[i].words.join(' '))) return false;
  let be = i - 1;
  while (be > 0 && (ARTICLES.has(tokens[be].words[0]) || tokens[be].words[0] === 'as')) be--;
  if (be >= 0 && writtenWords(tokens[be]).some((w) => w === "it's" || w === 'itʼs') && tokens[i + 1]?.words[0] === 'to' && !tokens[i].clauseEnd) {
    markScope(tokens, roles, i + 2, r);
    return true;
  }
  if (be < 1 || !tokens[be].words.some((w) => r.be.has(w) || COUNTS.has(w)) || tokens[be].words.some((w) => r.negators.has(w))) return false;
  // ("Snapchat is blocked after 10 pm": an app or a site, not "your nose is blocked")
  if (BLOCKING.has(tokens[i].words[0]) && !tokens.slice(Math.max(0, be - 6), be).some((t) => SCREENS.has(t.words.join(' ')) || BLOCKABLE.has(t.words[0]))) return false;
  if (writtenWords(tokens[be - 1]).includes('it') && (be < 2 || tokens[be - 2].clauseEnd) && tokens[i + 1]?.words[0] === 'to' && !tokens[i].clauseEnd) {
    markScope(tokens, roles, i + 2, r);
    return true;
  }
  return markSubject(tokens, be, roles, r) > 0;
}

/**
 * "Swearing at staff breaks the rules": what breaks a rule, said before it, is forbidden
 * ("if you break the rules" names no thing: nothing is marked).
 */
export function breaksRule(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  if (!r.ruleBreaking || tokens[i].words.length < 3 || !r.ruleBreaking.has(tokens[i].words.join(' ')) || i < 1 || tokens[i - 1].clauseEnd || roles[i]) return false;
  const before = roles.slice(Math.max(0, i - ASIDE * 3), i);
  if (markSubject(tokens, i, roles, r) > 0) return true;
  // nothing forbidden found: leave every role as it was (no person hidden for nothing)
  before.forEach((role, q) => (roles[Math.max(0, i - ASIDE * 3) + q] = role));
  return false;
}

/** Helpers between a subject and "not" in a denied arrival ("has not", "did not", "will not"). */
const ARRIVAL_HELPERS = new Set(['has', 'have', 'had', 'did', 'does', 'do', 'will', 'is', 'was', 'were', 'are']);
/** What may follow a denied arrival for it to end there ("has not arrived yet", "did not turn up, so…"). */
const AFTER_ARRIVAL = new Set(['yet', 'so', 'because', 'today', 'at', 'in', 'for', 'and', 'but']);

/**
 * "The victim's statement has not arrived", "the witness did not turn up": what did not come is
 * the subject. A thing is crossed out and its arriving shows nothing (a statement does not walk);
 * a person shows nothing and their not coming is crossed out.
 */
export function notArrived(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  const action = tokens[i + 1];
  if (!r.arriving || !action || tokens[i].clauseEnd) return false;
  // ("turn up", "come through" may be two tokens)
  const particle = !action.clauseEnd && !!tokens[i + 2] && r.arriving.has(`${action.words.join(' ')} ${tokens[i + 2].words.join(' ')}`);
  const last = particle ? i + 2 : i + 1;
  if (!particle && !r.arriving.has(action.words.join(' '))) return false;
  if (!tokens[last].clauseEnd && !AFTER_ARRIVAL.has(tokens[last + 1]?.words[0] ?? '') && !tokens[last + 1]?.value) return false;
  const written = writtenWords(tokens[i]);
  const contracted = written.some((w) => /n't$/.test(w) && ARRIVAL_HELPERS.has(w.slice(0, -3)));
  const be = contracted ? i : i - 1;
  if (be < 1 || !(contracted || writtenWords(tokens[be]).some((w) => ARRIVAL_HELPERS.has(w)))) return false;
  const seen = { people: 0 };
  const things = markSubject(tokens, be, roles, r, seen);
  if (!things && !seen.people) return false;
  roles[i] = 'negator';
  for (let k = i + 1; k <= last; k++) roles[k] = things ? 'undone' : 'negated';
  return true;
}

/** Words after a calling off that end what is said of it ("cancelled for now", "again", "too"). */
const CALLED_OFF_AFTER = new Set(['for', 'now', 'again', 'too', 'because']);
/** Helpers before a word that calls something off ("is cancelled", "has been called off", "gets cancelled"). */
const CALLED_OFF_HELPERS = new Set(['is', 'was', 'are', 'were', 'gets', 'got', 'get', 'been', 'be', "'s"]);

/**
 * "Wednesday's visit is cancelled", "The session has been called off": what is called off will
 * not happen, so it is crossed out; the word that says so keeps its own picture.
 */
export function calledOff(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  // "The boxing club placement fell through": what fell through will not happen
  if (FALLING.has(writtenWords(tokens[i]).join(' ')) && writtenWords(tokens[i + 1])[0] === 'through' && i > 0 && !tokens[i - 1].clauseEnd && !roles[i] && (tokens[i + 1].clauseEnd || r.stops.has(tokens[i + 2]?.words[0] ?? '') || !tokens[i + 2])) {
    if (!markSubject(tokens, i, roles, r)) return false;
    roles[i] = roles[i + 1] = 'negator';
    return true;
  }
  if (!r.cancelled?.has(tokens[i].words.join(' ')) || roles[i]) return false;
  let be = i - 1;
  // ("has been cancelled": "has" only before "been"; "has cancelled your curfew" is the judge's doing)
  let been = false;
  while (be > 0 && writtenWords(tokens[be]).every((w) => w === 'been' || w === 'be')) {
    been = true;
    be--;
  }
  const helper = (w: string) => CALLED_OFF_HELPERS.has(w) || (been && (w === 'has' || w === 'have' || w === 'had'));
  // ("Footie's cancelled tonight": the thing and its "is" are one word)
  // (not a person: "Mum's cancelled the visit" is what she did)
  const joinedBe = !been && be === i - 1 && !tokens[be].functionWord && !tokens[be].person && /\p{L}['’]s$/u.test(writtenWords(tokens[be]).at(-1) ?? '');
  if (!joinedBe && (be < 1 || tokens[be].clauseEnd || !writtenWords(tokens[be]).some(helper))) return false;
  // (only at the end of what is said: "is cancelled this Saturday", "for now"; not "cancelled your visit")
  let n = i + 1;
  while (n < tokens.length && !tokens[n - 1].clauseEnd && tokens[n].functionWord && !r.stops.has(tokens[n].words[0]) && !tokens[n].value) n++;
  const next = tokens[n];
  if (next && !tokens[n - 1].clauseEnd && !r.stops.has(next.words[0]) && !next.value && !CALLED_OFF_AFTER.has(next.words[0])) return false;
  if (joinedBe) {
    roles[be] = 'negated';
    return true;
  }
  return markSubject(tokens, be, roles, r) > 0;
}

/**
 * "Greyfield Academy has suspended you": the place that excludes you is where you may not go.
 */
export function excludedBy(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): boolean {
  let found = false;
  for (let k = i - 1; k >= 0 && !tokens[k].clauseEnd; k--) {
    const t = tokens[k];
    if (t.place && !t.person) {
      roles[k] = 'negated';
      found = true;
    } else if (!t.functionWord && !t.words.every((w) => r.helpers.has(w))) break;
  }
  return found;
}
