/**
 * Symbol search: prefix-matching, typo-tolerant, ranked so that an exact label beats a
 * label word, which beats a keyword. MiniSearch does the indexing and fuzzy matching;
 * the ranking on top is ours.
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
}

interface Doc {
  n: number;
  label: string;
  keywords: string;
  sounds: string;
}

const normalise = (s: string) =>
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

const words = (s: string) => s.split(/[\s:,()-]+/).filter(Boolean);

export class SymbolSearch {
  private readonly index: MiniSearch<Doc>;
  private readonly labels: string[];
  private readonly keywords: Set<string>[];
  /** Sound-alike keys of each label's words. */
  private readonly labelSounds: Set<string>[];

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
    this.keywords = entries.map((e) => new Set(e.keywords.map(normalise)));
    this.labelSounds = this.labels.map((l) => new Set(words(l).map(soundKey)));
    this.index.addAll(
      entries.map((e, n) => ({
        n,
        label: e.label,
        keywords: e.keywords.join(' '),
        sounds: [...new Set(words(this.labels[n]).concat(e.keywords.map(normalise)).map(soundKey))].join(' '),
      })),
    );
  }

  /** Best matches first. An empty query returns nothing. */
  search(query: string, options: SearchOptions = {}): SymbolEntry[] {
    const q = normalise(query);
    if (!q) return [];
    const limit = options.limit ?? 60;
    if (q.length < 2) return this.initial(q, limit, options);
    const qWords = words(q);
    const qSounds = qWords.map(soundKey);
    const hits = this.index.search(
      {
        combineWith: 'OR',
        queries: [
          { queries: qWords, combineWith: 'AND', fields: ['label', 'keywords'], prefix: true, fuzzy: (t) => (t.length >= 5 ? 0.25 : t.length >= 4 ? 1 : 0), boost: { label: 3 } },
          { queries: qSounds, combineWith: 'AND', fields: ['sounds'] },
        ],
      },
      { weights: { fuzzy: 0.3, prefix: 0.6 } },
    );
    const scored: { e: SymbolEntry; s: number }[] = [];
    for (const h of hits) {
      const e = this.entries[h.id as number];
      if (e.hidden && !options.includeHidden) continue;
      if (options.category && e.category !== options.category) continue;
      const label = this.labels[h.id as number];
      const lw = words(label);
      let tier = 0;
      if (label === q) tier = 4;
      else if (qWords.every((w) => lw.includes(w))) tier = 3;
      else if (qWords.every((w) => this.keywords[h.id as number].has(w))) tier = 2;
      // spelt as it sounds ("polise"): nearly as good as the word itself
      else if (qSounds.every((w) => this.labelSounds[h.id as number].has(w))) tier = 2;
      else if (lw.some((w) => w.startsWith(qWords[0]))) tier = 1;
      // within a tier, fewer extra words means the plainer concept ("police officer" over
      // "man police officer"), then MiniSearch's relevance
      const s = tier * 10_000 - Math.max(0, lw.length - qWords.length) * 100 + h.score;
      scored.push({ e, s });
    }
    scored.sort((a, b) => b.s - a.s);
    return scored.slice(0, limit).map((x) => x.e);
  }

  /** One letter: labels with a word starting with it, plainest first (a scan beats the index here). */
  private initial(ch: string, limit: number, options: SearchOptions): SymbolEntry[] {
    const out: { e: SymbolEntry; s: number }[] = [];
    this.labels.forEach((label, n) => {
      const e = this.entries[n];
      if ((e.hidden && !options.includeHidden) || (options.category && e.category !== options.category)) return;
      const lw = words(label);
      if (lw[0]?.startsWith(ch)) out.push({ e, s: 2 * 100 - lw.length });
      else if (lw.some((w) => w.startsWith(ch))) out.push({ e, s: 100 - lw.length });
    });
    out.sort((a, b) => b.s - a.s);
    return out.slice(0, limit).map((x) => x.e);
  }
}
