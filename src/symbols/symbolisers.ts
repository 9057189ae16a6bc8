/**
 * One symboliser per language, behind the single `symbolise` that layout calls: layout is
 * synchronous, so a document's language is loaded first (`ensure`), and until it is, its
 * words come back without pictures rather than with another language's. A reader's
 * preferred symbol sets (`sets`) add imported packs in their language to the lexicon, the
 * packs they prefer to OpenMoji first (see Symboliser.withPacks).
 */
import type { SymbolLibrary } from './library';
import type { PackLayer, SymboliseOptions, Symboliser, Token } from './symbolise';
import { words } from './token';
import type { SymbolEntry } from './types';
import { loadEnglishTagger } from './tagger';

const base = (language: string | undefined) => (language ?? 'en').toLowerCase().split('-')[0];

/** What the symbolisers need of the library: its symbolisers, and imported packs' words. */
export type SymboliserSource = Pick<SymbolLibrary, 'symboliser'> & Partial<Pick<SymbolLibrary, 'packWords' | 'packsVersion'>>;

/** Most symbolisers with packs kept at once (one per language and choice of sets). */
const MAX_WITH_PACKS = 16;

export class Symbolisers {
  private readonly ready = new Map<string, Symboliser>();
  private readonly withPacks = new Map<string, Symboliser>();

  constructor(private readonly library: SymboliserSource) {}

  /** Loads the symboliser for a language (once). */
  async ensure(language: string): Promise<Symboliser> {
    const lang = base(language);
    const have = this.ready.get(lang);
    if (have) return have;
    const s = await this.library.symboliser(lang);
    this.ready.set(lang, s);
    return s;
  }

  /**
   * Loads the part-of-speech tagger for a language's symbol text (English only so far), the
   * first time symbol text is used; true when it was not loaded before (lay out again).
   */
  async ensureTagger(language: string): Promise<boolean> {
    if (base(language) !== 'en') return false;
    const s = await this.ensure(language);
    if (s.tagged) return false;
    s.useTagger(await loadEnglishTagger());
    return true;
  }

  /** The loaded symboliser for a language, if it is loaded. */
  get(language: string): Symboliser | undefined {
    return this.ready.get(base(language));
  }

  /** The packs of `sets` whose words are in `lang`, in order, each marked whether it comes before OpenMoji. */
  private layers(lang: string, sets: readonly string[]): PackLayer[] {
    const words = this.library.packWords;
    if (!words) return [];
    const openmoji = sets.indexOf('openmoji');
    const out: PackLayer[] = [];
    sets.forEach((set, i) => {
      const p = set === 'openmoji' ? undefined : words.call(this.library, set);
      if (p && base(p.language) === lang) out.push({ set, entries: p.entries as SymbolEntry[], first: openmoji < 0 || i < openmoji });
    });
    return out;
  }

  /** The language's symboliser with the reader's packs, made once per language, sets and packs. */
  private forSets(lang: string, s: Symboliser, sets: readonly string[] | undefined): Symboliser {
    if (!sets?.length || !this.library.packWords) return s;
    const key = `${lang}|${sets.join(',')}|${this.library.packsVersion ?? 0}|${s.tagged}`;
    let d = this.withPacks.get(key);
    if (!d) {
      const layers = this.layers(lang, sets);
      if (!layers.length) return s;
      d = s.withPacks(layers);
      if (this.withPacks.size >= MAX_WITH_PACKS) this.withPacks.clear();
      this.withPacks.set(key, d);
    }
    return d;
  }

  symbolise(text: string, options: SymboliseOptions = {}): Token[] {
    const lang = base(options.language);
    const s = this.ready.get(lang);
    // not loaded yet (the engine is its own chunk): the words, without pictures
    if (!s) return words(text).map((w) => ({ text: w.text, start: w.start, end: w.end, key: w.lower, picture: null, alternatives: [], functionWord: false }));
    return this.forSets(lang, s, options.sets).symbolise(text, options);
  }
}
