/**
 * Symbol search: prefix-matching, typo-tolerant, and ranked in tiers so that an exact
 * label beats a label word, which beats a keyword, a sound-alike, a prefix, and last a
 * fuzzy match. Fuzzy matches have a floor: one edit for words of 4–7 letters, two for
 * longer words, none for shorter ones ("curfew" must not find surfers, nor "prison" a
 * bison). MiniSearch does the indexing and fuzzy matching; the ranking on top is ours.
 */
import MiniSearch from 'minisearch';
import type { SymbolEntry } from './types';

export interface SearchOptions {
  /** Most results returned. */
  limit?: number;
  /** Include flags and brand logos. */
  includeHidden?: boolean;
  /** Only this category. */
  category?: string;
  /** Grammar words, left out when a query of several words falls back to some of its words. */
  isFunctionWord?: (word: string) => boolean;
  /** Look for look-alike spellings too (the `fuzzy` tier). Off where they are never shown. */
  fuzzy?: boolean;
}

/**
 * How well an entry matches a query, best highest. A fuzzy match is never above a prefix
 * match, and a prefix match never above a whole word.
 */
export const TIER = {
  /** The label is the query. */
  exact: 90,
  /** Every query word is a word of the label ("police" → "police car"). */
  labelWords: 70,
  /** A keyword is the query: below a label word ("computer": a desktop computer before a keyboard). */
  keyword: 65,
  /** Every query word is a word of the label or a keyword. */
  keywordWords: 60,
  /** Spelt as it sounds ("polise"). */
  sound: 50,
  /** Every query word starts a word of the label or a keyword ("solic"). */
  prefix: 40,
  /** Some, not all, words of a query of several words. */
  partial: 20,
  /** Within the edit-distance floor, and nothing better. */
  fuzzy: 10,
  /** Not a match (a sound-alike of the index that the words do not bear out). */
  none: 0,
} as const;

/** One match: the entry, its tier, and its rank within the tier (higher first). */
export interface Match {
  n: number;
  entry: SymbolEntry;
  tier: number;
  score: number;
}

interface Doc {
  n: number;
  label: string;
  keywords: string;
  sounds: string;
}

export const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "'")
    .trim();

/**
 * A rough English sound-alike key, so that "polise" finds "police" and "foto" finds
 * "photo": spelling should not stand between a professional and a picture.
 */
export function soundKey(word: string): string {
  return word
    .replace(/ph/g, 'f')
    .replace(/ck/g, 'k')
    .replace(/qu/g, 'kw')
    .replace(/c(?=[eiy])/g, 's')
    .replace(/c/g, 'k')
    .replace(/z/g, 's')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1')
    .replace(/(?<=..)e$/, '');
}

export const words = (s: string) => s.split(/[\s:,()-]+/).filter(Boolean);

/** Whether `b` is within `max` edits (insertions, deletions, substitutions) of `a`. */
export function withinEdits(a: string, b: string, max: number): boolean {
  if (max <= 0 || Math.abs(a.length - b.length) > max) return false;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, cur[j]);
    }
    if (best > max) return false;
    prev = cur;
  }
  return prev[b.length] <= max;
}

/** Queries of one word this short are matched by a scan (no fuzzy match is possible). */
const SHORT = 3;

/** Most edits a fuzzy match may make to a query word of this length. */
export const maxEdits = (word: string): number => (word.length < 4 ? 0 : word.length <= 7 ? 1 : 2);

