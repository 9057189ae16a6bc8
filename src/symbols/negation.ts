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
import { ENGLISH, isNegator, nearby, OBJECT_PRONOUNS, writtenWords, type NegationRules } from './negationRules';
import { ADDED, ANSWERING, APPEARING, AREA_LINKS, AT_A_TIME, CLAUSE_HEADS, COMING, CONJUNCTIONS, CONTACTING, CONTACT_MEANS, FILLERS, FUTURE, GIVING, HANDING, HEDGES, JOURNEYS, LOOKING_IN, MINDED, MODALS, NEXT_STEPS, NO_ACCOUNT, OBJECT_OPENERS, PARTICIPLES, PAST, PAST_DENIAL, RESUMES, SUBJECT_HELPERS, SUBJECT_WORDS, SURFACES, TELLING, TELLING_NEWS, TO_US, UNTIL, WHEREVER, WHERE_WORDS } from './negationWords';
import { kept, onAStomach, onMedicine, onScreen, OWNERS, WHILE_ON } from './negationKept';
import { askedToSayNo, deniedMeaning, evenThem, noLonger, notWanted, shouldHave, stopDoing, twoNoesOrNothing } from './negationPhrasings';
import { barred, forbidsNothing, keptAtADistance, markLacking, refusalIsRight } from './negationBarred';
import { verbLastRoles } from './negationVerbLast';
import { doesSomething, markNoThing, noneAllowed } from './negationNo';
import { markDeniedTime, notNeeded, notRequired, notTold, notYet, passiveAction } from './negationDenied';
import { breaksRule, calledOff, deniedPassive, notThrough, notAllowed, notArrived, passiveRule, thingGoesIn, unlawful } from './negationSubject';

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
  /** The token ends its sentence (a full stop, question or exclamation mark follows it). */
  sentenceEnd?: boolean;
  /** A question mark follows it. */
  question?: boolean;
  /** A name: a word with a capital that shows no picture ("Kim", "Marlow Street"). */
  name?: boolean;
  /** A person (the victim, your mum, a social worker). */
  person?: boolean;
  /** The words as written, lower case, where they differ ("aren't allowed" for "not allowed"). */
  written?: string[];
  /** Only a comma follows it: a list may go on ("energy drinks, knives or lighters"). */
  comma?: boolean;
  /** Its own picture already says no ("no smoking"): it shows that, and forbids nothing more. */
  signed?: boolean;
  /** A place ("the house", "school"). */
  place?: boolean;
  /** A verb, as the tagger read it in this sentence (English only). */
  verb?: boolean;
  /** It has a picture of its own (a crossed-out thing with none says nothing). */
  pictured?: boolean;
}

/** What the rules decide for one token. */
/** `undone`: a failing verb under a negator ("don't forget"), shown as nothing, as the negator is. */
export type NegationRole = 'negator' | 'negated' | 'person' | 'undone' | null;

/**
 * After a sign that says no: "no contact with the Holt brothers" forbids who or what it is
 * with; "No smoking, vaping or drinking alcohol is allowed": the list after it is forbidden too.
 */
function markSigned(tokens: readonly NegationToken[], i: number, roles: NegationRole[], r: NegationRules): void {
  if (!tokens[i].clauseEnd && r.firstLinks.has(tokens[i + 1]?.words[0] ?? '')) markThings(tokens, roles, i + 1, r);
  if (tokens[i].clauseEnd ? listGoesOn(tokens, i, r) : r.lists.has(tokens[i + 1]?.words[0] ?? '')) {
    markThings(tokens, roles, i + (tokens[i].clauseEnd ? 1 : 2), r);
    noneAllowed(tokens, i, roles, r);
  }
}

