/**
 * Ways of saying a prohibition beyond a plain "not": "stop doing" at the start of a clause,
 * "doesn't mean" (what it would mean is denied, not the meaning), "even a friend" after one
 * (one more who may not have it), "asks you to …, say no", "no longer" and "doesn't want".
 * negation.ts calls them and passes its own markers.
 */
import type { NegationRole, NegationToken } from './negation';
import { isNegator, nearby, OBJECT_PRONOUNS, writtenWords, type NegationRules } from './negationRules';
import { markLeftOut } from './negationBarred';

/** Marks what follows `from` as forbidden (negation.ts's markScope or markThings). */
type Mark = (tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules) => void;

/** Words that open a verb's object ("ring the surgery", "tell us"). */
const OBJECT_STARTS = new Set(['the', 'your', 'a', 'an', 'us', 'me', 'him', 'her', 'them', 'someone', 'it', 'this', 'that']);

/** "Stop messaging people you only know from games": stopping, first in its clause, is "don't". */
export function stopDoing(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markScope: Mark): boolean {
  if (!r.stopping || tokens[i].words.length > 1 || !r.stopping.has(tokens[i].words[0])) return false;
  const next = tokens[i + 1];
  // "it can stop you waking up": what is stopped is what will not happen (when it shows: in "can stop
  // you making good choices" the stop sign stays)
  if (next && WHO_IS_STOPPED.has(writtenWords(next)[0] ?? '') && !next.clauseEnd && !roles[i] && /\p{L}{3,}ing$/u.test(writtenWords(tokens[i + 2])[0] ?? '') && tokens[i + 2].pictured) {
    roles[i] = 'negator';
    roles[i + 2] = 'negated';
    return true;
  }
  // (a verb's -ing form, not "everything" or "during")
  const doing = !!next && !next.functionWord && !next.value && !next.words.some((w) => r.stops.has(w)) && /^\p{L}{2,}ing$/u.test(next.written?.[0] ?? '') && !/thing$/.test(next.written?.[0] ?? '');
  if (!opensClause(tokens, i) || tokens[i].clauseEnd || roles[i] || !doing) return false;
  // ("Please stop kicking the door": a doing with no picture would leave only the door crossed out;
  // the stop sign says it, as it always has at the start of a sentence)
  if (i > 0 && !tokens[i - 1].clauseEnd && !next.pictured && !r.lightVerbs.has(next.words[0])) return false;
  roles[i] = 'negator';
  // ("You stopped answering your phone": a past stopping denies the answering; the phone is still
  // there. A light verb passes it on: "you stopped taking your tablets")
  if (/ed$/.test(writtenWords(tokens[i])[0] ?? '') && next.pictured && !r.lightVerbs.has(next.words[0])) {
    roles[i + 1] = 'negated';
    return true;
  }
  let end = i;
  while (end + 1 < tokens.length && end < i + 40 && !tokens[end].sentenceEnd) end++;
  const before = roles.slice(i, end + 1);
  markScope(tokens, roles, i + 1, r);
  // "You stopped taking your tablets without telling anyone": a past stopping forbids nothing,
  // so what "without" leaves out is crossed out as in any account of what happened
  if (/ed$/.test(writtenWords(tokens[i])[0] ?? '')) for (let k = i + 2; k < end; k++) if (r.lacking?.has(tokens[k].words[0]) && !tokens[k].clauseEnd) markLeftOut(tokens, roles, k + 1, r);
  // "stop taking it and ring the surgery": what comes after "and" is the next thing to do (a
  // verb in its plain form before its object: "and calls to Leah's family" is one more thing)
  const imperative = (k: number) => {
    const w = writtenWords(tokens[k])[0] ?? '';
    return !/\p{L}{3,}ing$/u.test(w) && !/s$/.test(w) && OBJECT_STARTS.has(tokens[k + 1]?.words[0] ?? '');
  };
  for (let k = i + 2; k < end; k++) {
    if (tokens[k].words[0] !== 'and' || !imperative(k + 1)) continue;
    for (let q = k; q <= end; q++) roles[q] = before[q - i];
    break;
  }
  return true;
}

