/**
 * The symbol library: loads a set's index and its vector drawings on demand.
 * Where the files come from is injected (fetch in the browser, the file system in Node).
 */
import { own } from '../model/own';
import type { SymbolRef } from '../model/schema';
import type { Pack } from '../model/pack';
import { SymbolSearch } from './search';
import { LibrarySearch, type PersonalWord, type SearchResult } from './librarySearch';
import type { SymbolEntry, SymbolIndexFile, SymbolSetInfo } from './types';
import type { VectorSymbol } from './vector';
import type { Symboliser } from './symbolise';
import { withoutDoubleNegatives, type VocabularyFile, type VocabularyIndex } from './vocabulary';
import { isGeneratedId } from './values';

/** Reads a JSON file under `generated/`. */
export type JsonLoader = <T>(path: string) => Promise<T>;

/**
 * The symbol sets that are files under `generated/symbols/`; any other set id (from a
 * document, a profile, the command line) is looked up among imported packs only, and
 * never becomes part of a path.
 */
export const BUILT_IN_SETS: ReadonlySet<string> = new Set(['openmoji', 'signpost']);

/**
 * Built-in sets whose symbol names the library search and the symboliser's word picker
 * search beside OpenMoji's, in this order: drawn for this field, they come first among
 * symbols that match a query equally well.
 */
export const MORE_SETS: readonly string[] = ['signpost'];

/**
 * The base language of a tag as the name of a file (`en-GB` → `en`), or null for anything
 * that is not a plain ISO 639 code: a document's language never becomes a path of its own.
 */
export function languageFileCode(language: string): string | null {
  const lang = language.toLowerCase().split('-')[0];
  return /^[a-z]{2,3}$/.test(lang) ? lang : null;
}

/** A search in another language asks English too when it finds fewer results than this. */
const FALLBACK_BELOW = 8;

/** Drawing style of a set: full colour or black outline. */
export type SymbolStyle = 'color' | 'black';

export class SymbolNotFoundError extends Error {
  constructor(readonly ref: SymbolRef) {
    super(`Symbol ${ref.set}/${ref.id} is not in the library`);
  }
}

interface LoadedSet {
  file: SymbolIndexFile;
  search: SymbolSearch;
  byId: Map<string, SymbolEntry>;
}

export class SymbolLibrary {
  private sets = new Map<string, Promise<LoadedSet>>();
  private shards = new Map<string, Promise<Record<string, VectorSymbol>>>();
  private drawings = new Map<string, VectorSymbol>();
  private symbolisers = new Map<string, Promise<Symboliser>>();
  private languages = new Map<string, Promise<SymbolSearch | null>>();
  /** Library search per language: curated vocabulary and symbol names, ranked together. */
  private librarySearches = new Map<string, Promise<LibrarySearch>>();
  /** Which languages have a curated vocabulary (loaded once). */
  private vocabularies?: Promise<VocabularyIndex>;
  /** Imported packs: pictures are images, searched by their own index. */
  private packs = new Map<string, { pack: Pack; entries: SymbolEntry[]; search: SymbolSearch; byId: Map<string, Pack['symbols'][number]> }>();
  /** Changes whenever a pack is added, replaced or removed (symbolisers with packs are made again). */
  packsVersion = 0;

  /** Sets whose index has loaded, for answers that cannot wait (a picture's name during layout). */
  private loadedSets = new Map<string, LoadedSet>();

  constructor(private readonly load: JsonLoader) {}

  /**
   * A symbol's name for a reader, now, or undefined when it is not known yet: the English
   * label of a built-in symbol whose set has loaded, or a pack symbol's own label. Other
   * languages get undefined, so the words the picture stands for are used instead.
   */
  labelOf(ref: SymbolRef, language: string): string | undefined {
    const pack = this.packs.get(ref.set)?.byId.get(ref.id);
    if (pack) return pack.label;
    if (languageFileCode(language) !== 'en') return undefined;
    return this.loadedSets.get(ref.set)?.byId.get(ref.id)?.label;
  }