export class SymbolSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly labels: string[];
  private readonly labelWords: string[][];
  /** Whole keywords, and the single words of every keyword. */
  private readonly keywords: Set<string>[];
  private readonly keywordWords: Set<string>[];
  /** Sound-alike keys of each label's words. */
  private readonly labelSounds: Set<string>[];
  /** Entry numbers by normalised label. */
  private readonly byLabel = new Map<string, number[]>();

  /** Entries by symbol id, built on first use. */
  private ids?: Map<string, SymbolEntry>;

  /** The entry for a symbol id, if this search holds it. */
  byId(id: string): SymbolEntry | undefined {
    this.ids ??= new Map(this.entries.map((e) => [e.id, e]));
    return this.ids.get(id);
  }

  constructor(readonly entries: readonly SymbolEntry[]) {
    this.index = new MiniSearch<Doc>({
      idField: 'n',
      fields: ['label', 'keywords', 'sounds'],
      processTerm: (t) => normalise(t) || null,
    });
    this.labels = entries.map((e) => normalise(e.label));
    this.labelWords = this.labels.map(words);
    this.keywords = entries.map((e) => new Set(e.keywords.map(normalise)));
    this.keywordWords = this.keywords.map((k) => new Set([...k].flatMap(words)));
    this.labelSounds = this.labelWords.map((lw) => new Set(lw.map(soundKey)));
    this.labels.forEach((l, n) => {
      const list = this.byLabel.get(l);
      if (list) list.push(n);
      else this.byLabel.set(l, [n]);
    });
    this.index.addAll(
      entries.map((e, n) => ({
        n,
        label: e.label,
        keywords: e.keywords.join(' '),
        sounds: [...new Set(this.labelWords[n].concat([...this.keywords[n]]).map(soundKey))].join(' '),
      })),
    );
  }

  /** Every word of a label or keyword, built on first use (for "Did you mean"). */
  private known?: Set<string>;

  /** The words this index knows: the words of every label and keyword. */
  knownWords(): ReadonlySet<string> {
    this.known ??= new Set([...this.labelWords.flat(), ...this.keywordWords.flatMap((k) => [...k])]);
    return this.known;
  }

  /** Entries whose label is exactly this (normalised) text. */
  exact(label: string): readonly number[] {
    return this.byLabel.get(normalise(label)) ?? [];
  }

  /** Best matches first. An empty query returns nothing. */
  search(query: string, options: SearchOptions = {}): SymbolEntry[] {
    const found = this.match(query, options);
    found.sort((a, b) => b.tier - a.tier || b.score - a.score);
    return found.slice(0, options.limit ?? 60).map((m) => m.entry);
  }

  /**
   * Every entry that matches, with its tier, unsorted. A query of several words matches
   * entries with all of them; when none has, entries with some of them (tier `partial`).
   */
  match(query: string, options: SearchOptions = {}): Match[] {
    const q = normalise(query);
    if (!q) return [];
    if (q.length < 2) return this.initial(q, options);
    const qWords = words(q);
    if (!qWords.length) return [];
    if (qWords.length === 1 && q.length <= SHORT) return this.short(q, options);
    const all = this.run(q, qWords, 'AND', options);
    if (qWords.length < 2 || all.some((m) => m.tier > TIER.fuzzy)) return all;
    const content = options.isFunctionWord ? qWords.filter((w) => !options.isFunctionWord?.(w)) : qWords;
    if (!content.length) return all;
    return all.concat(this.run(q, content, 'OR', options).filter((m) => m.tier === TIER.partial));
  }

  private run(q: string, qWords: string[], combine: 'AND' | 'OR', options: SearchOptions): Match[] {
    // a sound key of one or two letters ("zzzz" → "s") sounds like too much
    const qSounds = qWords.map((w) => (w.length >= 4 ? soundKey(w) : w));
    const hits = this.index.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: qWords, combineWith: combine, fields: ['label', 'keywords'], prefix: true, fuzzy: options.fuzzy === false ? false : (t) => maxEdits(t), boost: { label: 3 } },
          { queries: qSounds, combineWith: combine, fields: ['sounds'] },
        ],
      },
      { weights: { fuzzy: 0.3, prefix: 0.6 } },
    );
    const out: Match[] = [];
    for (const h of hits) {
      const n = h.id as number;
      const e = this.entries[n];
      if (e.hidden && !options.includeHidden) continue;
      if (options.category && e.category !== options.category) continue;
      const tier = this.tier(n, q, qWords, qSounds);
      if (tier === TIER.none && combine === 'AND') continue;
      if (combine === 'OR' && tier > TIER.fuzzy) continue;
      const matched = combine === 'OR' ? qWords.filter((w, i) => this.wordTier(n, w, qSounds[i]) > TIER.fuzzy).length : 0;
      if (combine === 'OR' && !matched) continue;
      // within a tier, fewer extra words means the plainer concept ("police officer" over
      // "man police officer"), then MiniSearch's relevance
      const extra = Math.max(0, this.labelWords[n].length - qWords.length);
      out.push({ n, entry: e, tier: combine === 'OR' ? TIER.partial : tier, score: matched * 1000 - extra * 100 + Math.min(h.score, 99) });
    }
    return out;
  }

  /** The tier of one entry for a query. */
  private tier(n: number, q: string, qWords: string[], qSounds: string[]): number {
    if (this.labels[n] === q) return TIER.exact;
    if (this.keywords[n].has(q)) return TIER.keyword;
    let worst: number = TIER.exact;
    for (let i = 0; i < qWords.length && worst > TIER.none; i++) worst = Math.min(worst, this.wordTier(n, qWords[i], qSounds[i]));
    return worst;
  }

  /** How one query word matches an entry. */
  private wordTier(n: number, w: string, sound: string): number {
    const lw = this.labelWords[n];
    if (lw.includes(w)) return TIER.labelWords;
    const kw = this.keywordWords[n];
    if (kw.has(w)) return TIER.keywordWords;
    if (sound.length >= 3 && this.labelSounds[n].has(sound)) return TIER.sound;
    for (const x of lw) if (x.startsWith(w)) return TIER.prefix;
    for (const x of kw) if (x.startsWith(w)) return TIER.prefix;
    const edits = maxEdits(w);
    for (const x of lw) if (withinEdits(w, x, edits)) return TIER.fuzzy;
    for (const x of kw) if (withinEdits(w, x, edits)) return TIER.fuzzy;
    return TIER.none;
  }

  /** Every word of each entry, each after a space, built on first use. */
  private spaced?: string[];
  /** Entries by the first two letters of each of their words, and by their short sound keys: built on first use. */
  private byStart?: Map<string, number[]>;

  /** The entries a short word could match, in index order: a word starting with its first two letters, or its sound. */
  private shortCandidates(w: string): number[] {
    if (!this.byStart) {
      const map = new Map<string, number[]>();
      const add = (key: string, n: number) => {
        const list = map.get(key);
        if (!list) map.set(key, [n]);
        else if (list[list.length - 1] !== n) list.push(n);
      };
      for (let n = 0; n < this.entries.length; n++) {
        for (const x of this.labelWords[n]) add(x.slice(0, 2), n);
        for (const x of this.keywordWords[n]) add(x.slice(0, 2), n);
        for (const x of this.labelSounds[n]) if (x.length <= SHORT) add(`~${x}`, n);
      }
      this.byStart = map;
    }
    const a = this.byStart.get(w.slice(0, 2)) ?? [];
    const b = this.byStart.get(`~${w}`) ?? [];
    if (!b.length) return a;
    return [...new Set([...a, ...b])].sort((x, y) => x - y);
  }

  /**
   * One short word: a scan with the same tiers as the index's matches. The index would
   * expand a prefix of two or three letters to hundreds of terms and score every entry
   * they hold; the scan is several times faster and nothing fuzzy can match so short a word.
   */
  private short(w: string, options: SearchOptions): Match[] {
    const out: Match[] = [];
    const qWords = [w];
    // every word of an entry, each after a space: one substring test rules most entries out
    this.spaced ??= this.labelWords.map((lw, n) => ` ${lw.join(' ')} ${[...this.keywordWords[n]].join(' ')}`);
    const start = ` ${w}`;
    for (const n of this.shortCandidates(w)) {
      if (!this.spaced[n].includes(start) && !this.labelSounds[n].has(w)) continue;
      const e = this.entries[n];
      if ((e.hidden && !options.includeHidden) || (options.category && e.category !== options.category)) continue;
      // (a word under four letters is its own sound key, as in `run`)
      const tier = this.tier(n, w, qWords, qWords);
      if (tier === TIER.none) continue;
      const lw = this.labelWords[n];
      // as the index ranks within a tier: the label before keywords, fewer extra words first
      const inLabel = lw[0]?.startsWith(w) ? 60 : lw.some((x) => x.startsWith(w)) ? 40 : 0;
      out.push({ n, entry: e, tier, score: inLabel - Math.max(0, lw.length - 1) * 100 });
    }
    return out;
  }

  /** One letter: labels with a word starting with it, plainest first (a scan beats the index here). */
  private initial(ch: string, options: SearchOptions): Match[] {
    const out: Match[] = [];
    this.labelWords.forEach((lw, n) => {
      const e = this.entries[n];
      if ((e.hidden && !options.includeHidden) || (options.category && e.category !== options.category)) return;
      if (lw[0]?.startsWith(ch)) out.push({ n, entry: e, tier: TIER.prefix, score: 200 - lw.length });
      else if (lw.some((w) => w.startsWith(ch))) out.push({ n, entry: e, tier: TIER.prefix, score: 100 - lw.length });
    });
    return out;
  }
}
