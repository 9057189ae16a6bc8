/**
 * Each language's negation words, in one table per language: what opens a negation, what is
 * stepped over, which verbs pass it on or close it (negation.ts reads them).
 */

import type { NegationToken } from './negation';

/** The words a language's negation rules read (all lower case, as the symboliser's keys). */
export interface NegationRules {
  negators: ReadonlySet<string>;
  /** Subjects that negate what follows them ("Nobody is allowed to hurt you"). */
  negativeSubjects: ReadonlySet<string>;
  /** Stepped over between the negator and the action. */
  helpers: ReadonlySet<string>;
  /** Actions too general to picture as the forbidden thing: the mark goes on their object. */
  lightVerbs: ReadonlySet<string>;
  /** Verbs of mind: the mark stays on them ("I do not want to go to court"). */
  mindVerbs: ReadonlySet<string>;
  /** Verbs of failing to do something: "not" + one of them means doing it. */
  failingVerbs: ReadonlySet<string>;
  /** Words that pass the scope on to the next thing. */
  links: ReadonlySet<string>;
  /** Links that carry the scope only straight after the action ("go to the park"), not after its object ("lend money to people"). */
  firstLinks: ReadonlySet<string>;
  /** Verbs whose object, when it is a place, is where you must stay, so it keeps no mark ("must not leave the house"; but "don't leave food in your room"). */
  leaving: ReadonlySet<string>;
  /** Verbs whose object is still yours to keep, so it keeps no mark (Welsh and Polish "don't sign the record"; what is shared or lent is crossed out). */
  sharing: ReadonlySet<string>;
  /** Verbs whose object is kept when they are denied: "do not delete the messages" keeps the messages, so they stay plain. */
  keeping?: ReadonlySet<string>;
  /** Verbs of sending someone home: a place that does it has excluded them ("the school sent you home"). */
  sendingHome?: ReadonlySet<string>;
  /** Words of a school, for "sent you home" (an exclusion only from a school). */
  schools?: ReadonlySet<string>;
  /** Phrases with a picture of their own that start with a negator but forbid nothing ("not guilty"). */
  signs?: ReadonlySet<string>;
  /** Phrases saying that what comes before them breaks a rule ("swearing at staff breaks the rules"). */
  ruleBreaking?: ReadonlySet<string>;
  /** Verbs of mixing: denied, what follows "with" is forbidden, not what is mixed ("don't mix your medicine with alcohol"). */
  mixing?: ReadonlySet<string>;
  /** Verbs that leave a medicine still to be taken ("don't chew the capsule"): with one of `medicines` after them, it keeps no mark. */
  takenWhole?: ReadonlySet<string>;
  medicines?: ReadonlySet<string>;
  /** Verbs of making someone do something: "No one can make you talk" forbids nothing after them. */
  causes: ReadonlySet<string>;
  /** Subject pronouns: after the forbidden thing, one starts a clause of its own. */
  subjects: ReadonlySet<string>;
  /** Words that start a time or circumstance: the scope ends before them. */
  stops: ReadonlySet<string>;
  /** A word that forbids the thing straight after it ("No phones in the room"). */
  noBefore: ReadonlySet<string>;
  /** "no" phrases that are things said, neither a sign nor a negation ("answer 'no comment'"). */
  sayings?: ReadonlySet<string>;
  /** Verbs of saying: "no" after one is a word said ("say no"), not a negation. */
  said: ReadonlySet<string>;
  /** "It doesn't mean…": what follows is what is denied. */
  meaning?: ReadonlySet<string>;
  /** Verbs of going, shown as nothing when a future is denied ("you won't go to prison"). */
  motion?: ReadonlySet<string>;
  /** What makes its subject forbidden after a verb of being ("is against the law"). */
  unlawful?: ReadonlySet<string>;
  /** Phrases that forbid what follows ("stay away from the park"). */
  away: ReadonlySet<string>;
  /** Words that bar someone from a place: what follows "from" is forbidden, the word keeps its own picture ("excluded from Brookfield Academy"). */
  excluding?: ReadonlySet<string>;
  /** Words that call something off: their subject will not happen ("Wednesday's visit is cancelled"). */
  cancelled?: ReadonlySet<string>;
  /** Words of refusing: what follows "to" is forbidden, the word keeps its own picture ("say no to drugs"). */
  refusing?: ReadonlySet<string>;
  /** Verbs of refusing said as an order, first in a sentence: what follows is forbidden ("Refuse any lift from a stranger"). */
  refusingOrders?: ReadonlySet<string>;
  /** Verbs of skipping: what is skipped does not happen ("skipping meals", "so you can skip PE"). */
  skipping?: ReadonlySet<string>;
  /** What skipping crosses out: meals and sport (a skipped appointment is failing to go, as "miss", and stays plain). */
  skipped?: ReadonlySet<string>;
  /** Verbs of refusing a thing: what is refused or turned down does not happen ("the judge turned down your bail"). */
  refusedThings?: ReadonlySet<string>;
  /** Verbs of arriving: denied, their subject is what did not come ("the statement has not arrived"). */
  arriving?: ReadonlySet<string>;
  /** Words that leave out what follows ("without your carers in the room"): crossed out, unless the sentence already forbids (then it is what is required: "nobody comes in without knocking"). */
  lacking?: ReadonlySet<string>;
  /** What a denied "is" judges, so that its subject is forbidden ("sharing your PIN is never a good idea"). */
  unwise?: ReadonlySet<string>;
  /** Verbs of getting away: where you get away from is not forbidden ("never run from a police car"). */
  fleeing?: ReadonlySet<string>;
  /** Imperatives that forbid what follows at the start of a sentence ("Stop messaging…"). */
  stopping?: ReadonlySet<string>;
  /** Verbs of agreeing: what you would agree to do is forbidden too ("never agree to deliver a parcel"). */
  agreeing?: ReadonlySet<string>;
  /** Verbs of going in: a thing said not to go in is what is forbidden ("your phone cannot go into court"). */
  entering?: ReadonlySet<string>;
  /** "is/are" and "allowed", for "Phones are not allowed" (English only so far). */
  be: ReadonlySet<string>;
  allowed: ReadonlySet<string>;
  /** Words that join the last item of a list ("knives, lighters or matches"). */
  lists: ReadonlySet<string>;
  /** "even" after a comma names one more thing the prohibition is about ("anyone, even a friend"). */
  even: ReadonlySet<string>;
  /** After a negator, these + "to" mean "it is not required", not "it is forbidden" ("you don't have to go"). */
  obliged: ReadonlySet<string>;
  /** Verbs of being somewhere: "in" after one names where you must not be ("hang out in the town centre"). */
  presence?: ReadonlySet<string>;
  /** Words that, denied, deny a belonging ("not part of your contract"): what follows "of" keeps no mark. */
  partOf?: ReadonlySet<string>;
  /** The verb comes last (Urdu): what is forbidden stands before the negator, the action after it. */
  verbLast?: boolean;
}

