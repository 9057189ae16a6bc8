/**
 * Library search: one ranked list over the curated vocabulary (its terms and composed
 * pictures), the profile's personal vocabulary, imported packs and the symbol names of a
 * language. Every source is ranked by the same tiers (`TIER` in search.ts); within a tier
 * the young person's own words come first, then a pack's, then curated terms, then symbol
 * names. A curated term that is not the query itself still ranks above symbol names that
 * only share a word with it, and nothing fuzzy ever outranks a whole word or a prefix.
 *
 * A fuzzy match is never a result: a picture of a look-alike word ("jail" → bail, "shout"
 * → a syringe, from "shot") says something else, and a misleading picture is worse than
 * none. A misspelt word gets "Did you mean …" instead (`didYouMean`), one click away.
 */
import type { SymbolRef } from '../model/schema';
import { SymbolSearch, TIER, maxEdits, normalise, withinEdits, words, type Match } from './search';
import type { SymbolEntry } from './types';
import type { Modifier, VocabularyFile, VocabularyPicture } from './vocabulary';
import { wordFormsFor, type WordForms } from './wordForms';

export type ResultSource = 'personal' | 'pack' | 'curated' | 'symbol';

/** One search result: a picture that can be dropped on the page as it is. */
export interface SearchResult {
  /** The set of every symbol in the picture. */
  set: string;
  /** The first symbol; its label is the result's name (a curated term, a pack's word). */
  entry: SymbolEntry;
  /** Up to two more symbols shown beside the first (a curated composition). */
  also?: SymbolRef[];
  /** A mark over the picture. */
  modifier?: Modifier;
  source: ResultSource;
  /** How well it matched (`TIER`); below `TIER.prefix` nothing really fits. */
  tier: number;
}

/** A word of the young person's own, with the library symbol it stands for. */
export interface PersonalWord {
  phrase: string;
  symbol: SymbolRef;
}

/** Another built-in set's symbol names: in the language (null where it has none) and in English. */
export interface SymbolSource {
  setId: string;
  local: SymbolSearch | null;
  english: SymbolSearch;
}

/** A searchable pack: its id and its own index. */
export interface PackSource {
  id: string;
  search: SymbolSearch;
}

export interface LibrarySearchOptions {
  limit?: number;
  /** Enabled packs (or the one chosen). */
  packs?: readonly PackSource[];
  /** Leave out the curated vocabulary and symbol names (a pack was chosen). */
  packsOnly?: boolean;
  personal?: readonly PersonalWord[];
  /** Symbol sets the reader knows, most preferred first: within a tier, their pictures come first. */
  preferred?: readonly string[];
}

/** A search in another language asks English too when it finds fewer results than this. */
const FALLBACK_BELOW = 8;
/** Curated terms that match a word or a prefix rank here: below exact, above other words. */
const CURATED_TIER = 75;
/** An English match in another language's search ranks a little below a local one. */
const ENGLISH_PENALTY = 5;
/** Look-alike spellings are never results (see above), so no source looks for them. */
const NO_FUZZY = { fuzzy: false } as const;
const SOURCE_RANK: Record<ResultSource, number> = { personal: 3, pack: 2, curated: 1, symbol: 0 };
/** Within a tier, symbols of the sets drawn for this field (Signpost symbols) rank above OpenMoji's. */
const MORE_SET_BONUS = 20_000;

interface Ranked {
  result: SearchResult;
  key: number;
}

/**
 * A curated term's pictures for search: its own, then one per sense (a thing before an
 * action: "present" is a gift first, then showing, then being there), so a word whose
 * picture depends on its sentence still finds every picture it can have.
 */
function pictures(t: VocabularyFile['terms'][number]): VocabularyPicture[] {
  const rank = (pos: string | undefined) => (pos === 'noun' ? 0 : pos === 'verb' ? 1 : 2);
  const senses = [...(t.senses ?? [])].sort((a, b) => rank(a.pos) - rank(b.pos)).flatMap((sn) => (sn.picture ? [sn.picture] : []));
  return [...t.pictures, ...senses];
}

const pseudoEntry = (id: string, label: string, category = '', keywords: string[] = []): SymbolEntry => ({ id, label, keywords, category, sub: '', shard: -1 });
const pictureKey = (r: SearchResult) => `${r.set}|${r.entry.id}|${(r.also ?? []).map((a) => a.id).join('+')}|${r.modifier ?? ''}`;

