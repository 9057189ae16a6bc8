/**
 * A small symbol search for choosing one picture: the whole library (curated terms and
 * their composed pictures, packs, every symbol), a page of results at a time.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SymbolRef } from '../model/schema';
import type { SearchResult } from '../symbols/librarySearch';
import { useServices } from './services';
import { SymbolThumb } from './SymbolThumb';
import { PictureThumb } from './PictureThumb';
import { hasTries, NO_TRIES, NoSymbol, searchOrSuggest, type Tries } from './NoSymbol';

/** Results shown at first, and added by each "Show more". */
const PAGE = 12;
const MAX = 60;

/** The rest of a composed picture: its other symbols and its mark. */
export interface Composed {
  also: SymbolRef[];
  modifier: SearchResult['modifier'] | null;
}

export function SymbolPicker({ label, onPick, language = 'en', single = false }: { label: string; onPick: (ref: SymbolRef, label: string, composed: Composed) => void; language?: string; single?: boolean }) {
  const { t } = useTranslation();
  const { library } = useServices();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<SearchResult[]>([]);
  const [tries, setTries] = useState<Tries>(NO_TRIES);
  const [shown, setShown] = useState(PAGE);

  // the newest query wins; earlier answers arriving late are dropped
  useEffect(() => {
    let current = true;
    const q = query.trim();
    setShown(PAGE);
    if (!q) {
      setFound([]);
      setTries(NO_TRIES);
      return;
    }
    // where only one symbol fits (a personal word), compositions are left out
    const keep = single ? (x: SearchResult) => !x.also?.length && !x.modifier : undefined;
    void searchOrSuggest(library, q, { limit: MAX, language, keep }).then(({ results, ...rest }) => {
      if (!current) return;
      setFound(results);
      setTries(rest);
    });
    return () => {
      current = false;
    };
  }, [query, library, language, single]);

  return (
    <div className="symbol-picker">
      <label className="field">
        {label}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {hasTries(tries) && <NoSymbol query={query.trim()} tries={tries} onTry={setQuery} />}
      {found.length > 0 && (
        <ul className="symbol-grid">
          {found.slice(0, shown).map((r) => {
            const ids = [r.entry.id, ...(r.also ?? []).map((a) => a.id)];
            return (
              <li key={`${r.set}/${ids.join('+')}/${r.modifier ?? ''}`}>
                <button type="button" className="symbol-button" aria-label={t('container.use', { label: r.entry.label })} onClick={() => onPick({ set: r.set, id: r.entry.id }, r.entry.label, { also: r.also ?? [], modifier: r.modifier ?? null })}>
                  {ids.length > 1 || r.modifier ? <PictureThumb picture={{ set: r.set, ids, modifier: r.modifier }} size={32} /> : <SymbolThumb symbol={{ set: r.set, id: r.entry.id }} size={32} />}
                  <span className="symbol-label">{r.entry.label}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {found.length > shown && (
        <button type="button" className="link" onClick={() => setShown((n) => n + PAGE)}>
          {t('library.more')}
        </button>
      )}
    </div>
  );
}
