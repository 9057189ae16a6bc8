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
): Promise<{ results: SearchResult[]; suggestions: string[] }> {
  const { setId, limit = 60, language = 'en', personal, preferred, keep } = options;
  const all = await library.searchAll(query, setId, limit, language, personal, preferred);
  const results = keep ? all.filter(keep) : all;
  const weak = results.every((x) => x.tier < TIER.prefix);
  const suggestions = weak && (!setId || setId === 'openmoji') ? (await library.librarySearch(language)).suggest(query) : [];
  return { results, suggestions };
}

/** "No symbol for “X”. Try: …", each suggestion a button that searches it. */
export function NoSymbol({ query, suggestions, onTry }: { query: string; suggestions: string[]; onTry: (term: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="no-symbol" role="status">
      <p>{t('library.noSymbol', { query })}</p>
      <p>
        {t('library.try')}{' '}
        {suggestions.map((s) => (
          <button key={s} type="button" className="link suggestion" aria-label={t('library.trySearch', { term: s })} onClick={() => onTry(s)}>
            {s}
          </button>
        ))}
      </p>
    </div>
  );
}