export class LibrarySearch {
  private readonly curated: SymbolSearch;
  private readonly terms: VocabularyFile['terms'];
  /** Curated term numbers by normalised term. */
  private readonly termIndex = new Map<string, number>();
  /** Every word of a curated term, for word forms and suggestions. */
  private readonly termWords = new Map<string, number[]>();
  private readonly forms: WordForms;
  private readonly personalCache = new WeakMap<readonly PersonalWord[], SymbolSearch>();

  /**
   * `local` is the language's symbol names (null where it has none); `english` the set's
   * English names, which fill in when the language finds little.
   */
  constructor(
    vocabulary: VocabularyFile,
    private readonly local: SymbolSearch | null,
    private readonly english: SymbolSearch,
    readonly language = 'en',
    private readonly setId = 'openmoji',
    private readonly more: readonly SymbolSource[] = [],
  ) {
    this.terms = vocabulary.terms;
    this.forms = wordFormsFor(language);
    // a translated term's English source is not a keyword: with accents folded, Polish "sąd" (court) would find "sad"
    this.curated = new SymbolSearch(this.terms.map((t, n) => pseudoEntry(String(n), t.term, t.category)));
    this.terms.forEach((t, n) => {
      const key = normalise(t.term);
      if (!this.termIndex.has(key)) this.termIndex.set(key, n);
      for (const w of words(key)) {
        const list = this.termWords.get(w);
        if (list) list.push(n);
        else this.termWords.set(w, [n]);
      }
    });
  }

  /** Best first, one result per picture. */
  search(query: string, options: LibrarySearchOptions = {}): SearchResult[] {
    const q = normalise(query);
    if (!q) return [];
    const ranked: Ranked[] = [];
    // within a tier: the young person's own words, then the sets they know in their order, then by source
    const prefs = (options.preferred ?? []).slice(0, 8);
    const setRank = (set: string) => {
      const i = prefs.indexOf(set);
      return i < 0 ? 0 : prefs.length - i;
    };
    const push = (result: SearchResult, score: number) =>
      ranked.push({
        result,
        key: result.tier * 1e7 + (result.source === 'personal' ? 9e6 : setRank(result.set) * 1e6) + SOURCE_RANK[result.source] * 1e5 + Math.max(0, Math.min(99_999, score + 50_000)),
      });
    if (options.personal?.length) this.searchPersonal(q, options.personal, push);
    for (const p of options.packs ?? []) for (const m of p.search.match(q, NO_FUZZY)) push({ set: p.id, entry: m.entry, source: 'pack', tier: m.tier }, m.score);
    if (!options.packsOnly) {
      this.searchCurated(q, push);
      this.searchSymbols(q, push);
    }
    ranked.sort((a, b) => b.key - a.key);
    const seen = new Set<string>();
    const out: SearchResult[] = [];
    for (const { result } of ranked) {
      if (result.tier <= TIER.fuzzy) continue;
      const k = pictureKey(result);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(result);
      if (out.length >= (options.limit ?? 60)) break;
    }
    return out;
  }

  private searchPersonal(q: string, personal: readonly PersonalWord[], push: (r: SearchResult, score: number) => void) {
    let s = this.personalCache.get(personal);
    if (!s) {
      s = new SymbolSearch(personal.map((p, n) => pseudoEntry(String(n), p.phrase)));
      this.personalCache.set(personal, s);
    }
    for (const m of s.match(q, NO_FUZZY)) {
      const p = personal[Number(m.entry.id)];
      push({ set: p.symbol.set, entry: this.entryFor(p.symbol.id, p.phrase, p.symbol.set), source: 'personal', tier: m.tier }, m.score);
    }
  }

