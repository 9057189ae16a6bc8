/**
 * One symboliser per language, behind the single `symbolise` that layout calls: layout is
 * synchronous, so a document's language is loaded first (`ensure`), and until it is, its
 * words come back without pictures rather than with another language's.
 */
import type { SymbolLibrary } from './library';
import { Symboliser, type SymboliseOptions, type Token } from './symbolise';
import { loadEnglishTagger } from './tagger';

const base = (language: string | undefined) => (language ?? 'en').toLowerCase().split('-')[0];

export class Symbolisers {
  private readonly ready = new Map<string, Symboliser>();
  private readonly empty = new Map<string, Symboliser>();

  constructor(private readonly library: Pick<SymbolLibrary, 'symboliser'>) {}

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

  symbolise(text: string, options: SymboliseOptions = {}): Token[] {
    const lang = base(options.language);
    let s = this.ready.get(lang);
    if (!s) {
      s = this.empty.get(lang) ?? new Symboliser({ version: 1, language: lang, terms: [] }, [], 'openmoji', lang);
      this.empty.set(lang, s);
    }
    return s.symbolise(text, options);
  }
}