  private set(id: string): Promise<LoadedSet> {
    if (!BUILT_IN_SETS.has(id)) return Promise.reject(new SymbolNotFoundError({ set: id, id: '' }));
    let s = this.sets.get(id);
    if (!s) {
      s = this.load<SymbolIndexFile>(`symbols/${id}/index.json`).then((file) => ({
        file,
        search: new SymbolSearch(file.symbols),
        byId: new Map(file.symbols.map((e) => [e.id, e])),
      }));
      s.then((loaded) => this.loadedSets.set(id, loaded)).catch(() => this.sets.delete(id));
      this.sets.set(id, s);
    }
    return s;
  }

  /**
   * Search in another language: the set's symbols with their names and keywords in that
   * language, loaded the first time it is asked for. Null when there is no such file.
   */
  languageSearch(language: string, setId = 'openmoji'): Promise<SymbolSearch | null> {
    const lang = languageFileCode(language);
    if (lang === null) return Promise.resolve(null);
    if (lang === 'en') return this.searcher(setId);
    const key = `${setId}/${lang}`;
    let p = this.languages.get(key);
    if (!p) {
      p = this.languageEntries(lang, setId).then((entries) => (entries ? new SymbolSearch(entries) : null));
      this.languages.set(key, p);
    }
    return p;
  }

  /** The set's symbols with names and keywords in a language (not English); null when there is no such file. */
  private async languageEntries(lang: string, setId: string): Promise<SymbolEntry[] | null> {
    if (languageFileCode(lang) !== lang) return null;
    const [set, file] = await Promise.all([this.set(setId), this.load<{ entries: [string, string, string][] }>(`symbols/${setId}/lang/${lang}.json`).catch(() => null)]);
    if (!file) return null;
    const entries: SymbolEntry[] = [];
    for (const [id, label, kw] of file.entries) {
      const base = set.byId.get(id);
      if (base) entries.push({ ...base, label, keywords: kw ? kw.split('|') : [] });
    }
    return entries;
  }

  /** Adds (or replaces) an imported pack. Its category's words find it too ("fruit" finds the pack's fruit). */
  addPack(pack: Pack): void {
    const entries: SymbolEntry[] = pack.symbols.map((s) => ({ id: s.id, label: s.label, keywords: s.keywords, category: s.category, sub: '', shard: -1 }));
    const searchable = entries.map((e) => (e.category ? { ...e, keywords: [...e.keywords, e.category.toLowerCase()] } : e));
    this.packs.set(pack.id, { pack, entries, search: new SymbolSearch(searchable), byId: new Map(pack.symbols.map((s) => [s.id, s])) });
    this.packsVersion++;
  }

  removePack(id: string): void {
    this.packs.delete(id);
    this.packsVersion++;
  }

  /** A pack's words for symbol text: its entries and language (English when it does not say). */
  packWords(id: string): { entries: readonly SymbolEntry[]; language: string } | undefined {
    const p = this.packs.get(id);
    return p && { entries: p.entries, language: p.pack.language ?? 'en' };
  }

  /** Imported packs, enabled or not. */
  packList(): Pack[] {
    return [...this.packs.values()].map((p) => p.pack);
  }

  /** The picture of a pack symbol, or undefined for other sets. */
  packImage(ref: SymbolRef): Pack['symbols'][number] | undefined {
    return this.packs.get(ref.set)?.byId.get(ref.id);
  }