export const ENGLISH: NegationRules = {
  negators: new Set(['not', 'never', 'cannot', "can't", "don't", "doesn't", "didn't", "mustn't", "won't", "shouldn't", "couldn't", "wouldn't", "haven't", "hasn't", "hadn't", "isn't", "aren't", "wasn't", "weren't", 'no', 'nobody', 'nothing', 'nowhere']),
  negativeSubjects: new Set(['nobody', 'no one', 'noone']),
  helpers: new Set(['have', 'has', 'to', 'be', 'allowed', 'allow', 'able', 'back', 'is', 'are', 'was', 'were', 'am', 'will', 'can', 'could', 'should', 'must', 'may', 'might', 'would', 'do', 'does', 'did', 'ever', 'even', 'at', 'all', 'please', 'you', 'i', 'we', 'they', 'he', 'she', 'allowed to', 'ok', 'okay', 'acceptable']),
  lightVerbs: new Set(['use', 'carry', 'take', 'have', 'get', 'make', 'keep', 'bring', 'give', 'put', 'let', 'play', 'do', 'be', 'using', 'carrying', 'taking', 'having', 'making', 'keeping']),
  mindVerbs: new Set(['want', 'like', 'know', 'understand', 'need', 'mean', 'think', 'feel', 'remember', 'agree', 'believe', 'mind', 'care', 'wants', 'likes', 'knows', 'understood', 'meant', 'needs', 'wanted', 'liked', 'worry', 'worried', 'panic', 'stress', 'fret', 'deserve', 'deserved', 'deserves']),
  failingVerbs: new Set(['forget', 'miss', 'break', 'breach', 'skip', 'bunk', 'wag', 'truant', 'lose', 'fail', 'ignore', 'stop']),
  links: new Set(['to', 'with', 'about', 'near', 'into', 'onto', 'or', 'and', 'from', 'on', 'of', 'any', 'your', 'my', 'his', 'her', 'their', 'the', 'a', 'an', 'anyone', 'anything', 'up', 'out']),
  firstLinks: new Set(['to', 'from', 'of', 'into', 'onto', 'with']),
  leaving: new Set(['leave', 'exit', 'quit', 'step outside', 'step out', 'go outside', 'move', 'walk out']),
  sharing: new Set<string>(),
  mixing: new Set(['mix', 'mixing', 'combine']),
  sendingHome: new Set(['send']),
  schools: new Set(['school', 'academy', 'college', 'unit', 'pru', 'high']),
  signs: new Set(['not guilty']),
  ruleBreaking: new Set(['break the rules', 'break the rule', 'breaks the rules', 'break your bail', 'break your curfew']),
  keeping: new Set(['delete', 'deleting', 'erase', 'wipe', 'destroy', 'remove', 'removing', 'lose', 'losing', 'throw away', 'throw out', 'bin', 'get rid of', 'cut off', 'take off', 'kick out', 'kick you out', 'kick me out', 'throw you out', 'throw me out', 'chuck you out', 'chuck me out']),
  // "Don't chew the capsule": it is still to be taken, whole ("Don't chew gum in lessons" forbids the gum)
  takenWhole: new Set(['chew', 'crush', 'split', 'halve', 'chewing', 'crushing', 'splitting']),
  medicines: new Set(['capsule', 'tablet', 'pill', 'medicine', 'medication', 'tablets', 'pills', 'capsules', 'sleeping tablets', 'sleeping pills', 'sleeping tablet']),
  causes: new Set(['make', 'let', 'force', 'get', 'made', 'forced']),
  subjects: new Set(['you', 'i', 'he', 'she', 'we', 'they']),
  stops: new Set(['after', 'before', 'until', 'till', 'during', 'since', 'when', 'while', 'if', 'unless', 'because', 'but', 'so', 'then', 'at', 'by', 'for', 'in', 'inside', 'outside', 'that', 'which', 'who', 'without', 'today', 'tonight', 'tomorrow', 'than', 'what', 'where', 'how', 'why', 'whatever', 'once', 'over', 'across', 'now', 'immediately', 'straight away', 'above', 'below', 'behind', 'opposite']),
  said: new Set(['say', 'said', 'says', 'saying', 'tell', 'told', 'answer', 'shout', 'reply']),
  noBefore: new Set(['no']),
  sayings: new Set(['no comment']),
  away: new Set(['stay away', 'keep away', 'keep out', 'stay out of', 'stay off', 'keep off', 'keep clear', 'keep clear of', 'steer clear', 'steer clear of', 'rather than', 'instead of', 'avoid', 'avoiding']),
  lacking: new Set(['without']),
  refusing: new Set(['say no', 'said no', 'saying no']),
  refusingOrders: new Set(['refuse']),
  skipping: new Set(['skip', 'skipping', 'skipped', 'skips']),
  skipped: new Set(['meal', 'meals', 'breakfast', 'lunch', 'dinner', 'tea', 'food', 'pe', 'sport', 'football', 'training', 'gym', 'swimming']),
  refusedThings: new Set(['refuse', 'refused', 'refuses', 'refusing', 'turn down', 'turned down', 'turns down', 'turning down', 'reject', 'rejected', 'rejects', 'decline', 'declined', 'declines']),
  cancelled: new Set(['cancelled', 'canceled', 'cancel', 'called off', 'call off', 'scrapped']),
  arriving: new Set(['arrive', 'arrived', 'arrives', 'turn up', 'turned up', 'turns up', 'show up', 'showed up', 'shows up', 'come', 'came', 'comes', 'come through', 'came through', 'happen', 'happened']),
  excluding: new Set(['excluded', 'exclude', 'excludes', 'exclusion', 'banned', 'ban', 'barred', 'bar', 'suspended', 'suspension', 'forbidden', 'prohibited']),
  unwise: new Set(['good idea', 'safe', 'wise', 'sensible', 'smart', 'clever', 'cool']),
  fleeing: new Set(['run', 'running', 'escape', 'flee', 'run away', 'get away', 'walk away', 'run off', 'running off', 'ran off']),
  stopping: new Set(['stop', 'quit']),
  agreeing: new Set(['agree', 'agreed', 'agrees', 'promise', 'offer']),
  entering: new Set(['go', 'come', 'get', 'take', 'bring', 'taken', 'brought', 'goes', 'comes', 'go in', 'come in']),
  meaning: new Set(['mean', 'means', 'meant']),
  motion: new Set(['go', 'going']),
  unlawful: new Set(['against the law', 'against the rules', 'against the school rules', 'against school rules', 'against the house rules', 'illegal', 'crime', 'offence', 'a crime', 'an offence', 'banned', 'off limits', 'out of bounds', 'prohibited', 'forbidden', 'blocked', 'block']),
  be: new Set(['be', 'is', 'are', 'was', 'were', "isn't", "aren't", "wasn't", "weren't"]),
  allowed: new Set(['allowed', 'allow', 'permitted', 'permit', 'ok', 'okay', 'acceptable']),
  lists: new Set(['or', 'and', 'nor']),
  even: new Set(['even', 'especially', 'including']),
  obliged: new Set(['have', 'has', 'need', 'needs', 'got']),
  partOf: new Set(['part']),
  presence: new Set(['hang out', 'hang around', 'hang about', 'stay', 'sleep', 'sleep over', 'go', 'be', 'wait', 'play', 'live', 'loiter', 'meet', 'hide', 'sit', 'sitting', 'staying', 'waiting', 'get', 'getting', 'climb']),
};

