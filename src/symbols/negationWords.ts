/**
 * The English words the negation rules read: helpers, times, places and the verbs whose
 * objects or places a not-mark reaches. Kept apart from the rules in negation.ts.
 */
/** Helpers that start a clause of their own after a list's comma ("…, and all guests must leave"). */
export const MODALS = new Set(['must', 'will', 'should', 'can', 'may', 'might', 'could', 'would', 'mustn\'t', 'won\'t', 'can\'t']);

/** A verb in the past ("made", "asked"). */
export const PAST = /(?:ed|^made|^gave|^took|^went|^said|^told|^got|^sent|^put|^came)$/;
/** Words that make a denial about the future ("won't", "will not", "not going to"). */
export const FUTURE = new Set(['will', "won't", 'going']);
/** "anywhere on the school site": the rule's whole area. */
export const WHEREVER = new Set(['anywhere', 'everywhere']);
/** What may follow "anywhere" to name the area ("anywhere on", "anywhere in"). */
export const AREA_LINKS = new Set(['on', 'in', 'at', 'inside', 'around']);
/** After a topic ("about the court case") or a description ("from a game"), where the forbidden part resumes ("on Snapchat"). */
export const RESUMES = new Set(['on', 'to', 'with', 'in']);
/** Words a relative clause may follow ("anyone you met online"). */
export const CLAUSE_HEADS = new Set(['anyone', 'anybody', 'someone', 'somebody', 'anything', 'something', 'people', 'everyone', 'nobody']);
/** Verbs of saying or posting: "about" after them names the topic. */
export const TELLING = new Set(['post', 'posting', 'talk', 'talking', 'write', 'text', 'message', 'say', 'tell', 'share', 'speak', 'chat', 'comment']);
/** Verbs of getting in touch: "by" after them names the means, which is forbidden with them. */
export const CONTACTING = new Set(['contact', 'call', 'ring', 'message', 'text', 'phone', 'email', 'reach', 'speak', 'talk', 'get in touch']);
/** The means of getting in touch ("by phone"), not a place ("by the shops"). */
export const CONTACT_MEANS = new Set(['phone', 'text', 'email', 'letter', 'message', 'post', 'online', 'snapchat', 'instagram', 'whatsapp', 'tiktok', 'facebook', 'social media', 'video', 'facetime', 'mobile', 'call', 'note', 'dm']);
/** Verbs of showing up somewhere ("show up on your record"): where is not what is denied. */
export const APPEARING = new Set(['show', 'show up', 'appear', 'come up', 'pop up', 'shows', 'appears']);
/** After "and", words that start a new statement rather than one more thing denied ("and only takes"). */
export const ADDED = new Set(['only', 'just', 'also', 'still', 'then', 'usually']);

/** "didn't … until Friday": it happened then. */
export const UNTIL = new Set(['until', 'till']);
export const PAST_DENIAL = new Set(["didn't", 'did', "wasn't", "weren't", "hadn't", 'had', 'was', 'were']);

/** "under no circumstances", "on no account": not a thing forbidden, but "never". */
export const NO_ACCOUNT = new Set(['circumstances', 'circumstance', 'account']);

/** What may stand between "not" and a time it denies ("not on Monday"; "not in the morning" too, but not "not in on Tuesday"). */
export const AT_A_TIME = new Set(['on', 'at', 'by']);

