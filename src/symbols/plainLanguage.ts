/**
 * The plain-language check: flags sentences that are hard to take in, following Easy Read
 * practice. The rules' settings and the glossary are data (`symbols/plain-language/`),
 * each with its source; this file only applies them.
 */
import { own } from '../model/own';
import { lemmaCandidates } from './lemma';

export interface PlainRules {
  version: 1;
  sources: Record<string, string>;
  rules: (
    | { id: 'long-sentence'; maxWords: number; source: string }
    | { id: 'many-ideas'; maxJoins: number; joiners: string[]; source: string }
    | { id: 'passive'; auxiliaries: string[]; source: string }
    | { id: 'long-word'; minSyllables: number; source: string }
    | { id: 'negative'; words: string[]; except?: string[]; source: string }
    | { id: 'jargon'; source: string }
    | { id: 'explain'; source: string }
  )[];
  /** [hard term, plainer words, source id] */
  glossary: [string, string, string][];
  /**
   * [term, what it means, source id]: words a document cannot do without ("bail", "curfew")
   * that a young person may not know, so the writer should say what they mean.
   */
  explain?: [string, string, string][];
}

export type RuleId = PlainRules['rules'][number]['id'];

export interface Finding {
  rule: RuleId;
  /** Offsets of the sentence in the text. */
  sentenceStart: number;
  sentenceEnd: number;
  /** The part the finding is about, offsets in the text. */
  start: number;
  end: number;
  /** The words found (a jargon term, a long word, a negative…). */
  match: string;
  /** Numbers or words for the message (word count, plainer words). */
  detail?: string;
  /** A one-click fix: replace text[start, end) with this. */
  replacement?: string;
  /** Where the rule comes from. */
  source: string;
}

/** Past participles that do not end in -ed. */
const IRREGULAR_PARTICIPLES = new Set(
  'given taken seen made told kept held sent put done known shown written brought bought caught found heard left lost meant paid said sold stolen taught thought understood won arrested charged'.split(' '),
);

/** A sentence ends at . ! ? (and the Urdu and Arabic full stop and question mark). */
const sentenceRe = /[^.!?۔؟\n]+[.!?۔؟]*/g;
const wordRe = /[\p{L}][\p{L}'’-]*/gu;

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (w.length <= 3) return 1;
  const groups = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '').match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 1);
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Rule = PlainRules['rules'][number];
type RuleOf<K extends RuleId> = Extract<Rule, { id: K }>;

/** A word of a sentence: as written, in lower case (with a plain apostrophe), and its offsets in the text. */
interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

/** One sentence being checked, and where its findings go. */
interface Sentence {
  /** The whole text, and the sentence's own words and offsets in it. */
  text: string;
  sentence: string;
  start: number;
  end: number;
  words: Word[];
  /** Findings so far in the whole text. */
  out: readonly Finding[];
  /** Words to explain already flagged in this text: once is enough. */
  explained: Set<string>;
  push: (f: Omit<Finding, 'sentenceStart' | 'sentenceEnd'>) => void;
}

/** A whole word or phrase, wherever it is in a sentence, in any case. */
const wholeWords = (phrase: string, flags = 'giu') => new RegExp(`(?<![\\p{L}])${escapeRe(phrase)}(?![\\p{L}])`, flags);

export class PlainLanguageChecker {
  private readonly glossary: { re: RegExp; plain: string; source: string }[];
  private readonly glossaryWords: Set<string>;
  private readonly explain: { re: RegExp; meaning: string; source: string }[];

  constructor(private readonly data: PlainRules) {
    // longest terms first, so "remanded in custody" wins over "remanded"
    this.glossary = [...data.glossary]
      .sort((a, b) => b[0].length - a[0].length)
      .map(([term, plain, source]) => ({ re: wholeWords(term), plain, source: own(data.sources, source) ?? source }));
    this.glossaryWords = new Set(data.glossary.flatMap(([t]) => t.toLowerCase().split(' ')));
    this.explain = (data.explain ?? []).map(([term, meaning, source]) => ({ re: wholeWords(term, 'iu'), meaning, source: own(data.sources, source) ?? source }));
  }

  private source(id: string): string {
    return own(this.data.sources, id) ?? id;
  }

  /**
   * Findings for a text. `only` limits the rules: other languages get the rules that do not
   * depend on English words (sentence length).
   */
  check(text: string, only?: readonly RuleId[]): Finding[] {
    const out: Finding[] = [];
    const rules = only ? this.data.rules.filter((r) => only.includes(r.id)) : this.data.rules;
    const explained = new Set<string>();
    for (const m of text.matchAll(sentenceRe)) {
      const sentence = m[0];
      if (!sentence.trim()) continue;
      const start = m.index!;
      const end = start + sentence.length;
      const words = [...sentence.matchAll(wordRe)].map((w) => ({ text: w[0], lower: w[0].toLowerCase().replace(/’/g, "'"), start: start + w.index!, end: start + w.index! + w[0].length }));
      if (!words.length) continue;
      const push: Sentence['push'] = (f) => out.push({ ...f, sentenceStart: start, sentenceEnd: end });
      for (const rule of rules) this.apply(rule, { text, sentence, start, end, words, out, explained, push });
    }
    // in reading order: a list the user works down
    return out.sort((a, b) => a.start - b.start || a.end - b.end);
  }