  /** Curated terms: the query itself or its dictionary form, then terms sharing its words. */
  private searchCurated(q: string, push: (r: SearchResult, score: number) => void) {
    const exact = new Set<number>();
    for (const [form, score] of this.curatedForms(q)) {
      const n = this.termIndex.get(form);
      if (n === undefined || exact.has(n)) continue;
      exact.add(n);
      this.pushTerm(n, TIER.exact, score, push);
    }
    for (const m of this.curated.match(q, { ...NO_FUZZY, isFunctionWord: (w) => this.forms.isFunctionWord(w) })) {
      const n = Number(m.entry.id);
      if (exact.has(n)) continue;
      // a curated term that holds the query's words ranks above symbol names that do
      if (m.tier >= TIER.prefix) this.pushTerm(n, CURATED_TIER, m.score + m.tier * 100, push);
      else this.pushTerm(n, m.tier, m.score, push);
    }
  }

  /** The query and its dictionary forms ("magistrates" → "magistrate"), with a rank each. */
  private curatedForms(q: string): [string, number][] {
    const out: [string, number][] = [[q, 1000]];
    const ws = words(q);
    const rawContent = ws.filter((w) => !this.forms.isFunctionWord(w));
    if (rawContent.length && rawContent.length < ws.length) out.push([rawContent.join(' '), 950]);
    const lemma = ws.map((w) => {
      const c = this.forms.candidates(w);
      return c.find((x) => this.termIndex.has(x)) ?? this.stemmed(w) ?? c.find((x) => this.termWords.has(x)) ?? w;
    });
    out.push([lemma.join(' '), 900]);
    const content = lemma.filter((w) => !this.forms.isFunctionWord(w));
    if (content.length && content.length < lemma.length) out.push([content.join(' '), 800]);
    return out;
  }

  /** One-word curated terms by stem, built on first use (languages that compare stems). */
  private byStem?: Map<string, string>;

  /** A curated one-word term with the same stem (Polish), if the language compares stems. */
  private stemmed(w: string): string | undefined {
    const stem = this.forms.stem;
    const st = stem?.(w);
    if (!stem || !st) return undefined;
    if (!this.byStem) {
      this.byStem = new Map();
      for (const k of this.termIndex.keys()) {
        const ks = k.includes(' ') ? null : stem(k);
        if (ks && !this.byStem.has(ks)) this.byStem.set(ks, k);
      }
    }
    return this.byStem.get(st);
  }

  /** A curated term's pictures, best first, then the symbols of its first composition alone. */
  private pushTerm(n: number, tier: number, score: number, push: (r: SearchResult, score: number) => void) {
    const t = this.terms[n];
    pictures(t).forEach((p, i) => push(this.curatedResult(t.term, p, tier), score - i));
    const first = t.pictures[0];
    // the parts of the composition the query names follow it: building blocks for a picture of one's own
    if (tier === TIER.exact && first && first.ids.length > 1) first.ids.forEach((id, i) => push({ set: first.set, entry: this.entryFor(id, undefined, first.set), source: 'curated', tier: tier - 1 }, score - 10 - i));
  }

  private curatedResult(term: string, p: VocabularyPicture, tier: number): SearchResult {
    const [id, ...rest] = p.ids;
    return {
      set: p.set,
      entry: this.entryFor(id, term, p.set),
      ...(rest.length ? { also: rest.map((a) => ({ set: p.set, id: a })) } : {}),
      ...(p.modifier ? { modifier: p.modifier } : {}),
      source: 'curated',
      tier,
    };
  }

  /** Symbol names in the language, with English filling in when it finds little: OpenMoji's and the other built-in sets'. */
  private searchSymbols(q: string, push: (r: SearchResult, score: number) => void) {
    // a word's dictionary form too, a little lower: "fingerprints" finds the fingerprint, "coins" the coin
    const forms = words(q).length === 1 ? this.forms.candidates(q).filter((f) => f !== q && f.length > 2).slice(0, 2) : [];
    for (const [query, lower] of [[q, 0], ...forms.map((f) => [f, 1] as const)] as const) {
      const lowered = (r: SearchResult, score: number) => push({ ...r, tier: r.tier - lower }, score);
      this.searchSet({ setId: this.setId, local: this.local, english: this.english }, query, 0, lowered);
      for (const src of this.more) this.searchSet(src, query, MORE_SET_BONUS, lowered);
    }
  }

