/** What a symbol search says when nothing fits: "No symbol for “X”. Try: …". */
import { useTranslation } from 'react-i18next';
import type { SymbolLibrary } from '../symbols/library';
import type { PersonalWord, SearchResult } from '../symbols/librarySearch';
import { TIER } from '../symbols/search';

/**
 * Searches the library; when nothing matches at least a prefix, also the curated terms to
 * try instead (none when one pack is chosen: its words are not the curated vocabulary's).
 */
export async function searchOrSuggest(
  library: SymbolLibrary,
  query: string,
  options: { setId?: string; limit?: number; language?: string; personal?: readonly PersonalWord[]; preferred?: readonly string[]; keep?: (r: SearchResult) => boolean },
): Promise<{ results: SearchResult[] } & Tries> {
  const { setId, limit = 60, language = 'en', personal, preferred, keep } = options;
  const all = await library.searchAll(query, setId, limit, language, personal, preferred);
  const results = keep ? all.filter(keep) : all;
  const weak = results.every((x) => x.tier < TIER.prefix);
  if (!weak || (setId && setId !== 'openmoji')) return { results, suggestions: [], spellings: [] };
  const search = await library.librarySearch(language);
  const spellings = search.didYouMean(query);
  return { results, suggestions: search.suggest(query).filter((s) => !spellings.includes(s)), spellings };
}

/** What to try when nothing fits: related curated terms, and spellings of a misspelt word. */
export interface Tries {
  suggestions: string[];
  spellings: string[];
}
export const NO_TRIES: Tries = { suggestions: [], spellings: [] };
export const hasTries = (t: Tries) => t.suggestions.length > 0 || t.spellings.length > 0;

/** "No symbol for “X”. Did you mean …? Try: …", each spelling and suggestion a button that searches it. */
export function NoSymbol({ query, tries: { suggestions, spellings }, onTry }: { query: string; tries: Tries; onTry: (term: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="no-symbol" role="status">
      <p>{t('library.noSymbol', { query })}</p>
      {spellings.length > 0 && <Terms intro={t('library.didYouMean')} terms={spellings} onTry={onTry} />}
      {suggestions.length > 0 && <Terms intro={t('library.try')} terms={suggestions} onTry={onTry} />}
    </div>
  );
}

/** A line of terms to search, each a button. */
function Terms({ intro, terms, onTry }: { intro: string; terms: string[]; onTry: (term: string) => void }) {
  const { t } = useTranslation();
  return (
    <p>
      {intro}{' '}
      {terms.map((s) => (
        <button key={s} type="button" className="link suggestion" aria-label={t('library.trySearch', { term: s })} onClick={() => onTry(s)}>
          {s}
        </button>
      ))}
    </p>
  );
}