const words = (s: string) => new Set(s.trim().split(/\s+/));
const none = new Set<string>();

/** Welsh: "Paid â mynd i'r parc", "Rhaid i ti beidio â siarad â Tyler" (keys are unmutated). */
export const WELSH: NegationRules = {
  negators: words('paid peidiwch peidio ddim dim na nac byth neb nid nad'),
  negativeSubjects: words('neb'),
  helpers: words('â ag i ti chi rhaid dylet dylech dylai cei cewch gallu gelli gallwch elli yn wedi mo chdi fe mi ddylet ddylech'),
  lightVerbs: words('defnyddio cario cymryd cael gwneud cadw rhoi chwarae bod'),
  mindVerbs: words('eisiau hoffi gwybod deall angen meddwl teimlo cofio cytuno credu'),
  failingVerbs: words('anghofio colli torri methu anwybyddu'),
  links: words("i i'r 'r y yr â ag gyda efo am ar o neu a ac dy eich ei unrhyw at"),
  firstLinks: words("i i'r o"),
  leaving: words('gadael'),
  sharing: words('llofnodi'),
  causes: words('gwneud gorfodi'),
  subjects: words('ti chi fi ni nhw fe hi e'),
  stops: words('cyn tan nes ers pan tra os oni achos oherwydd ond felly wedyn erbyn heb yn ôl ystod heddiw heno yfory'),
  noBefore: words('dim'),
  said: words('dweud ateb'),
  away: none,
  be: none,
  allowed: none,
  lists: words('neu a ac na'),
  even: words('hyd yn oed'),
  obliged: none,
};