  private searchSet(src: SymbolSource, q: string, bonus: number, push: (r: SearchResult, score: number) => void) {
    const local = src.local ?? src.english;
    const options = { ...NO_FUZZY, isFunctionWord: (w: string) => this.forms.isFunctionWord(w) };
    const found: Match[] = local.match(q, options);
    for (const m of found) push({ set: src.setId, entry: m.entry, source: 'symbol', tier: m.tier }, m.score + bonus);
    if (local === src.english || found.length >= FALLBACK_BELOW) return;
    for (const m of src.english.match(q, options)) {
      // an English match still shows its name in the language
      push({ set: src.setId, entry: local.byId(m.entry.id) ?? m.entry, source: 'symbol', tier: m.tier - ENGLISH_PENALTY }, m.score + bonus);
    }
  }

  /**
   * Spellings to try for a query with a word nobody knows ("hopsital" → "hospital"): each
   * unknown word swapped for the known words nearest to it (curated terms', labels' and
   * keywords'), fewest edits first. A query whose words are all known gets none: "jail" is
   * a word, not a misspelt "bail".
   */
  didYouMean(query: string, limit = 3): string[] {
    const q = normalise(query);
    const ws = words(q);
    const known = (w: string) => this.termWords.has(w) || this.sources().some((s) => s.knownWords().has(w)) || this.forms.candidates(w).some((c) => this.termWords.has(c));
    const out: string[] = [];
    ws.forEach((w, i) => {
      if (this.forms.isFunctionWord(w) || known(w)) return;
      const edits = maxEdits(w);
      if (!edits) return;
      const near = new Map<string, number>();
      const consider = (x: string) => {
        if (near.has(x)) return;
        for (let e = 1; e <= edits; e++) if (withinEdits(w, x, e)) return void near.set(x, e + (this.termWords.has(x) ? 0 : 0.5));
      };
      for (const x of this.termWords.keys()) consider(x);
      for (const s of this.sources()) for (const x of s.knownWords()) consider(x);
      for (const [x] of [...near].sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0])).slice(0, limit)) out.push([...ws.slice(0, i), x, ...ws.slice(i + 1)].join(' '));
    });
    return [...new Set(out)].slice(0, limit);
  }

  /** The symbol-name indexes searched: the language's, English, and the other built-in sets'. */
  private sources(): SymbolSearch[] {
    return [this.local, this.english, ...this.more.flatMap((m) => [m.local, m.english])].filter((s): s is SymbolSearch => !!s);
  }

  /**
   * Curated terms to try when nothing fits: terms that share a word, a word form or a stem
   * with the query (most shared words first, shortest first), else a few common terms.
   */
  suggest(query: string, limit = 6): string[] {
    const q = normalise(query);
    const score = new Map<number, number>();
    for (const w of words(q)) {
      if (this.forms.isFunctionWord(w)) continue;
      const forms = new Set([w, ...this.forms.candidates(w)]);
      const stem = w.length >= 5 ? w.slice(0, Math.max(4, w.length - 3)) : null;
      const edits = maxEdits(w);
      for (const [tw, ns] of this.termWords) {
        const typo = withinEdits(w, tw, edits);
        if (!typo && !forms.has(tw) && !(stem && tw.startsWith(stem)) && !this.forms.candidates(tw).some((c) => forms.has(c))) continue;
        for (const n of ns) score.set(n, (score.get(n) ?? 0) + 1);
      }
    }
    const related = [...score]
      .filter(([n]) => normalise(this.terms[n].term) !== q)
      .sort((a, b) => b[1] - a[1] || this.terms[a[0]].term.length - this.terms[b[0]].term.length || a[0] - b[0])
      .map(([n]) => this.terms[n].term);
    if (related.length) return [...new Set(related)].slice(0, limit);
    // nothing related: the first term of each kind of thing the vocabulary covers
    const byCategory = new Map<string, string>();
    for (const t of this.terms) if (!byCategory.has(t.category) && t.term.length > 2) byCategory.set(t.category, t.term);
    return [...byCategory.values()].slice(0, limit);
  }

  /** The library entry of a symbol of a set, named `label` when given. */
  private entryFor(id: string, label?: string, setId = this.setId): SymbolEntry {
    const src = setId === this.setId ? { local: this.local, english: this.english } : this.more.find((m) => m.setId === setId);
    const base = src ? ((src.local ?? src.english).byId(id) ?? src.english.byId(id)) : undefined;
    if (!base) return pseudoEntry(id, label ?? id);
    return label === undefined ? base : { ...base, label };
  }
}