/** Journeys: what follows "to" is where they go. */
export const JOURNEYS = new Set(['trip', 'trips', 'school trip', 'day trip', 'visit', 'visits', 'journey', 'outing', 'holiday']);
/** A subject and its verb in one word, or a subject pronoun (English): after "and", a new clause. */
export const SUBJECT_WORDS = /^(?:that|it|there|he|she|we|they|you|i)(?:['’](?:s|re|ve|ll|d|m))?$/;
/** Verbs whose "over" or "in" opens what they act on ("hand over your PIN", "look in your diary"). */
export const HANDING = new Set(['hand', 'give', 'pass', 'sign']);
export const LOOKING_IN = new Set(['look', 'search', 'rummage', 'dress', 'involved', 'involve', 'part']);
/** Words that open a verb's object ("search your drawers"). */
export const OBJECT_OPENERS = new Set(['your', 'the', 'his', 'her', 'their', 'my', 'our', 'any', 'anyone', 'someone']);
/** Words that stand for a thing ("sell anything on Instagram"). */
export const FILLERS = new Set(['anything', 'something', 'stuff', 'things', 'it', 'them']);
/** Verbs of moving: a one-word place after them is where they go, not where the rule holds. */
export const COMING = new Set(['come', 'coming', 'run', 'walk', 'move', 'bring', 'take']);
/** Places said in one word (English). */
export const WHERE_WORDS = new Set(['upstairs', 'downstairs', 'indoors', 'outdoors', 'here', 'there', 'nearby', 'everywhere', 'anywhere', 'online']);

/** The words after a negative subject where what they may not do begins ("Nobody from the estate will…"). */
export const SUBJECT_HELPERS = new Set(['be', 'is', 'are', 'can', 'will', 'should', 'must', 'may', 'was', 'would', 'could', 'might', 'did', 'does', 'has', 'had']);
/** Verbs of telling someone something: after "nobody", only the telling is denied. */
export const TELLING_NEWS = new Set(['tell', 'explain', 'inform', 'warn', 'remind', 'say']);
/** What to do instead, after "and" ("…and come and tell me", "…and ring us"). */
export const NEXT_STEPS = new Set(['tell', 'talk', 'ring', 'call', 'speak', 'text', 'message']);
/** The worker speaking: "…and tell me", "…and ring us". */
export const TO_US = new Set(['me', 'us']);
/** Adverbs between a negator and its verb ("don't really need"). Not a maybe: "won't automatically mean you go to prison" promises nothing, so its prison stays plain. */
export const HEDGES = new Set(['really', 'actually', 'ever']);
/** Where things are left ("on the bedroom floor"). */
export const SURFACES = new Set(['floor', 'table', 'bed', 'side', 'ground', 'sofa', 'stairs', 'landing', 'windowsill', 'worktop', 'counter', 'desk']);
/** Verbs of needing: what is not needed is crossed out. */
export const NEEDING = new Set(['need', 'needs']);
/** Words that open what is needed ("need a suit", "need any money"; not "need to"). */
export const NEEDED = new Set(['a', 'an', 'any', 'some']);
/** Forms of "be" before a passive ("weren't read out at the review"). */
export const BE_PAST = new Set(['was', 'were', "wasn't", "weren't", 'been', 'is', 'are', "isn't", "aren't"]);
/** Words after a "no" that is said, not a ban: "says no and leaves", "said no to him" (read by symbol text's phrases and by negation). */
export const SAID_NO_GOES_ON = new Set(['to', 'and', 'or', 'but', 'if', 'when', 'because', 'so', 'again', 'then']);

/** Answering: denied, the answering did not happen; the phone it would be done on is there ("didn't answer his phone"). */
export const ANSWERING = new Set(['answer', 'pick up', 'answering']);

/** Words before a thing minded for someone: "to mind a bag" is looking after it, a doing like any other, not a thought (not "mind the step", "mind your head"). */
export const MINDED = new Set(['a', 'an', 'his', 'her', 'their', 'my']);

/** Verbs with two objects: "asking you questions", "give you money" ("you" is not a new subject after them). */
export const GIVING = new Set(['ask', 'give', 'show', 'tell', 'offer', 'buy', 'lend', 'pass', 'sell', 'pay', 'promise', 'teach']);

/** Irregular participles the tagger may take for nouns or adjectives ("nobody gets hurt"). */
export const PARTICIPLES = new Set(['hurt', 'caught', 'left', 'lost', 'hit', 'shot', 'kept', 'told', 'sent', 'taken', 'beaten', 'stolen']);

/** Hearing news: denied with a while after it, the news comes later ("won't hear about it for weeks"). */
export const HEARING = new Set(['hear', 'know', 'find out', 'learn']);
/** A while, after "for": "for weeks", "for a few days", "for a while", "for two months". */
export const DELAYS = /^(?:a (?:few|couple of|while|bit)|some (?:time|weeks|days|months)|ages|(?:\S+ )?(?:days|weeks|months|years))\b/;

/** Words that open a clause of their own ("while you're on bail", "until the trial"). */
export const CONJUNCTIONS = new Set(['while', 'when', 'if', 'until', 'till', 'unless', 'because', 'after', 'before', 'since', 'so', 'whilst']);