/** Polish: "Nie wolno ci chodzić do parku", "Nigdy nie pij alkoholu". */
export const POLISH: NegationRules = {
  negators: words('nie nigdy nikt nic nigdzie'),
  negativeSubjects: words('nikt'),
  helpers: words('wolno możesz możecie musisz musicie ci wam ty się będziesz może można powinieneś powinnaś powinien należy mi'),
  lightVerbs: words('używać używaj nosić noś brać bierz mieć miej dostać robić rób trzymać przynosić dawać dać daj grać być'),
  mindVerbs: words('chcieć chcesz lubić lubisz wiedzieć wiesz rozumieć potrzebować myśleć czuć pamiętać zgadzać'),
  failingVerbs: words('zapomnieć zapominaj zapomnij przegapić opuszczać opuść łamać złam złamać zgubić spóźniać spóźniaj'),
  links: words('do z ze o lub albo ani i oraz przy koło obok od na twój twoje twoja twoich swój swoje żadnych żadnego nikim nikogo'),
  firstLinks: words('do od z ze na'),
  leaving: words('wychodzić wychodź wyjść'),
  sharing: words('podpisywać'),
  causes: words('zmusić zmuszać kazać'),
  subjects: words('ty ja on ona my wy oni one'),
  stops: words('po przed aż gdy kiedy jeśli jeżeli bo ale więc podczas w we bez dzisiaj dziś jutro wieczorem rano'),
  noBefore: words('zakaz'),
  said: words('powiedz powiedzieć mówić'),
  away: none,
  be: none,
  allowed: none,
  lists: words('lub albo ani i oraz'),
  even: words('nawet'),
  obliged: none,
};