  /**
   * Library search: the curated vocabulary of the language (its composed pictures
   * included), the profile's personal words, every enabled pack and the symbol names, in
   * one ranked list, one result per picture. `setId` narrows it to one set (a pack, or
   * OpenMoji with the curated vocabulary, whose pictures are OpenMoji).
   */
  async searchAll(query: string, setId?: string, limit = 60, language = 'en', personal?: readonly PersonalWord[], preferred: readonly string[] = []): Promise<SearchResult[]> {
    const search = await this.librarySearch(language);
    // enabled packs, and those the reader prefers even when switched off for everyone else
    const packs = [...this.packs.values()].filter((p) => (setId ? setId === p.pack.id : p.pack.enabled || preferred.includes(p.pack.id))).map((p) => ({ id: p.pack.id, search: p.search }));
    const builtIn = !!setId && BUILT_IN_SETS.has(setId) && setId !== 'openmoji';
    const packsOnly = !!setId && setId !== 'openmoji' && !builtIn;
    const found = search.search(query, { limit: builtIn ? limit * 3 : limit, packs, packsOnly, preferred, personal: packsOnly ? undefined : personal?.filter((w) => !setId || w.symbol.set === setId) });
    // another built-in set chosen: its own symbols, and curated pictures drawn from it
    return builtIn ? found.filter((r) => r.set === setId).slice(0, limit) : found;
  }

  /** A pack's categories, in the order its symbols first use them. */
  packCategories(id: string): string[] {
    return [...new Set((this.packs.get(id)?.entries ?? []).map((e) => e.category).filter(Boolean))];
  }

  /** A pack's symbols in one category. */
  packBrowse(id: string, category: string): SymbolEntry[] {
    return (this.packs.get(id)?.entries ?? []).filter((e) => e.category === category);
  }

  /** The library search of a language, built once: its curated vocabulary, its symbol names, English names. */
  librarySearch(language = 'en'): Promise<LibrarySearch> {
    const lang = language.toLowerCase().split('-')[0];
    let p = this.librarySearches.get(lang);
    if (!p) {
      const none: VocabularyFile = { version: 1, language: lang, terms: [] };
      const more = Promise.all(
        MORE_SETS.map((setId) =>
          Promise.all([this.languageSearch(lang, setId), this.searcher(setId)]).then(([local, english]) => ({ setId, local, english })),
        ),
      );
      p = Promise.all([this.vocabulary(lang, none), this.languageSearch(lang), this.searcher(), more]).then(([v, local, english, m]) => new LibrarySearch(v, local, english, lang, 'openmoji', m));
      p.catch(() => this.librarySearches.delete(lang));
      this.librarySearches.set(lang, p);
    }
    return p;
  }

  /**
   * Search in a language; when it finds little (an English word typed into a Polish
   * document, a name the language lacks), English fills in, with names in the language
   * where it has them.
   */
  async searchInLanguage(query: string, language: string, limit = 60): Promise<SymbolEntry[]> {
    const local = await this.languageSearch(language);
    const english = await this.searcher();
    if (!local || local === english) return english.search(query, { limit });
    const found = local.search(query, { limit });
    if (found.length >= FALLBACK_BELOW) return found;
    const seen = new Set(found.map((e) => e.id));
    for (const e of english.search(query, { limit })) {
      if (found.length >= limit) break;
      // an English match still shows its name in the language
      if (!seen.has(e.id)) found.push(local.byId(e.id) ?? e);
    }
    return found;
  }

  async info(setId = 'openmoji'): Promise<SymbolSetInfo> {
    return (await this.set(setId)).file.set;
  }

  /** Every built-in set's licence and attribution line, for the footers of exports. */
  async builtInInfos(): Promise<SymbolSetInfo[]> {
    return Promise.all([...BUILT_IN_SETS].map((id) => this.info(id)));
  }

  async categories(setId = 'openmoji'): Promise<string[]> {
    return (await this.set(setId)).file.categories.filter((c) => c !== 'flags' && c !== 'component');
  }

  async search(query: string, options?: Parameters<SymbolSearch['search']>[1], setId = 'openmoji'): Promise<SymbolEntry[]> {
    return (await this.set(setId)).search.search(query, options);
  }

  /** The search engine itself, for synchronous use once loaded. */
  async searcher(setId = 'openmoji'): Promise<SymbolSearch> {
    return (await this.set(setId)).search;
  }