  private apply(rule: Rule, s: Sentence) {
    switch (rule.id) {
      case 'long-sentence':
        return this.longSentence(rule, s);
      case 'many-ideas':
        return this.manyIdeas(rule, s);
      case 'passive':
        return this.passive(rule, s);
      case 'negative':
        return this.negative(rule, s);
      case 'jargon':
        return this.jargon(rule, s);
      case 'explain':
        return this.explainTerms(rule, s);
      case 'long-word':
        return this.longWords(rule, s);
    }
  }

  private longSentence(rule: RuleOf<'long-sentence'>, { sentence, start, end, words, push }: Sentence) {
    if (words.length > rule.maxWords) push({ rule: rule.id, start, end, match: sentence.trim(), detail: String(words.length), source: this.source(rule.source) });
  }

  private manyIdeas(rule: RuleOf<'many-ideas'>, { sentence, start, end, words, push }: Sentence) {
    const joins = words.filter((w, i) => i > 0 && rule.joiners.includes(w.lower)).length + (sentence.match(/[,;:]/g)?.length ?? 0);
    if (joins > rule.maxJoins) push({ rule: rule.id, start, end, match: sentence.trim(), detail: String(joins + 1), source: this.source(rule.source) });
  }

  /** An auxiliary then a past participle ("was arrested"), with at most one adverb between ("was quickly arrested"). */
  private passive(rule: RuleOf<'passive'>, { text, words, push }: Sentence) {
    for (let i = 0; i + 1 < words.length; i++) {
      if (!rule.auxiliaries.includes(words[i].lower)) continue;
      for (const j of [i + 1, i + 2]) {
        const w = words[j];
        if (!w) continue;
        const participle = (w.lower.endsWith('ed') && w.lower.length > 4 && !['need', 'bed', 'red'].includes(w.lower)) || IRREGULAR_PARTICIPLES.has(w.lower);
        if (participle) {
          push({ rule: rule.id, start: words[i].start, end: w.end, match: text.slice(words[i].start, w.end), source: this.source(rule.source) });
          i = j;
          break;
        }
        if (!w.lower.endsWith('ly')) break;
      }
    }
  }

  private negative(rule: RuleOf<'negative'>, { sentence, start, push }: Sentence) {
    // "must not" stays: a bail condition or a court order has to say plainly what is
    // forbidden, and "not" inside it is not flagged on its own either
    const taken: [number, number][] = [];
    for (const keep of rule.except ?? []) {
      for (const n of sentence.matchAll(wholeWords(keep))) taken.push([start + n.index!, start + n.index! + n[0].length]);
    }
    for (const neg of [...rule.words].sort((a, b) => b.length - a.length)) {
      for (const n of sentence.matchAll(wholeWords(neg))) {
        const st = start + n.index!;
        if (taken.some(([a, b]) => st >= a && st < b)) continue;
        taken.push([st, st + n[0].length]);
        push({ rule: rule.id, start: st, end: st + n[0].length, match: n[0], source: this.source(rule.source) });
      }
    }
  }

  /** Glossary terms, each with its plainer words as a fix; a shorter term inside a longer one found is not flagged again. */
  private jargon(rule: RuleOf<'jargon'>, { sentence, start, out, push }: Sentence) {
    for (const g of this.glossary) {
      for (const j of sentence.matchAll(g.re)) {
        const st = start + j.index!;
        const en = st + j[0].length;
        if (out.some((f) => f.rule === 'jargon' && st < f.end && en > f.start)) continue;
        push({ rule: rule.id, start: st, end: en, match: j[0], replacement: matchCase(j[0], g.plain), detail: g.plain, source: g.source });
      }
    }
  }

  private explainTerms(rule: RuleOf<'explain'>, { sentence, start, explained, push }: Sentence) {
    for (const x of this.explain) {
      if (explained.has(x.meaning)) continue;
      const j = x.re.exec(sentence);
      if (!j) continue;
      explained.add(x.meaning);
      const st = start + j.index;
      push({ rule: rule.id, start: st, end: st + j[0].length, match: j[0], detail: x.meaning, source: x.source });
    }
  }

  /** Long words, judged by their dictionary form; glossary words are left to the jargon rule. */
  private longWords(rule: RuleOf<'long-word'>, { words, push }: Sentence) {
    for (const w of words) {
      if (this.glossaryWords.has(w.lower) || syllables(lemmaCandidates(w.lower)[0]) < rule.minSyllables) continue;
      push({ rule: rule.id, start: w.start, end: w.end, match: w.text, source: this.source(rule.source) });
    }
  }
}

/** Keeps a capital letter at the start of a sentence when fixing. */
function matchCase(original: string, plain: string): string {
  return /^\p{Lu}/u.test(original) ? plain[0].toUpperCase() + plain.slice(1) : plain;
}

/** Applies a finding's fix to the text. */
export function applyFix(text: string, f: Finding): string {
  return f.replacement === undefined ? text : text.slice(0, f.start) + f.replacement + text.slice(f.end);
}