/** Who is stopped from doing something ("it can stop you waking up"). */
const WHO_IS_STOPPED = new Set(['you', 'me', 'him', 'her', 'them', 'us']);

/** Words that open a stopping whatever stands before them ("did she ask you to stop", "since you stopped"). */
const STOP_OPENERS = new Set(['since', 'ask', 'asks', 'asked', 'tell', 'tells', 'told']);
/** Who stops and the helpers before "stop" ("Please stop vaping", "You stopped taking your tablets", "you need to stop"). */
const STOP_LEADS = new Set(['please', 'so', 'and', 'but', 'then', 'now', 'did', 'just', 'you', 'i', 'we', 'he', 'she', 'they', 'need', 'needs', 'have', 'has', 'to', 'try', 'must', 'should', 'will', 'can', 'going', 'want', 'wants']);

/** "stop" starts its clause, or only who stops and helpers stand before it. */
function opensClause(tokens: readonly NegationToken[], i: number): boolean {
  for (let k = i - 1; k >= 0 && !tokens[k].clauseEnd; k--) {
    const w = writtenWords(tokens[k]);
    // ("did Miss Khan ask you to stop…", "since you stopped…": what comes before says who asks, or when)
    if (STOP_OPENERS.has(w[0] ?? '')) return true;
    if (!w.every((x) => STOP_LEADS.has(x.replace(/['’](?:ll|ve|re|d|s)$/, '')))) return false;
  }
  return true;
}

/** "being upset doesn't mean you did anything wrong": what it would mean is denied, not the meaning. */
export function deniedMeaning(tokens: readonly NegationToken[], roles: NegationRole[], j: number, r: NegationRules, markThings: Mark): void {
  roles[j] = 'undone';
  let k = j + 1;
  while (k < tokens.length && !isNegator(tokens[k], r) && (tokens[k].functionWord || r.subjects.has(tokens[k].words[0]) || tokens[k].words.every((w) => r.helpers.has(w) || w === 'did' || w === 'that')) && !tokens[k].clauseEnd) k++;
  // "doesn't mean you can't change your mind": two denials, nothing is denied
  if (tokens[k] && isNegator(tokens[k], r)) {
    roles[k] = 'negator';
    return;
  }
  // "does not mean you must leave Elm Lodge": what you need not do is not forbidden, and shows
  // nothing, as after "you don't have to" (plain it would say "leave")
  const must = (t: NegationToken) => t.words.some((w) => w === 'must' || r.obliged.has(w));
  if (tokens.slice(j + 1, k).some(must)) {
    for (let q = j + 1; q <= k && q < tokens.length; q++) if (must(tokens[q]) || q === k) roles[q] = 'undone';
    for (let q = k + 1; q < tokens.length && q <= k + 4 && !tokens[q - 1].clauseEnd && !tokens[q].value && !tokens[q].words.some((w) => r.stops.has(w)); q++) {
      if (!tokens[q].functionWord && !r.links.has(tokens[q].words[0])) roles[q] = 'negator';
    }
    return;
  }
  // "does not mean you lose your support": not losing it is keeping it, so the support stays plain
  if (r.failingVerbs.has(tokens[k]?.words[0] ?? '')) {
    roles[k] = 'undone';
    return;
  }
  markThings(tokens, roles, k, r);
}

/**
 * "Never give your PIN to anyone, even a friend": the one named after "even" is one more who
 * may not have it, shown as a person in a prohibition is (no picture, so never as allowed).
 */
export function evenThem(tokens: readonly NegationToken[], roles: NegationRole[], r: NegationRules): void {
  for (let k = 1; k < tokens.length; k++) {
    if (!r.even.has(tokens[k].words[0])) continue;
    // ("even if a friend says…" opens a clause of its own)
    if (!tokens[k - 1].comma || roles[k] || r.stops.has(tokens[k + 1]?.words[0] ?? '') || tokens[k + 1]?.words[0] === 'though') continue;
    let start = k - 1;
    while (start > 0 && start > k - 40 && !tokens[start - 1].sentenceEnd) start--;
    if (!roles.slice(start, k).some((role) => role === 'negated' || role === 'person')) continue;
    let q = k + 1;
    while (q < tokens.length && q <= k + 3 && !tokens[q].person && !tokens[q - 1].clauseEnd) q++;
    if (!tokens[q]?.person || tokens[q - 1].clauseEnd) continue;
    for (let x = k; x < q; x++) roles[x] = 'negator';
    roles[q] = 'person';
  }
}

/** Verbs (dictionary forms) that ask a young person to do something: "asks you to", "offers cash to". */
const ASKING = new Set(['ask', 'offer', 'pay', 'dare', 'pressure', 'persuade']);
/** Who "say no to" names when it answers someone who asked ("say no to him"). */
const WHO_ASKED = new Set(['him', 'her', 'them', 'it', 'that', 'this', 'anyone', 'someone']);
/** A bank account asked for: what is done with it is the harm, and labellers leave it plain. */
const ACCOUNTS = new Set(['account', 'bank account', 'accounts', 'bank card', 'bank details']);
/** Money offered ("offers you easy money, say no"): labellers leave it plain too; not cash offered to do something ("offer cash to carry a parcel"). */
const MONEY = new Set(['money', 'easy money', 'cash', 'quick money']);
/** Words before "say no" that make it a right, not an instruction ("you can say no", "you are free to say no"). */
const RIGHT_TO = new Set(['can', 'could', 'may', 'allowed', 'ok', 'okay', 'fine', 'right', 'free', 'choice', 'choose']);

/**
 * "If anyone asks you to carry a package, say no", "Someone asking you to hold a bag? Say no":
 * what you are asked to do is forbidden (within the sentence, or the one just before).
 */
export function askedToSayNo(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules, markScope: Mark): boolean {
  if (tokens[i].words.length !== 2 || tokens[i].words[0] !== 'say' || tokens[i].words[1] !== 'no') return false;
  if (tokens.slice(Math.max(0, i - 4), i).some((t) => t.words.some((w) => RIGHT_TO.has(w)))) return false;
  // ("say no to drugs": what follows is what is refused, read elsewhere)
  if (tokens[i + 1]?.words[0] === 'to' && !tokens[i].clauseEnd && !WHO_ASKED.has(tokens[i + 2]?.words[0] ?? '')) return false;
  // back to the start of the sentence, or of the one before when it is a question ("Someone asking
  // you to carry a parcel? Say no.")
  let start = i;
  for (let ends = 0; start > 0 && start > i - 30; start--) if (tokens[start - 1].sentenceEnd && (ends++ > 0 || !tokens[start - 1].question)) break;
  // (the asking nearest "say no": "if they want to go to the park, fine, but if they ask you to steal, say no")
  for (let a = i - 1; a >= start; a--) {
    if (!ASKING.has(tokens[a].words[0]) || tokens[a].words.length > 1) continue;
    const to = nearby(tokens, a, 7, (t) => t.words[0] === 'to' && t.words.length === 1);
    // ("If someone offers you a cigarette, say no": what is offered; "if they ask for photos, say no": what is asked for)
    // (someone else asking: not "Ask for help", an instruction to the young person)
    const askedFor = to < 0 && tokens[a].words[0] === 'ask' && tokens[a + 1]?.words[0] === 'for' && !tokens[a].clauseEnd && a > start && !tokens[a - 1].clauseEnd;
    const offered = askedFor || (to < 0 && tokens[a].words[0] === 'offer' && !tokens[a].clauseEnd);
    // (after "to", a word that is no place or person is the doing, whatever the tagger made of it: "to mind a bag")
    const doing = tokens[to + 1];
    if (!offered && (to < 0 || to >= i || !doing || (!doing.verb && (doing.functionWord || doing.value || doing.person || doing.place)))) continue;
    // ("offers to put money in your account, say no": labellers leave the money and the account plain)
    if (tokens.slice(a + 1, i).some((t) => ACCOUNTS.has(t.words.join(' ')) || (to < 0 && MONEY.has(t.words.join(' '))))) return false;
    // (the scope ends before "say no": "say no and tell us" is what to do; kept to the sentence, so
    // a long text is read once)
    let end = i;
    while (end + 1 < tokens.length && end < i + 40 && !tokens[end].sentenceEnd) end++;
    const after = roles.slice(i, end + 1);
    markScope(tokens, roles, askedFor ? a + 2 : offered ? a + 1 : to + 1, r);
    after.forEach((role, q) => (roles[i + q] = role));
    return true;
  }
  return false;
}

/** "You're no longer on a doorstep curfew": what no longer holds is denied. */
export function noLonger(tokens: readonly NegationToken[], i: number, joined: string, roles: NegationRole[], r: NegationRules, markScope: Mark): boolean {
  // ("no longer than ten minutes" is a limit)
  if (!r.noBefore.has(joined) || tokens[i + 1]?.words[0] !== 'longer' || tokens[i + 1].clauseEnd || tokens[i + 2]?.words[0] === 'than') return false;
  roles[i] = roles[i + 1] = 'negator';
  markScope(tokens, roles, i + 2, r);
  return true;
}

/** Wanting, before "to" and a verb: what would be done is what is denied. */
const WANTING = new Set(['want', 'wants', 'wanted']);

/**
 * "The victim doesn't want to meet you": the meeting is what is denied; "you don't want your mum
 * at the meeting": who or what is not wanted. The wanting shows nothing.
 */
export function notWanted(tokens: readonly NegationToken[], roles: NegationRole[], j: number, r: NegationRules, markScope: Mark, markThings: Mark): boolean {
  const next = tokens[j + 1];
  if (!WANTING.has(tokens[j].words[0]) || tokens[j].clauseEnd || !next) return false;
  if (next.words[0] === 'to' && !next.clauseEnd && tokens[j + 2]?.verb) {
    roles[j] = 'negator';
    markScope(tokens, roles, j + 2, r);
    return true;
  }
  if (next.words[0] === 'to' || OBJECT_PRONOUNS.has(next.words[0])) return false;
  roles[j] = 'negator';
  markThings(tokens, roles, j + 1, r);
  return true;
}

/** A past participle ("told", "gone", "taken", "said", "rung"). */
const PARTICIPLE = /(?:ed|en|wn|ne|ld|ung|ught|id|de|ft|pt|lt|nt|st)$/;

/**
 * "The school should have told us", "You should've told us straight away": what should have
 * happened did not, so the doing is crossed out (only the doing: who was not told, and what
 * about, stay plain).
 */
export function shouldHave(tokens: readonly NegationToken[], i: number, roles: NegationRole[]): boolean {
  const w = writtenWords(tokens[i]);
  let j = w[0] === "should've" ? i + 1 : w[0] === 'should' && writtenWords(tokens[i + 1])[0] === 'have' && !tokens[i].clauseEnd ? i + 2 : -1;
  if (j < 0 || roles[i]) return false;
  if (writtenWords(tokens[j])[0] === 'been' && !tokens[j].clauseEnd) j++;
  const done = tokens[j];
  if (!done || !done.verb || done.functionWord || done.words.length > 1 || tokens[j - 1].clauseEnd || !PARTICIPLE.test(writtenWords(done)[0] ?? '')) return false;
  roles.fill('negator', i, j);
  roles[j] = 'negated';
  return true;
}

/** Verbs whose "nothing" says they did not happen ("found nothing", "said nothing"; not "showed nothing broken"). */
const NOTHING_DONE = new Set(['find', 'found', 'get', 'got', 'hear', 'heard', 'see', 'saw', 'say', 'said', 'eat', 'ate', 'take', 'took', 'buy', 'bought', 'steal', 'stole', 'notice', 'noticed']);

/**
 * "never without showing your card": two noes make a must, and what follows is required (the
 * "without" shows nothing). "searched you and found nothing": the finding did not happen.
 */
export function twoNoesOrNothing(tokens: readonly NegationToken[], i: number, joined: string, roles: NegationRole[], r: NegationRules): boolean {
  if ((joined === 'never' || joined === 'not') && !tokens[i].clauseEnd && r.lacking?.has(tokens[i + 1]?.words[0] ?? '')) {
    roles[i] = 'negator';
    roles[i + 1] = 'undone';
    return true;
  }
  const done = tokens[i - 1];
  if (joined !== 'nothing' || !done || done.clauseEnd || !NOTHING_DONE.has(writtenWords(done)[0] ?? '') || roles[i - 1] || !done.pictured) return false;
  roles[i] = 'negator';
  roles[i - 1] = 'negated';
  return true;
}