/** Marks each token as a negator, as negated, or neither. */
export function negationRoles(tokens: readonly NegationToken[], r: NegationRules = ENGLISH): NegationRole[] {
  if (r.verbLast) return verbLastRoles(tokens, r);
  const roles: NegationRole[] = tokens.map(() => null);
  for (let i = 0; i < tokens.length; i++) {
    // "no contact with the Holt brothers": a sign that says no forbids who or what it is with
    if (tokens[i].signed) markSigned(tokens, i, roles, r);
    // "Stop messaging people you only know from games": stopping at the start is "don't"
    if (stopDoing(tokens, i, roles, r, markScope) || askedToSayNo(tokens, i, roles, r, markScope) || shouldHave(tokens, i, roles)) continue;
    // ("Phones are banned from the classroom": a thing that is banned is crossed out, not the place)
    if ((r.unlawful?.has(tokens[i].words.join(' ')) && !roles[i] && unlawful(tokens, i, roles, r, markScope)) || breaksRule(tokens, i, roles, r)) continue;
    if (barred(tokens, i, roles, r, markThings)) continue;
    const away = keptAtADistance(tokens, i, r);
    if (away > 0) {
      roles.fill('negator', i, away + 2);
      markThings(tokens, roles, away + 2, r);
      continue;
    }
    if (!isNegator(tokens[i], r) || roles[i] || refusalIsRight(tokens, i)) {
      if (!unlawful(tokens, i, roles, r, markScope)) calledOff(tokens, i, roles, r);
      continue;
    }
    const joined = tokens[i].words.join(' ');
    if (twoNoesOrNothing(tokens, i, joined, roles, r) || forbidsNothing(tokens, i, joined, r) || noLonger(tokens, i, joined, roles, r, markScope)) continue;
    // "not even your best mate should know it", "Nobody, not even family, is allowed to touch you":
    // who is named is neither crossed out nor shown; what they may not do is
    if (joined === 'not' && tokens[i + 1]?.words[0] === 'even') {
      roles[i] = 'negator';
      let j = i + 1;
      // a thing named is crossed out with the rest ("not even online")
      while (j < tokens.length && !tokens[j].words.some((w) => SUBJECT_HELPERS.has(w))) {
        if (tokens[j].clauseEnd && !tokens[j + 1]?.words.some((w) => SUBJECT_HELPERS.has(w))) break;
        j++;
      }
      // who is named ("your best mate") shows nothing, what describes them neither
      const named = tokens.slice(i + 2, j + 1);
      const person = named.some((t) => t.person);
      named.forEach((t, k) => (roles[i + 2 + k] = t.person ? 'person' : t.functionWord || person ? 'negator' : 'negated'));
      roles[i + 1] = 'negator';
      if (j >= tokens.length || !tokens[j].words.some((w) => SUBJECT_HELPERS.has(w))) continue;
      markScope(tokens, roles, j, r, true);
      continue;
    }
    // "No adult should ask you to keep a secret": a person after "no" is "nobody"
    // (not "No visitors after 9 pm", "a no-visitors rule": no one is said to do anything there)
    const does = r.noBefore.has(joined) && tokens[i + 1]?.person && !tokens[i + 1].clauseEnd ? doesSomething(tokens, i + 2) : -1;
    if (does >= 0) {
      roles.fill('negator', i, does);
      markScope(tokens, roles, does, r, true);
      continue;
    }
    // "Under no circumstances should you contact Liam", "on no account": what follows is forbidden
    if (r.noBefore.has(joined) && NO_ACCOUNT.has(tokens[i + 1]?.words[0] ?? '') && !tokens[i + 1].clauseEnd) {
      roles[i] = roles[i + 1] = 'negator';
      markScope(tokens, roles, i + 2, r);
      continue;
    }
    // "No" before a thing forbids the thing ("No phones in the room")
    if (r.noBefore.has(joined) && tokens[i + 1] && !tokens[i + 1].functionWord && !isNegator(tokens[i + 1], r)) {
      markNoThing(tokens, i, roles, r, markScope, markThings);
      continue;
    }
    roles[i] = 'negator';
    // "Phones are not allowed in class": what is forbidden is the subject, before the verb
    if (notAllowed(tokens, i, roles, r, markScope) || passiveRule(tokens, i, roles, r, markScope) || deniedPassive(tokens, i, roles, r) || notThrough(tokens, i, roles, r) || tokens[i].clauseEnd || notArrived(tokens, i, roles, r)) continue;
    // "Nothing changes with your bail": the change is denied, not the bail
    if (joined === 'nothing' && (i === 0 || tokens[i - 1].clauseEnd) && tokens[i + 1] && !tokens[i + 1].functionWord && !tokens[i + 1].words.some((w) => r.obliged.has(w)) && (tokens[i + 1].verb || /(?:s|ed)$/.test(tokens[i + 1].written?.[0] ?? ''))) {
      roles[i + 1] = 'negated';
      continue;
    }
    if (thingGoesIn(tokens, i, roles, r)) continue;
    let j = i + 1;
    // "no one" written as two words
    const noOne = joined === 'no' && tokens[i + 1]?.words.join(' ') === 'one';
    if (noOne) j++;
    if (r.negativeSubjects.has(joined) || noOne) {
      // "Nobody will hurt you": the hurting is crossed out; a crossed-out person beside it would
      // say "no people" (at the police station). Skip what describes them ("from the estate").
      roles[i] = 'negator';
      // ("that nobody posts photos": the first thing said of them, not after a link, is the action)
      while (j < tokens.length && !tokens[j - 1].clauseEnd && !tokens[j].words.some((w) => SUBJECT_HELPERS.has(w))) {
        const t = tokens[j];
        const prev = tokens[j - 1];
        if (!t.functionWord && !r.links.has(t.words[0]) && !prev.functionWord && !r.links.has(prev.words[0])) break;
        j++;
      }
    } else if (r.away.has(joined)) {
      markAvoided(tokens, roles, i, j, r);
      continue;
    }
    markScope(tokens, roles, j, r, r.negativeSubjects.has(joined) || noOne);
  }
  if (r.lacking) markLacking(tokens, roles, r, isNegator);
  evenThem(tokens, roles, r);
  return roles;
}

