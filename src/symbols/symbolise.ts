/**
 * Symbolise: text in, a picture for each word or phrase out. Phrases are matched before
 * single words ("police station" before "police"); words are matched after lower-casing,
 * dropping punctuation and trying their dictionary forms (went → go, children → child).
 * The young person's own vocabulary wins over a choice made in the document, which wins
 * over the curated vocabulary, which wins over the symbol library.
 */
import type { Picture } from '../model/profile';
import { wordFormsFor, type WordForms } from './wordForms';
import type { SymbolEntry } from './types';
import type { VocabularyFile, VocabularyPicture } from './vocabulary';
import { negationRulesFor } from './negationRules';
import { carryNegation } from './negationTokens';
import { DEGREE, DETERMINERS, GOING_TO, NEGATIVE_WORDS, PARTICLES, PLACE_KINDS, STAYING_PLACES, capitalised, nounAfterDeterminer, saysNoThing, saysWhenOrHow, numberedGroup, streetName, afterTitle } from './wordRules';
import { words, type Token, type TokenPicture, type Word } from './token';
import { brandKey, givenName, GIVEN_NAMES, SURNAMES } from './names';
import { chooseSense } from './senses';
import { eveningTime, laterInTheDay, valuesByWord } from './timeOfDay';
import { choiceFor } from './choices';
import { SentenceContext, phraseHeads } from './sentenceContext';
import type { Tagger, TaggedWord } from './tagger';
import type { Sense } from './vocabulary';

export { words, type Token, type TokenPicture };

export interface SymboliseOptions {
  /** `key-words` gives no picture to function words; `text-only` gives none at all. */
  mode?: 'every-word' | 'key-words' | 'text-only';
  /** The profile's own words and pictures, by normalised phrase. */
  personal?: ReadonlyMap<string, Picture>;
  /** Choices made in this document, by key: a picture, or null for "no picture". */
  choices?: Readonly<Record<string, VocabularyPicture | null>>;
  /** Language of the text (BCP 47); a symboliser for one language ignores it, `Symbolisers` picks by it. */
  language?: string;
  /** Symbol sets the reader knows, most preferred first (`openmoji`, a pack id); `Symbolisers` picks by them. */
  sets?: readonly string[];
}

/** An imported pack's words for symbol text: its entries, and whether it comes before OpenMoji. */
export interface PackLayer {
  set: string;
  entries: readonly SymbolEntry[];
  /** The reader prefers it to OpenMoji: its picture comes first for a word both have. */
  first: boolean;
}

const MAX_PHRASE = 4;
/** Words that end the object between a verb and its particle: a place or time begins ("stay at your aunt's flat on Friday"). */
const NOT_AN_OBJECT = new Set(['at', 'to', 'from', 'with', 'by', 'for', 'of', 'into', 'near', 'after', 'before', 'until', 'during', 'when', 'if', 'because', 'is', 'are', 'was', 'were']);
const MAX_ALTERNATIVES = 8;