  /**
   * The symboliser for a language: the curated vocabulary in that language first, then
   * this set's names and keywords in it. A language without a translated vocabulary or
   * names gets a symboliser that finds nothing, never English pictures for its words.
   */
  symboliser(language = 'en', setId = 'openmoji'): Promise<Symboliser> {
    // a language that is not a plain code gets the symboliser that finds nothing
    const lang = languageFileCode(language) ?? 'und';
    const key = `${lang}/${setId}`;
    let s = this.symbolisers.get(key);
    if (!s) {
      const none: VocabularyFile = { version: 1, language: lang, terms: [] };
      s =
        lang === 'en'
          ? Promise.all([this.load<VocabularyFile>('vocabulary/en.json').then(withoutDoubleNegatives), this.set(setId), import('./symbolise')]).then(([v, set, m]) => new m.Symboliser(v, set.file.symbols, setId, 'en'))
          : // Welsh, Polish and Urdu times and dates load with their vocabulary, never for English users
            Promise.all([this.vocabulary(lang, none), this.languageEntries(lang, setId), import('./symbolise'), import('./valueLanguagesMore')]).then(([v, entries, m]) => new m.Symboliser(v, entries ?? [], setId, lang));
      s.catch(() => this.symbolisers.delete(key));
      this.symbolisers.set(key, s);
    }
    return s;
  }

  /** A language's curated vocabulary, or `none` when it has none (the file is not asked for). */
  private async vocabulary(lang: string, none: VocabularyFile): Promise<VocabularyFile> {
    this.vocabularies ??= this.load<VocabularyIndex>('vocabulary/index.json').catch(() => ({ version: 1 as const, languages: [] }));
    if (languageFileCode(lang) !== lang || !(await this.vocabularies).languages.includes(lang)) return none;
    return withoutDoubleNegatives(await this.load<VocabularyFile>(`vocabulary/${lang}.json`));
  }

  async browse(category: string, setId = 'openmoji'): Promise<SymbolEntry[]> {
    return (await this.set(setId)).file.symbols.filter((e) => e.category === category && !e.hidden);
  }

  async entry(ref: SymbolRef): Promise<SymbolEntry | undefined> {
    const s = await this.set(ref.set);
    return s.byId.get(ref.id);
  }

  private key(ref: SymbolRef, style: SymbolStyle) {
    return `${ref.set}/${style}/${ref.id}`;
  }

  /** The drawing if already loaded. */
  drawing(ref: SymbolRef, style: SymbolStyle = 'color'): VectorSymbol | undefined {
    return this.drawings.get(this.key(ref, style));
  }

  /** Loads (once) and returns a symbol's drawing. */
  async loadDrawing(ref: SymbolRef, style: SymbolStyle = 'color'): Promise<VectorSymbol> {
    const have = this.drawing(ref, style);
    if (have) return have;
    const set = await this.set(ref.set);
    const shard = set.byId.get(ref.id)?.shard ?? own(set.file.variantShards, ref.id);
    if (shard === undefined) throw new SymbolNotFoundError(ref);
    const shardKey = `${ref.set}/${style}/${shard}`;
    let p = this.shards.get(shardKey);
    if (!p) {
      p = this.load<Record<string, VectorSymbol>>(`symbols/${ref.set}/${style}/${shard}.json`);
      p.catch(() => this.shards.delete(shardKey));
      this.shards.set(shardKey, p);
    }
    const all = await p;
    for (const [id, v] of Object.entries(all)) this.drawings.set(this.key({ set: ref.set, id }, style), v);
    const got = this.drawing(ref, style);
    if (!got) throw new SymbolNotFoundError(ref);
    return got;
  }

  /** Loads every drawing the refs need; unknown symbols are reported, not thrown. */
  async loadAll(refs: SymbolRef[], style: SymbolStyle = 'color'): Promise<SymbolRef[]> {
    const missing: SymbolRef[] = [];
    await Promise.all(
      // pack pictures are already in memory; clocks and calendars are drawn by layout
      refs.filter((r) => !this.packs.has(r.set) && !isGeneratedId(r.id)).map((r) =>
        this.loadDrawing(r, style).catch(() => {
          missing.push(r);
        }),
      ),
    );
    return missing;
  }
}