/** Verbs of seeing and hearing, whose object may be followed by what it did ("saw him leave"). */
const PERCEIVING = new Set(['see', 'hear', 'watch', 'notice', 'spot', 'feel']);
const SEEN = new Set(['him', 'her', 'me', 'us', 'them', 'you', 'it', 'anyone', 'someone', 'anybody']);
/** Whether the one who did not do it is someone other than the reader: a person just before the negation ("the victim will not come"). */
function someoneElse(tokens: readonly NegationToken[], j: number): boolean {
  for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
    const t = tokens[k];
    const w = writtenWords(t)[0] ?? '';
    if (t.clauseEnd || /^(?:you|i|we)(?:['’](?:re|ve|ll|d|m))?$/.test(w)) return false;
    if ((t.person && !t.functionWord) || t.name || /^(?:he|she|they)(?:['’](?:s|ve|ll|d))?$/.test(w)) return true;
  }
  return false;
}

/** Where to be instead, after "and" and a verb ("and stay at home", "and go inside"). */
const AT_HOME = new Set(['at', 'home', 'inside', 'indoors']);
/** Accidents to avoid: what they would happen over or on stays plain. */
const ACCIDENTS = new Set(['trip', 'slip', 'fall', 'stumble']);
/** Losing control, which a denial keeps as what is denied ("did not lose his temper"). */
const CONTROL_LOST = /\btemper\b|\bcontrol\b|\bthe plot\b/;

/** "stay away from the park", "instead of the office": what follows is what is avoided. */
function markAvoided(tokens: readonly NegationToken[], roles: NegationRole[], i: number, from: number, r: NegationRules): void {
  let j = from;
  while (j < tokens.length && tokens[j].words.every((w) => w === 'from' || r.links.has(w))) j++;
  // "on Thursday 9 May instead of Monday": the day replaced is crossed out
  if (tokens[j]?.value && !tokens[i].clauseEnd) roles[j] = 'negated';
  else markThings(tokens, roles, j, r);
  // "Instead of hitting out, walk away": first in the sentence, the comma ends what is
  // replaced; what follows is what to do
  if (i === 0 || tokens[i - 1].clauseEnd) for (let k = tokens.findIndex((t, n) => n >= j && t.clauseEnd) + 1; k > 0 && k < tokens.length; k++) if (roles[k] === 'negated') roles[k] = null;
}

/**
 * Verbs whose denial reaches no further than themselves: "don't forget your appointment",
 * "must not miss school", "don't break your bail" (not failing is doing, so the appointment,
 * school and bail stay plain, crossed out they would say "no appointment", and the failing verb
 * shows nothing rather than a double negative); "Nobody saw him leave the house" (the seeing is
 * denied; what was seen happened); "Nobody came to the review" (it was held).
 */
function deniedAlone(tokens: readonly NegationToken[], roles: NegationRole[], j: number, r: NegationRules, subject: boolean): boolean {
  const action = tokens[j];
  const verb = action.words[0];
  // ("try not to lose your temper": losing control is not failing to do something; calm is what is meant)
  if (r.failingVerbs.has(verb) && !CONTROL_LOST.test(action.words.join(' '))) {
    roles[j] = 'undone';
    return true;
  }
  // ("No one from the family came to the review": nobody came; the review was held)
  // ("The victim will not come to court": she did not come; the court sits)
  if ((subject || someoneElse(tokens, j)) && (r.arriving?.has(verb) || r.arriving?.has(action.words.join(' '))) && /^(?:to|for)$/.test(tokens[j + 1]?.words[0] ?? '')) {
    roles[j] = 'negated';
    return true;
  }
  // ("don't trip over the cables": an accident to avoid; what you would trip on is still there)
  if (ACCIDENTS.has(verb) && action.verb) {
    roles[j] = 'negated';
    return true;
  }
  const seen = tokens[j + 1];
  if (PERCEIVING.has(verb) && !action.clauseEnd && !!seen && (SEEN.has(seen.words[0]) || (!!seen.person && !seen.functionWord)) && !seen.clauseEnd && !!tokens[j + 2]?.verb && !tokens[j + 2].functionWord) {
    roles[j] = 'negated';
    return true;
  }
  return false;
}

/** From the first word after the negator: the action, then the things it is about. */
function markScope(tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules, subject = false): void {
  let j = from;
  if (HEDGES.has(tokens[j]?.words[0] ?? '') && !tokens[j].clauseEnd && tokens[j + 1]) roles[j++] = 'negator';
  while (j < tokens.length && (tokens[j].functionWord || tokens[j].words.every((w) => r.helpers.has(w))) && !tokens[j].clauseEnd && !isNegator(tokens[j], r)) {
    // "you don't have to go", "you do not need to bring money": not required, nothing forbidden
    // (the verb shows nothing either: plain it says "do it", crossed out "do not do it")
    if (j === from && notRequired(tokens, roles, j, r)) return;
    // "when you didn't do it": a helper verb's own object ends what is denied
    if (j > from && OBJECT_PRONOUNS.has(tokens[j].words[0]) && r.helpers.has(tokens[j - 1].words[0])) return;
    // "allowed" in "not allowed to" is part of the negation: no tick beside it
    if (!tokens[j].functionWord) roles[j] = 'negator';
    j++;
    // "it won't automatically mean…": an adverb between is stepped over too
    if (HEDGES.has(tokens[j]?.words[0] ?? '') && !tokens[j].clauseEnd) roles[j++] = 'negator';
    // "Nobody is going to make you go": "going to" before a verb is the future, not a going
    if (writtenWords(tokens[j])[0] === 'going' && tokens[j + 1]?.words[0] === 'to' && tokens[j + 2] && !tokens[j + 1].clauseEnd && !tokens[j + 2].functionWord) {
      roles[j] = 'negator';
      j += 2;
    }
  }
  const action = tokens[j];
  // ("not allowed out of the house": the house is where you stay)
  if (j > from && tokens[from].words[0] === 'out' && tokens[from + 1]?.words[0] === 'of' && !!tokens[from - 1]?.words.some((w) => r.allowed.has(w))) return;
  // "your curfew will be 9 pm, not 7 pm", "it is not on Monday": the time denied is crossed out
  // (only straight after "not": "not until Monday" and "not after 7pm" say when, not what)
  if (action?.value && writtenWords(tokens[from - 1])[0] === 'not' && (tokens.slice(from, j).every((t) => AT_A_TIME.has(t.words[0])) || tokens.slice(from, j).map((t) => t.words[0]).join(' ') === 'in the')) {
    markDeniedTime(tokens, roles, j);
    return;
  }
  // ("You won't hear about a court date for weeks": not yet; the hearing is denied, the court date is still coming)
  // ("not after midnight", "must not be out after 8pm": the time says when; an arrow crossed out says nothing)
  if (!action || action.value || isNegator(action, r) || notYet(tokens, roles, j) || (r.stops.has(action.words[0]) && !!tokens[j + 1]?.value)) return;
  // "It isn't illegal to film police officers": a crime denied forbids nothing
  // "The letter didn't arrive until Friday": it did, on Friday; nothing is denied
  if (r.unlawful?.has(action.words.join(' ')) || (!action.clauseEnd && UNTIL.has(tokens[j + 1]?.words[0] ?? '') && tokens.slice(Math.max(0, from - 2), from).some((t) => writtenWords(t).some((w) => PAST_DENIAL.has(w))))) {
    roles[j] = 'undone';
    return;
  }
  // "Flat 4, not Mum's house": with no verb, a person's name is whose; what follows is denied
  // ("not your solicitor", "cannot have friends": the person is what is denied)
  if (action.person && !action.verb && !action.clauseEnd && /['’]s$|s'$/.test(writtenWords(action).at(-1) ?? '')) {
    roles[j] = 'person';
    markThings(tokens, roles, j + 1, r);
    return;
  }
  const verb = action.words[0];
  // ("be careful not to trip on the stairs": an accident to avoid; where it would happen stays plain)
  if (tokens.slice(Math.max(0, from - 4), from).some((t) => t.words[0] === 'careful')) {
    roles[j] = 'negated';
    return;
  }
  // "it is not part of your contract": what is denied is the belonging, not the contract
  if (r.partOf && r.partOf.has(verb) && tokens[j + 1]?.words[0] === 'of') {
    roles[j] = 'undone';
    return;
  }
  if (deniedAlone(tokens, roles, j, r, subject)) return;
  // "being upset doesn't mean you did anything wrong": what it would mean is denied, not meaning
  if (r.meaning?.has(verb) && !action.clauseEnd) {
    deniedMeaning(tokens, roles, j, r, markThings);
    return;
  }
  if (notRequired(tokens, roles, j, r)) return;
  // "Nobody told you the day had changed", "No one explained the homework": the telling did not
  // happen; what it was about did (the day changed, the homework was set)
  if (subject && TELLING_NEWS.has(verb)) return notTold(tokens, roles, j);
  if (r.mindVerbs.has(verb) && !(verb === 'mind' && MINDED.has(tokens[j + 1]?.words[0] ?? ''))) {
    if (notWanted(tokens, roles, j, r, markScope, markThings) || notNeeded(tokens, roles, j)) return;
    roles[j] = 'negated';
    // "never agree to deliver a package": what you would agree to do is forbidden too
    if (r.agreeing?.has(verb) && tokens[j + 1]?.words[0] === 'to' && !action.clauseEnd && !tokens[j + 1].clauseEnd) markScope(tokens, roles, j + 2, r);
    return;
  }
  // a light verb shows no picture here: a plain "carry" beside a crossed-out knife says too little
  roles[j] = r.lightVerbs.has(verb) ? 'negator' : 'negated';
  // "You won't go to prison", "you are not going to prison": a denied outcome, not a forbidden walk
  if (r.motion?.has(verb) && tokens.slice(Math.max(0, from - 2), j + 1).some((t) => writtenWords(t).some((w) => FUTURE.has(w)))) roles[j] = 'undone';
  // "nobody gets to touch you": "get to" is being allowed to; what follows is what is forbidden
  // ("nobody gets told your code": "get" before a participle is the passive; the telling is denied)
  // ("as long as nobody gets hurt": an irregular participle too)
  if (subject && r.causes.has(verb) && !action.clauseEnd && (tokens[j + 1]?.verb || PARTICIPLES.has(writtenWords(tokens[j + 1])[0] ?? '')) && /(?:ed|en|ld|wn|urt|ght|eft|ost|hit|hot|ept)$/.test(writtenWords(tokens[j + 1])[0] ?? '')) return markScope(tokens, roles, j + 1, r);
  if (subject && r.causes.has(verb) && tokens[j + 1]?.words[0] === 'to' && !action.clauseEnd) {
    roles[j] = 'negator';
    markScope(tokens, roles, j + 2, r);
    return;
  }
  // "No one can make you talk": the talking is not what is forbidden
  // "Don't drink, smoke or take drugs": a list of actions goes on past the comma
  const medicine = r.takenWhole?.has(verb) && tokens.slice(j + 1, j + 4).some((t) => r.medicines?.has(t.words.join(' ')));
  // ("your dad didn't answer his phone": the answering did not happen; the phone is there)
  if ((action.clauseEnd && !listGoesOn(tokens, j, r)) || (subject && r.causes.has(verb)) || r.sharing.has(verb) || medicine || (ANSWERING.has(verb) && onScreen(tokens, j + 1))) return;
  if (kept(tokens, j, r)) {
    // ("don't take off your tag": the light verb and its particle show nothing; the tag is kept, plain)
    if (roles[j] === 'negator') roles[j] = 'undone';
    return;
  }
  // ("don't leave your nan's flat": whose it is comes first)
  if ((r.leaving.has(verb) || r.leaving.has(action.words.join(' ')) || r.leaving.has(`${verb} ${tokens[j + 1]?.words[0]}`)) && (tokens.slice(j + 1).find((t) => !t.functionWord && !r.links.has(t.words[0]) && !t.person)?.place ?? true)) return;
  // "Don't mix your medicine with alcohol": what it is mixed with is forbidden; the medicine is still taken
  const mixedWith = r.mixing?.has(verb) && !action.clauseEnd ? nearby(tokens, j, 5, (t) => t.words[0] === 'with') : -1;
  if (mixedWith > 0 && tokens.slice(j + 1, mixedWith).some((t) => r.medicines?.has(t.words.join(' ')))) {
    markThings(tokens, roles, mixedWith + 1, r);
    return;
  }
  // "do not mix alcohol with your tablets": the alcohol is forbidden, the tablets are still taken
  const medicineAfter = mixedWith > 0 && onMedicine(tokens, mixedWith + 1, r);
  markThings(tokens, roles, j + 1, r);
  // "never mix drugs with alcohol": both are forbidden
  if (mixedWith > 0 && !medicineAfter) markThings(tokens, roles, mixedWith + 1, r);
  if (medicineAfter) for (let q = mixedWith + 1; q < tokens.length && q <= mixedWith + 4; q++) if (roles[q] === 'negated' && r.medicines?.has(tokens[q].words.join(' '))) roles[q] = null;
}

/** The things after the action, through linking words, until the clause or a circumstance. */
function markThings(tokens: readonly NegationToken[], roles: NegationRole[], from: number, r: NegationRules): void {
  let marked = 0;
  /** Things marked that show a picture (crossed out), so something is seen to be forbidden. */
  let seen = 0;
  /** Whether what was marked last is a verb ("or get into a fight": what follows it is its object). */
  let last: 'verb' | 'thing' = 'verb';
  for (let k = from; k < tokens.length && marked < 6; k++) {
    const t = tokens[k];
    // ("won't mean you get locked up again": "again" says when, and is not what is denied)
    if (t.value || isNegator(t, r) || t.words[0] === 'again') return;
    const first = t.words[0];
    // "someone you only know online": a new clause with its own subject, outside the prohibition
    // ("anyone you have only talked to online", "if you don't pay it you could lose…")
    // ("no right to hit you, grab you or film you": "you" straight after a verb is its object)
    // ("start asking you questions": after asking or giving, "you" comes before what is asked or given)
    const objectOf = roles[k - 1] === 'negated' && !tokens[k - 1].clauseEnd && (t.comma || r.lists.has(tokens[k + 1]?.words[0] ?? '') || GIVING.has(tokens[k - 1].words[0]));
    if (r.subjects.has(first) && !objectOf && (marked > 0 || (k > from && (CLAUSE_HEADS.has(tokens[k - 1].words[0]) || OBJECT_PRONOUNS.has(tokens[k - 1].words[0]) || r.lists.has(tokens[k - 1].words[0]))))) return;
    // "don't post anything about the court case on Snapchat": what is talked about is not forbidden, where it is said is
    // ("don't meet anyone from a game": where they are from says who, and is not forbidden)
    const describes = first === 'from' && CLAUSE_HEADS.has(tokens[k - 1]?.words[0] ?? '');
    if (describes || (first === 'about' && marked === 0 && TELLING.has(tokens[from - 1]?.words[0] ?? ''))) {
      // (who they are shows no picture, as a person in a prohibition: "anyone from his family")
      while (k + 1 < tokens.length && !tokens[k].clauseEnd && !RESUMES.has(tokens[k + 1].words[0]) && !CONJUNCTIONS.has(tokens[k + 1].words[0])) if (tokens[++k].person && describes) roles[k] = 'person';
      // ("anyone from the estate while you're on bail": a new clause, not where the rule resumes)
      if (CONJUNCTIONS.has(tokens[k + 1]?.words[0] ?? '')) return;
      continue;
    }
    // "don't send any and come and tell me": after "and", what to do instead
    if (r.lists.has(first) && (writtenWords(tokens[k + 1])[0] === 'come' || (NEXT_STEPS.has(writtenWords(tokens[k + 1])[0] ?? '') && TO_US.has(writtenWords(tokens[k + 2])[0] ?? '')))) return;
    // "stay off cannabis and keep your phone charged": after a thing, "and" a verb with its own
    // object is the next instruction ("don't take drugs and drive" goes on: no object)
    // ("stay away from the estate and stay at home": where to be instead)
    if (first === 'and' && last === 'thing' && marked > 0 && tokens[k + 1]?.verb && (OWNERS.has(tokens[k + 2]?.words[0] ?? '') || AT_HOME.has(tokens[k + 2]?.words[0] ?? '')) && !tokens[k + 1].clauseEnd) return;
    // ("you are not under arrest and can leave": after "and", a modal opens a new clause)
    if (r.lists.has(first) && tokens[k + 1]?.words.some((w) => MODALS.has(w))) return;
    // "avoided custody and made a referral order": after "and", a verb in the past says what happened next
    if (r.lists.has(first) && tokens[k + 1]?.verb && PAST.test(writtenWords(tokens[k + 1])[0] ?? '')) return;
    // "nobody sees it on your phone bill": after "it", "on" or "in" says where
    if ((first === 'on' || first === 'in') && k > from && OBJECT_PRONOUNS.has(tokens[k - 1].words[0])) return orAnother(tokens, roles, k, r);
    // "it won't show up on your record": where it would show is not what is denied
    if ((first === 'on' || first === 'in') && APPEARING.has(tokens[from - 1]?.words.join(' ') ?? '') && tokens.slice(from, k).every((x) => x.words[0] === 'up')) return;
    // "never run from a police car": where you would run from is not what is forbidden
    if (first === 'from' && k === from && r.fleeing?.has(tokens[k - 1]?.words.join(' ') ?? '')) return;
    // "saying guilty when you didn't do it is a bad idea": "is" after the scope says something new
    if (k > from && r.be.has(first) && !r.negators.has(first)) return;
    // "it doesn't hurt and only takes a minute": what follows "and only" is said, not denied
    if (r.lists.has(first) && ADDED.has(tokens[k + 1]?.words[0] ?? '')) return;
    // "never post your address on Snapchat", "don't buy games on your phone": after a thing
    // forbidden, "on" an app or a device says where, and stays plain
    // (getting in touch on it is still forbidden: "must not contact the victim on your phone")
    const contacting = () => tokens.slice(Math.max(0, from - 1), k).some((x) => CONTACTING.has(x.words[0]) || x.words[0] === 'messages');
    // (something crossed out must show: a thing, or the action itself, "stop chatting to Marcus on the game")
    const shown = seen > 0 || (marked > 0 && roles[from - 1] === 'negated' && tokens[from - 1].pictured !== false);
    // ("do not buy or sell anything on Instagram": "anything" stands for the thing)
    if (first === 'on' && shown && (last === 'thing' || OWNERS.has(tokens[k - 2]?.words[0] ?? '') || FILLERS.has(tokens[k - 1]?.words[0] ?? '')) && onScreen(tokens, k + 1) && !contacting()) return;
    // "don't leave wet towels on the bedroom floor": after a thing, "on" a surface says where
    if (first === 'on' && shown && last === 'thing' && nearby(tokens, k, 3, (x) => SURFACES.has(x.words[0])) > 0) return orAnother(tokens, roles, k, r);
    // "Don't drink on these tablets": while taking them; the tablets are still taken
    if (first === 'on' && (marked > 0 || (k === from && WHILE_ON.has(tokens[k - 1]?.words[0] ?? ''))) && onMedicine(tokens, k + 1, r)) return;
    // "Don't take ibuprofen on an empty stomach": when, not what is forbidden
    if (first === 'on' && onAStomach(tokens, k + 1)) return;
    // "cannot go within a mile of Riverside Shopping Centre": the place is forbidden, not the mile
    if (first === 'within') {
      const of = nearby(tokens, k, 5, (x) => x.words[0] === 'of');
      if (of > 0) {
        k = of;
        continue;
      }
    }
    // "not allowed to smoke anywhere on the school site": where the rule holds, not what it forbids
    if (WHEREVER.has(first) && AREA_LINKS.has(tokens[k + 1]?.words[0] ?? '')) return;
    // ("by phone, text or through friends": how you would contact them is forbidden too)
    if ((first === 'through' || first === 'thru') && CONTACTING.has(tokens[from - 1]?.words[0] ?? '')) continue;
    // ("not allowed out of the house": the house is where you stay)
    if (first === 'out' && tokens[k + 1]?.words[0] === 'of' && !!tokens[k - 1]?.words.some((w) => r.allowed.has(w))) return;
    if (t.functionWord || r.links.has(first)) {
      // "go alone to meet someone", "or try to slip your tag off": a second action, forbidden too
      const purpose = first === 'to' && !!tokens[k + 1]?.verb && !tokens[k + 1].person && !tokens[k + 1].place && !t.clauseEnd;
      // "pull at the strap", "shout at staff": straight after the action, "at" names its object;
      // after a verb of being somewhere, "in" or "at" names the place forbidden ("hang out in the town centre")
      // ("never hand over your PIN", "won't look in your diary": the particle opens the object)
      // ("don't get involved in fights": after "get", the participle's "in" too)
      const object = ((k === from && ((first === 'at' && !passiveAction(tokens, from - 1)) || (first === 'in' && (!!r.presence?.has(tokens[k - 1]?.words.join(' ')) || LOOKING_IN.has(tokens[k - 1]?.words[0] ?? ''))) || (first === 'over' && HANDING.has(tokens[k - 1]?.words[0] ?? '')))) || (first === 'in' && roles[k - 1] === 'negated' && LOOKING_IN.has(tokens[k - 1]?.words[0] ?? ''))) && !tokens[k + 1]?.value;
      // "Do not contact Shane by phone, text or online": how you would contact them is forbidden too
      // (and "or in person")
      // ("dropped two of the charges", "any of the money": the part and the whole are one thing)
      const part = first === 'of' && /^(?:\d+|one|two|three|four|five|some|any|all|most|both|each|none|half)$/.test(writtenWords(tokens[k - 1])[0] ?? '');
      const means = CONTACTING.has(tokens[from - 1]?.words[0] ?? '') && ((first === 'by' && CONTACT_MEANS.has(tokens[k + 1]?.words.join(' ') ?? '')) || (first === 'in' && tokens[k + 1]?.words.join(' ') === 'person'));
      // "can't go on the trip to Thornbury Park": where a journey goes is forbidden with it
      const bound = first === 'to' && (JOURNEYS.has(tokens[k - 1]?.words.join(' ') ?? '') || (tokens[k - 1]?.words[0] === 'back' && JOURNEYS.has(tokens[k - 2]?.words.join(' ') ?? '')));
      if (!purpose && !object && !means && !bound && !part && (r.stops.has(first) || (marked > 0 && last !== 'verb' && r.firstLinks.has(first)))) return orAnother(tokens, roles, k, r);
      if (t.clauseEnd && !listGoesOn(tokens, k, r)) return;
      // "must not go near Ellis Park": a link with a picture of its own shows nothing inside the
      // prohibition (a plain "near" beside a crossed-out park reads as allowed)
      if (!t.functionWord) roles[k] = 'negator';
      continue;
    }
    if (r.stops.has(first)) return orAnother(tokens, roles, k, r);
    // "don't eat crisps upstairs": after a thing, a place said in one word is where the rule holds
    // ("don't go upstairs": straight after the action it is where you may not go)
    // ("don't smoke indoors" too, but "don't go upstairs", "don't hang about here": where you may not be)
    const verbBefore = tokens[k - 1]?.words.join(' ') ?? '';
    // (only when something crossed out shows: "don't bring friends upstairs" has no picture for the friends)
    // ("by phone, text or online": after "or", one more way forbidden)
    const where = WHERE_WORDS.has(first) && t.words.length === 1 && !r.lists.has(tokens[k - 1]?.words[0] ?? '') && ((last === 'thing' && seen > 0) || (k === from && !r.motion?.has(verbBefore) && !r.presence?.has(verbBefore) && !COMING.has(verbBefore)));
    if (where) return orAnother(tokens, roles, k, r);
    // ("No phones, no smoking and no swearing": a sign that says no is crossed out already)
    roles[k] = t.person ? 'person' : t.signed ? roles[k] : 'negated';
    last = t.verb ? 'verb' : 'thing';
    marked++;
    if (t.pictured !== false && !t.person) seen++;
    if (t.clauseEnd && !listGoesOn(tokens, k, r)) return;
  }
}

/**
 * "never write it on your card or tell anyone", "don't hit Sam in the kitchen or shout at
 * staff": where the first action is done ends its things, but "or" and another action, in the
 * same clause, is forbidden too.
 */
function orAnother(tokens: readonly NegationToken[], roles: NegationRole[], k: number, r: NegationRules): void {
  for (let n = k; n < tokens.length && n <= k + 8; n++) {
    const t = tokens[n];
    if (t.value || isNegator(t, r) || r.subjects.has(t.words[0])) return;
    const verb = tokens[n + 1];
    // (a verb the tagger took for a noun still opens its object: "or search your drawers")
    const acts = !!verb && (verb.verb || OBJECT_OPENERS.has(tokens[n + 2]?.words[0] ?? ''));
    if (t.words[0] === 'or' && acts && !verb.functionWord && !PAST.test(writtenWords(verb)[0] ?? '')) {
      roles[n + 1] = r.lightVerbs.has(verb.words[0]) ? 'negator' : 'negated';
      if (!verb.clauseEnd) markThings(tokens, roles, n + 2, r);
      return;
    }
    if (t.clauseEnd) return;
  }
}

/** "energy drinks, knives or lighters": after a comma, the items up to "or"/"and" are one list. */
function listGoesOn(tokens: readonly NegationToken[], k: number, r: NegationRules): boolean {
  if (!tokens[k].comma) return false;
  const next = tokens[k + 1];
  // "to anyone, even a friend": the same prohibition goes on to the one named
  if (next && r.even.has(next.words[0])) return true;
  if (!next || r.subjects.has(next.words[0]) || r.stops.has(next.words[0]) || isNegator(next, r)) return false;
  // ", and keep your PIN secret", ", and all guests must leave": a new instruction, not one more thing forbidden
  // (", and that's okay": a new subject, a new clause)
  // (", and phone Kim": a verb the tagger took for a noun, before who to ring)
  if (r.lists.has(next.words[0]) && (tokens[k + 2]?.verb || SUBJECT_WORDS.test(writtenWords(tokens[k + 2])[0] ?? '') || (!!tokens[k + 2] && !tokens[k + 2].functionWord && (!!tokens[k + 3]?.person || !!tokens[k + 3]?.name)))) return false;
  if (tokens.slice(k + 1, k + 5).some((t) => t.words.some((w) => MODALS.has(w)))) return false;
  // ("stop replying, block them and tell Dami": after a doing, a bare verb is the next instruction)
  if (/..ing$/.test(writtenWords(tokens[k])[0] ?? '') && next.verb && !/..ing$/.test(writtenWords(next)[0] ?? '')) return false;
  for (let n = k + 1; n < tokens.length && n <= k + 6; n++) {
    if (r.lists.has(tokens[n].words[0])) return !r.subjects.has(tokens[n + 1]?.words[0] ?? '');
    if (tokens[n].clauseEnd && !tokens[n].comma) return false;
  }
  return false;
}