/** A time just before a word ("o'clock", "10am"). */
const AFTER_A_TIME = /^(?:o['’]clock|\d{1,2}(?:[.:]\d\d)?(?:am|pm))$/;

/** Negative short forms as texts write them without the apostrophe ("dont", "cant", "didnt"). */
const UNAPOSTROPHED = new Map(['do', 'does', 'did', 'ca', 'wo', 'is', 'are', 'was', 'were', 'should', 'could', 'would', 'have', 'has', 'had', 'must'].map((v) => [`${v}nt`, `${v}n't`]));

export class Symboliser {
  private readonly lexicon = new Map<string, VocabularyPicture[]>();
  /** Keys of the curated vocabulary, preferred over library matches of another word form. */
  private readonly curated = new Set<string>();
  /** Word → dictionary form, remembered: the same words come back all the time. */
  private readonly lemmas = new Map<string, string>();
  private readonly longest: number;
  /** First words of the multi-word keys (lexicon and curated): where a phrase can start. */
  private readonly heads: Set<string>;
  private readonly forms: WordForms;
  /** Stem → lexicon word, for languages whose words are compared by stem (Polish). */
  private readonly stems = new Map<string, string>();
  /** Words whose picture depends on the sentence. */
  private readonly senses = new Map<string, readonly Sense[]>();
  /** Two-word curated phrases by first word, for phrases split by other words ("hand your phone in"). */
  private readonly pairs = new Map<string, string[]>();
  /** Curated words for people (the vocabulary's "people"): who an action is about. */
  private readonly people = new Set<string>();
  /**
   * Verbs too general to help on their own (give, take, make, use, need, help, keep): they
   * have pictures for every-word symbol text and the picker, but key words leave them out,
   * as they do grammar words, so the picture goes to what is given, taken or used.
   */
  private readonly light = new Set<string>();
  /** Feelings and states of health ("feel tired", "feel sick"). */
  private readonly states = new Set<string>();
  /** Times ("last week", "next month"): never matched with a word between. */
  private readonly times = new Set<string>();
  /** Places ("going to school" is a going, though the tagger may call school a verb). */
  private readonly places = new Set<string>();
  /** Part of speech and dictionary forms (English), once loaded. */
  private tagger: Tagger | null = null;

  constructor(vocabulary: VocabularyFile, library: readonly SymbolEntry[], setId = 'openmoji', readonly language = 'en') {
    this.forms = wordFormsFor(language);
    const isFunctionWord = (w: string) => this.forms.isFunctionWord(w);
    let add = (key: string, pic: VocabularyPicture) => {
      const list = this.lexicon.get(key);
      if (!list) this.lexicon.set(key, [pic]);
      else if (list.length < MAX_ALTERNATIVES && !list.some((p) => p.ids.join() === pic.ids.join() && p.modifier === pic.modifier)) list.push(pic);
    };
    for (const t of vocabulary.terms) {
      this.curated.add(t.term);
      if (t.category === 'people') this.people.add(t.term);
      if (t.category === 'light') this.light.add(t.term);
      if (t.category === 'places' || GOING_TO.has(t.term)) this.places.add(t.term);
      if (t.category === 'time') this.times.add(t.term);
      if (t.category === 'feelings' || t.category === 'health') this.states.add(t.term);
      for (const p of t.pictures) add(t.term, p);
      if (t.senses?.length) {
        this.senses.set(t.term, t.senses);
        for (const sn of t.senses) if (sn.picture) add(t.term, sn.picture);
      }
      const two = t.term.split(' ');
      if (two.length === 2) this.pairs.set(two[0], [...(this.pairs.get(two[0]) ?? []), two[1]]);
    }
    // then the library: whole labels, single-word labels, then keywords; grammar words
    // get pictures only from the curated list ("by" is not a copyright sign)
    const curatedAdd = add;
    add = (key, pic) => {
      if (!isFunctionWord(key) || this.lexicon.has(key)) curatedAdd(key, pic);
    };
    const visible = library.filter((e) => !e.hidden);
    for (const e of visible) add(e.label.toLowerCase(), { set: setId, ids: [e.id] });
    for (const e of visible) {
      const w = e.label.toLowerCase().split(/[\s:,]+/);
      if (w.length === 2 && ['man', 'woman', 'person'].includes(w[0])) add(w[1], { set: setId, ids: [e.id] });
    }
    // the floor: a bare keyword or tag match never pictures a word ("pack" is not a wolf); keywords serve search only
    let longest = 1;
    for (const k of this.lexicon.keys()) longest = Math.max(longest, k.split(' ').length);
    if (this.forms.stem) {
      for (const k of this.lexicon.keys()) {
        if (k.includes(' ')) continue;
        const st = this.forms.stem(k);
        if (st && !this.stems.has(st)) this.stems.set(st, k);
      }
    }
    this.longest = Math.min(MAX_PHRASE, longest);
    this.heads = phraseHeads([...this.lexicon.keys(), ...this.curated]);
  }

  /**
   * This symboliser with imported packs' labels in its lexicon: a word a preferred pack
   * names gets that pack's picture first (curated senses still choose between meanings),
   * other packs' pictures come after as alternatives. A label "to eat" also names "eat".
   * Keywords never picture a word, as for the library.
   */
  withPacks(packs: readonly PackLayer[]): Symboliser {
    const lexicon = new Map([...this.lexicon].map(([k, v]) => [k, [...v]]));
    const put = (key: string, pic: VocabularyPicture, first: boolean) => {
      if (!key || (this.forms.isFunctionWord(key) && !lexicon.has(key))) return;
      const list = lexicon.get(key) ?? [];
      if (list.some((p) => p.set === pic.set && p.ids.join() === pic.ids.join())) return;
      if (first) list.unshift(pic);
      else if (list.length < MAX_ALTERNATIVES) list.push(pic);
      lexicon.set(key, list.slice(0, MAX_ALTERNATIVES + 1));
    };
    // the most preferred pack is added last among those that come first, so it ends up at the front
    const order = [...packs.filter((p) => p.first).reverse(), ...packs.filter((p) => !p.first)];
    for (const p of order) {
      for (const e of p.entries) {
        if (e.hidden) continue;
        const label = e.label.toLowerCase().replace(/\s+/g, ' ').trim();
        const pic = { set: p.set, ids: [e.id] };
        put(label, pic, p.first);
        const infinitive = /^to (\S.*)$/.exec(label);
        if (infinitive) put(infinitive[1], pic, p.first);
      }
    }
    let longest = 1;
    for (const k of lexicon.keys()) longest = Math.max(longest, k.split(' ').length);
    const stems = new Map(this.stems);
    if (this.forms.stem) {
      for (const k of lexicon.keys()) {
        const st = k.includes(' ') ? null : this.forms.stem(k);
        if (st && !stems.has(st)) stems.set(st, k);
      }
    }
    const heads = phraseHeads([...lexicon.keys(), ...this.curated]);
    return Object.assign(Object.create(Symboliser.prototype) as Symboliser, this, { lexicon, stems, heads, lemmas: new Map(), longest: Math.min(MAX_PHRASE, longest) });
  }

  /** Uses a tagger for part of speech and dictionary forms from now on. */
  useTagger(tagger: Tagger): void {
    this.tagger = tagger;
  }

  get tagged(): boolean {
    return this.tagger !== null;
  }

  /** Whether the lexicon (curated or library) has a picture for this form. */
  has(key: string): boolean {
    return this.lexicon.has(key);
  }

  /** All pictures for a key, best first. */
  picturesFor(key: string): VocabularyPicture[] {
    return this.lexicon.get(key) ?? [];
  }

  /** The dictionary form of a word that the lexicon knows, or the word itself. */
  lemma(lower: string): string {
    let l = this.lemmas.get(lower);
    if (l === undefined) {
      // outside English (whose lemmatiser knows its grammar words), a grammar word stays itself: Urdu سے is not a form of سا
      const c = this.language !== 'en' && this.forms.isFunctionWord(lower) ? [lower] : this.forms.candidates(lower);
      l = c.find((x) => this.curated.has(x)) ?? c.find((x) => this.lexicon.has(x));
      if (l === undefined) {
        const st = this.forms.stem?.(lower);
        l = (st && this.stems.get(st)) || c[0] || lower;
      }
      if (this.lemmas.size > 50_000) this.lemmas.clear();
      this.lemmas.set(lower, l);
    }
    return l;
  }

  /** Dictionary form of a word, from the tagger where it has one (not for "don't": it splits it). */
  private lemmaOf(w: Word, tag: TaggedWord | undefined): string {
    if (!tag || w.lower.includes("'") || NEGATIVE_WORDS.has(w.lower)) return this.lemma(w.lower);
    const c = tag.lemma === w.lower ? [w.lower] : [tag.lemma, w.lower];
    // a word the tagger does not know ("carers", a capitalised "Officers") keeps the word-form rules
    return c.find((x) => this.curated.has(x)) ?? c.find((x) => this.lexicon.has(x)) ?? (this.lexicon.has(this.lemma(w.lower)) ? this.lemma(w.lower) : c[0]);
  }

  symbolise(text: string, options: SymboliseOptions = {}): Token[] {
    const mode = options.mode ?? 'every-word';
    // ("dont go to the park", "i cant": a short form written without its apostrophe is still a "not")
    const ws = this.language === 'en' ? words(text).map((w) => (UNAPOSTROPHED.has(w.lower) ? { ...w, lower: UNAPOSTROPHED.get(w.lower)! } : w)) : words(text);
    const tags = this.tagger && this.language === 'en' ? new Map(this.tagger.tag(text).map((t) => [t.start, t])) : null;
    // (after a time a word is a noun, whatever the tagger says: "your ten o'clock hearing")
    const lem = ws.map((w, i) => this.lemmaOf(w, i > 0 && AFTER_A_TIME.test(ws[i - 1].lower) ? undefined : tags?.get(w.start)));
    // a curated phrase with no picture of its own ("go off", "as soon as") is still one unit
    const known = (k: string) => this.lexicon.has(k) || this.curated.has(k) || !!options.personal?.has(k);
    const personalHeads = options.personal?.size ? phraseHeads(options.personal.keys()) : null;
    /** Whether a known phrase may start with this word (cheap: most words start none). */
    const head = (w: string) => this.heads.has(w) || !!personalHeads?.has(w);
    const sentence = new SentenceContext(text, ws, lem);
    const tokens: Token[] = [];
    /** Particles already pictured with their verb ("in" of "hand your phone in"). */
    const particles = new Set<number>();
    const values = valuesByWord(text, ws, this.language);
    if (this.language === 'en') {
      let before: { id: string; sentence: string } | null = null;
      for (const [i, v] of values) {
        const said = sentence.around(ws[i].start).text;
        const span = text.slice(ws[i].start, v.said);
        v.id = laterInTheDay(before?.sentence === said ? before.id : null, eveningTime(v.id, span, said), span);
        before = { id: v.id, sentence: said };
      }
    }
    // the n-th use of a key may have its own choice ("this word only", see choices.ts)
    const uses = new Map<string, number>();
    const at = (key: string): SymboliseOptions => {
      const n = uses.get(key) ?? 0;
      uses.set(key, n + 1);
      const chosen = choiceFor(options.choices, key, n);
      return chosen === undefined ? options : { ...options, choices: { ...options.choices, [key]: chosen } };
    };
    const push = (from: number, to: number, key: string, functionWord: boolean) => {
      const o = at(key);
      const t = this.token(text.slice(ws[from].start, ws[to].end), ws[from].start, ws[to].end, key, functionWord, mode, o);
      const sensed = this.withSense(t, o, sentence.around(ws[from].start), nounAfterDeterminer(ws, from, to, text, tags?.get(ws[from].start)));
      tokens.push(this.people.has(key) ? { ...sensed, person: true } : sensed);
    };
    for (let i = 0; i < ws.length; ) {
      if (particles.has(i)) {
        push(i, i, ws[i].lower, true);
        i++;
        continue;
      }
      // a time, day or date: a clock or calendar drawn for what is written
      const value = values.get(i);
      if (value) {
        tokens.push(this.valueToken(text, ws, i, value, mode, at(value.id)));
        i = value.end + 1;
        continue;
      }
      const phrase = this.phraseAt(ws, lem, i, known, head, text);
      if (phrase) {
        // a phrase too general for key words ("feel like", "make sure") is light as a word is
        push(i, phrase.end, phrase.key, this.light.has(phrase.key));
        if (this.light.has(phrase.key)) tokens[tokens.length - 1].light = true;
        if (phrase.particle !== undefined) particles.add(phrase.particle);
        i = phrase.end + 1;
        continue;
      }
      // "Northgate Park", "feel tired": one unit, with the place's or the feeling's picture
      const span = this.placeName(ws, lem, i, known, head, text, tags) ?? this.titledName(ws, lem, i, known, head, text) ?? this.feelingAt(ws, lem, i, text);
      if (span) {
        push(i, span.end, span.key, false);
        i = span.end + 1;
        continue;
      }
      const w = ws[i];
      // "£85": an amount of money shows money
      const amount = this.language === 'en' && /^\d/.test(w.text) && text[w.start - 1] === '£';
      const key = options.personal?.has(w.lower) ? w.lower : amount ? 'pounds' : (brandKey(ws, i, text, this.language) ?? lem[i]);
      // "going to call your mum", "what is going to happen": the future, not a going somewhere
      const future = w.lower === 'going' && ws[i + 1]?.lower === 'to' && tags?.get(ws[i + 2]?.start ?? -1)?.pos === 'verb' && !this.places.has(lem[i + 2]);
      // "the plan says", "the judge says": what is said matters, not a speaking head
      const reports = this.language === 'en' && w.lower === 'says';
      const light = this.light.has(key) || future || reports || saysWhenOrHow(ws, i, text, this.language) || numberedGroup(ws, i, this.language) || streetName(ws, i, this.language) || afterTitle(ws, i, this.language, text) || givenName(ws, i, text, this.language) || this.surname(ws, lem, i, text);
      push(i, i, key, this.forms.isFunctionWord(key) || this.forms.isFunctionWord(w.lower) || light);
      if (light) tokens[tokens.length - 1].light = true;
      i++;
    }
    const rules = negationRulesFor(this.language);
    const isVerb = (t: Token) => tags?.get(t.start)?.pos === 'verb';
    return rules ? carryNegation(text, tokens, (t) => !!t.person, (t) => this.places.has(t.key) || STAYING_PLACES.has(t.key), isVerb, options.personal, rules) : tokens;
  }

  /**
   * The longest known phrase starting at word `i`: written together ("police station"),
   * with a determiner inside ("brush your teeth" → brush teeth), or a verb and its particle
   * around its object ("hand your phone in" → hand in, the particle then shows nothing).
   */
  private phraseAt(ws: Word[], lem: string[], i: number, known: (k: string) => boolean, head: (w: string) => boolean, text: string): { end: number; key: string; particle?: number } | null {
    if (!head(ws[i].lower) && !head(lem[i])) return this.particlePhrase(ws, lem, i, text);
    // as written, with the first word's dictionary form, with every word's: longest first
    const forms: string[][] = [];
    let raw = ws[i].lower;
    let firstLemma = lem[i];
    let lemmas = lem[i];
    for (let n = 2; n <= Math.min(this.longest, ws.length - i); n++) {
      // (a phrase is written in one piece: "after care ends, up to 25" is no "end up")
      if (/[.,;:!?]/.test(text.slice(ws[i + n - 2].end, ws[i + n - 1].start))) break;
      raw += ' ' + ws[i + n - 1].lower;
      firstLemma += ' ' + ws[i + n - 1].lower;
      lemmas += ' ' + lem[i + n - 1];
      forms.push([raw, firstLemma, lemmas]);
    }
    for (let n = forms.length - 1; n >= 0; n--) {
      // (a past tense last, after a first word that is not one, is a verb, not the phrase's noun:
      // "the court fined you" is no court fine; "stopped and searched" is stop and search)
      const last = ws[i + n + 1];
      const past = this.language === 'en' && /ed$/.test(last.lower) && lem[i + n + 1] !== last.lower && !/ed$/.test(ws[i].lower);
      const key = (past ? forms[n].slice(0, 2) : forms[n]).find(known);
      // (a noun, then a preposition and its place: "read a book in the library" is no book in)
      const preposition = n === 0 && PARTICLES.has(last.lower) && DETERMINERS.has(ws[i - 1]?.lower ?? '') && DETERMINERS.has(ws[i + 2]?.lower ?? '');
      if (key && !preposition && !saysNoThing(key, ws, i, i + n + 1, text)) return { end: i + n + 1, key };
    }
    // a determiner or two inside: "brush your teeth", "break the rules"
    const kept: number[] = [i];
    for (let k = i + 1; k < ws.length && kept.length < this.longest && k - i <= this.longest + 1; k++) {
      if (/[.,;:!?]/.test(text.slice(ws[k - 1].end, ws[k].start))) break;
      if (DETERMINERS.has(ws[k].lower)) continue;
      kept.push(k);
      if (kept.length >= 2 && k - i + 1 > kept.length) {
        const key = kept.map((x) => lem[x]).join(' ');
        // (not a time: "to last the week" is not last week)
        if (this.curated.has(key) && !this.times.has(key)) return { end: k, key };
        // (the first word as written: "lay the table" is not a form of lie)
        const written = [ws[i].lower, ...kept.slice(1).map((x) => lem[x])].join(' ');
        if (this.curated.has(written) && !this.times.has(written)) return { end: k, key: written };
      }
    }
    return this.particlePhrase(ws, lem, i, text);
  }

  /** A verb and its particle around a short object: "hand your phone in", "turn the TV off". */
  private particlePhrase(ws: Word[], lem: string[], i: number, text: string): { end: number; key: string; particle: number } | null {
    for (const second of this.pairs.get(lem[i]) ?? []) {
      if (!PARTICLES.has(second)) continue;
      for (let k = i + 1; k <= i + 5 && k < ws.length; k++) {
        if (/[.,;:!?]/.test(text.slice(ws[k - 1].end, ws[k].start))) break;
        // ("fill the hole in your back tooth", "put your coat on the hook": before "your" or "the" it opens a place)
        // ("go round the back of the building": before "of" it is a noun)
        if (k > i + 1 && ws[k].lower === second) return ((second === 'in' || second === 'on') && DETERMINERS.has(ws[k + 1]?.lower ?? '')) || ws[k + 1]?.lower === 'of' ? null : { end: i, key: `${lem[i]} ${second}`, particle: k };
        // the object between is a thing or two ("the Xbox and phone"), not a place ("at your aunt's flat on Friday") or another particle
        // ("stay switched off": the particle is the nearer verb's)
        if (PARTICLES.has(ws[k].lower) || NOT_AN_OBJECT.has(ws[k].lower) || this.pairs.get(lem[k])?.includes(second)) break;
      }
    }
    return null;
  }

  /**
   * A name of one or two capitalised words before a capitalised kind of place ("Northgate
   * Park", "Kingsmead School", "Broadway Police Station"): one unit with the place's picture,
   * so the name is not left bare beside it.
   */
  private placeName(ws: Word[], lem: string[], i: number, known: (k: string) => boolean, head: (w: string) => boolean, text: string, tags: ReadonlyMap<number, TaggedWord> | null): { end: number; key: string } | null {
    // (cheap first: a kind of place must follow within three words)
    const kind = (k: number) => PLACE_KINDS.has(ws[k]?.lower) || ws[k]?.lower === 'court';
    if (this.language !== 'en' || !(kind(i + 1) || kind(i + 2) || kind(i + 3)) || !capitalised(ws[i])) return null;
    // (a word the lexicon knows, first in its sentence, is capitalised for that: "Visit Northgate Park")
    const first = (k: number) => k === 0 || /[.!?:;]/.test(text.slice(ws[k - 1].end, ws[k].start));
    const isName = (k: number) => capitalised(ws[k]) && !this.forms.isFunctionWord(ws[k].lower) && (!tags || tags.get(ws[k].start)?.pos === 'noun') && !(first(k) && known(lem[k]));
    if (!isName(i)) return null;
    for (let h = i + 1; h <= i + 2 && h < ws.length && !/\S/.test(text.slice(ws[h - 1].end, ws[h].start)); h++) {
      const phrase = this.phraseAt(ws, lem, h, known, head, text);
      const end = phrase?.end ?? h;
      const key = phrase?.key ?? lem[h];
      // a kind of place, capitalised ("Kingsmead School"), or a place of two words written small ("Kirkby police station", "Wexley Crown Court")
      const placeWord = end > h && (PLACE_KINDS.has(ws[end].lower) || ws[end].lower === 'court' || this.places.has(key));
      const named = placeWord || (capitalised(ws[h]) && PLACE_KINDS.has(ws[end].lower));
      if (named && this.lexicon.has(key)) return { end, key };
      // "the Rainbow Centre": a name before a kind of place with no picture of its own is a name, and shows nothing
      if (named && capitalised(ws[h]) && h === end) return { end, key };
      if (!capitalised(ws[h]) || !isName(h)) return null;
    }
    return null;
  }

  /** "Sergeant Hughes", "Dr Okafor": a title and the name after it are one person, with the title's picture. */
  private titledName(ws: Word[], lem: string[], i: number, known: (k: string) => boolean, head: (w: string) => boolean, text: string): { end: number; key: string } | null {
    if (this.language !== 'en' || !this.people.has(lem[i]) || !capitalised(ws[i]) || this.forms.isFunctionWord(ws[i].lower) || !this.lexicon.has(lem[i])) return null;
    let end = i;
    const name = (k: number) => !!ws[k] && capitalised(ws[k]) && !known(lem[k]) && !this.forms.isFunctionWord(ws[k].lower) && !this.phraseAt(ws, lem, k, known, head, text);
    while (end < i + 2 && name(end + 1) && !/\S/.test(text.slice(ws[end].end, ws[end + 1].start))) end++;
    return end > i ? { end, key: lem[i] } : null;
  }

  /**
   * "Jordan Price", "Hope Turner": a surname that is also a word, after a first name (a name
   * the vocabulary does not know, or one that is also a word), shows no picture.
   */
  private surname(ws: Word[], lem: string[], i: number, text: string): boolean {
    const first = ws[i - 1];
    if (this.language !== 'en' || !first || !SURNAMES.has(ws[i].lower) || !capitalised(ws[i]) || !capitalised(first) || text.slice(first.end, ws[i].start) !== ' ') return false;
    return GIVEN_NAMES.has(first.lower) || (!this.lexicon.has(lem[i - 1]) && !this.curated.has(lem[i - 1]) && !this.forms.isFunctionWord(first.lower));
  }

  /** "feel tired", "feeling really low": the feeling's picture over both words (feel alone shows none). */
  private feelingAt(ws: Word[], lem: string[], i: number, text: string): { end: number; key: string } | null {
    if (this.language !== 'en' || lem[i] !== 'feel') return null;
    for (let k = i + 1; k <= i + 3 && k < ws.length && !/[.,;:!?]/.test(text.slice(ws[k - 1].end, ws[k].start)); k++) {
      if (this.states.has(lem[k]) && this.lexicon.has(lem[k])) return { end: k, key: lem[k] };
      if (!DEGREE.has(ws[k].lower)) return null;
    }
    return null;
  }

  /** A token for a time, day or date; its key is the generated id, so a choice for it sticks. */
  private valueToken(text: string, ws: Word[], i: number, value: { end: number; id: string }, mode: SymboliseOptions['mode'], options: SymboliseOptions): Token {
    const start = ws[i].start;
    const end = ws[value.end].end;
    const t = this.token(text.slice(start, end), start, end, value.id, false, mode, options);
    const generated: VocabularyPicture = { set: 'openmoji', ids: [value.id] };
    const chosen = options.choices && Object.hasOwn(options.choices, value.id);
    return { ...t, picture: mode === 'text-only' ? null : chosen ? t.picture : generated, alternatives: chosen ? [generated] : [] };
  }

  /** Applies the sense the sentence selects to a word that has senses. */
  private withSense(t: Token, options: SymboliseOptions, sentence: { words: ReadonlySet<string>; text: string }, tag: TaggedWord | undefined): Token {
    const senses = this.senses.get(t.key);
    if (!senses || !t.picture || (options.choices && Object.hasOwn(options.choices, t.key)) || options.personal?.has(t.key)) return t;
    const sense = chooseSense(senses, { pos: tag?.pos, posSure: tag?.sure, words: sentence.words, sentence: sentence.text });
    // (a pack the profile prefers keeps its picture for the word's usual sense: "park" from the pack)
    if (sense?.default && 'ids' in t.picture && t.picture.set !== 'openmoji' && t.picture.set !== 'signpost') return t;
    const picture = sense?.picture ?? null;
    const shown = picture?.ids.join() ?? '';
    const all = this.picturesFor(t.key);
    return { ...t, picture, alternatives: all.filter((p) => p.ids.join() !== shown) };
  }

  private token(text: string, start: number, end: number, key: string, functionWord: boolean, mode: SymboliseOptions['mode'], options: SymboliseOptions): Token {
    const all = this.picturesFor(key);
    let picture: TokenPicture | null = all[0] ?? null;
    const own = options.personal?.get(key);
    if (options.choices && Object.hasOwn(options.choices, key)) picture = options.choices[key];
    if (own) picture = own.kind === 'photo' ? { photoId: own.photoId } : { set: own.symbol.set, ids: [own.symbol.id] };
    if (mode === 'text-only' || (mode === 'key-words' && functionWord && !own)) picture = null;
    const shown = picture && 'ids' in picture ? picture.ids.join() : '';
    const chosen = !!options.choices && Object.hasOwn(options.choices, key);
    return { text, start, end, key, picture, alternatives: all.filter((p) => p.ids.join() !== shown), functionWord, ...(chosen ? { chosen } : {}) };
  }
}