/** Urdu, whose verb comes last: "تم پارک میں نہیں جا سکتے" (you park-in not go can), "شراب مت پیو". */
export const URDU: NegationRules = {
  negators: words('نہیں نہ مت'),
  negativeSubjects: new Set(['کوئی نہیں']),
  helpers: words('سکتے سکتی سکتا ہو ہے ہیں گا گی گے چاہیے'),
  lightVerbs: words('کر کرنا کرو کریں لے لینا لو دے دینا دو رکھ رکھنا رکھو لا لانا لاؤ ہو'),
  mindVerbs: words('چاہتے چاہتا چاہتی جانتے سمجھتے'),
  failingVerbs: words('بھول بھولنا بھولو بھولیں چھوڑ چھوڑنا چھوڑو توڑ توڑنا توڑو'),
  links: words('میں پر کو سے کے کا کی اور یا اپنے اپنی اپنا کسی'),
  firstLinks: none,
  leaving: none,
  sharing: none,
  causes: none,
  subjects: words('تم آپ ہم وہ'),
  stops: words('بعد پہلے تک جب اگر کیونکہ لیکن دوران'),
  noBefore: none,
  said: none,
  away: none,
  be: none,
  allowed: none,
  lists: words('اور یا'),
  even: words('بھی'),
  obliged: none,
  verbLast: true,
};

/** The rules for a language (BCP 47), or null where it has none yet. */
export function negationRulesFor(language: string): NegationRules | null {
  const lang = language.toLowerCase().split('-')[0];
  return lang === 'en' ? ENGLISH : lang === 'cy' ? WELSH : lang === 'pl' ? POLISH : lang === 'ur' ? URDU : null;
}

/** Whether a token opens a negation: a negator word ("not", "never"), a negative subject ("nobody") or a phrase of keeping away. */
export const isNegator = (t: NegationToken, r: NegationRules): boolean => (!t.signed && !r.said.has(t.words[0]) && t.words.some((w) => r.negators.has(w)) && !r.sayings?.has(t.words.join(' '))) || r.negativeSubjects.has(t.words.join(' ')) || r.away.has(t.words.join(' '));

/** Pronouns that stand for a thing already named ("do it"): after a helper verb, they are its object (English). */
export const OBJECT_PRONOUNS = new Set(['it', 'that', 'this', 'them']);

/** A token's words as written where they differ from its keys ("aren't" for "not"), else its keys; none for no token. */
export const writtenWords = (t: NegationToken | undefined): string[] => (t ? t.written ?? t.words : []);

/** The first index in (from, from + span] whose token passes, within one clause, or -1 (a bounded search: never the whole text). */
export function nearby(tokens: readonly NegationToken[], from: number, span: number, test: (t: NegationToken, k: number) => boolean): number {
  for (let k = from + 1; k < tokens.length && k <= from + span; k++) {
    if (test(tokens[k], k)) return k;
    if (tokens[k].clauseEnd) return -1;
  }
  return -1;
}
