/** The symbol library: search as you type, browse by category, recently used. */
import { onGridKey } from './gridKeys';
import { useEffect, useMemo, useState, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addSymbol, runCommand } from '../editor/commands';
import type { SymbolEntry } from '../symbols/types';
import type { PersonalWord, SearchResult } from '../symbols/librarySearch';
import type { SymbolRef } from '../model/schema';
import { SYMBOL_MIME } from '../canvas/dropTarget';
import { useServices } from './services';
import { SymbolThumb } from './SymbolThumb';
import { PictureThumb } from './PictureThumb';
import { hasTries, NO_TRIES, NoSymbol, searchOrSuggest, type Tries } from './NoSymbol';
import { Icon } from './Icon';
// loaded when first opened: the editor chunk stays small
const PacksDialog = lazy(() => import('./PacksDialog').then((m) => ({ default: m.PacksDialog })));
import { useEditorState } from '../editor/useEditorState';

interface Recent {
  set: string;
  id: string;
  label: string;
  /** A composed picture's other symbols and mark. */
  also?: SymbolRef[];
  modifier?: SearchResult['modifier'];
}

/** What a result grid shows: a search result, or a browsed symbol. */
type Shown = Pick<SearchResult, 'set' | 'entry' | 'also' | 'modifier'> & { tier?: number };

const RECENT_MAX = 16;

export function LibraryPanel({ editor, onPhotos, personal, preferred }: { editor: Editor; onPhotos: (files: File[]) => void; personal?: readonly PersonalWord[]; preferred?: readonly string[] }) {
  // recents and favourites belong to the young person the document is for
  const docState = useEditorState(editor).doc;
  const who = docState.profileId ?? 'none';
  const language = docState.language;
  const recentsKey = `recents:${who}`;
  const favouritesKey = `favourites:${who}`;
  const [favourites, setFavourites] = useState<Recent[]>([]);
  const { t } = useTranslation();
  const { library, store } = useServices();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<Shown[] | null>(null);
  const [tries, setTries] = useState<Tries>(NO_TRIES);
  const [setFilter, setSetFilter] = useState('');
  const [packsOpen, setPacksOpen] = useState(false);
  const [packsVersion, setPacksVersion] = useState(0);
  // packsVersion changes when a pack is imported, switched or removed
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const packs = useMemo(() => library.packList().filter((p) => p.enabled), [library, packsVersion]);
  const [categories, setCategories] = useState<string[]>([]);
  const [category, setCategory] = useState<string | null>(null);
  const [recents, setRecents] = useState<Recent[]>([]);
  // a pack chosen in the set list browses by its own categories
  const packChosen = setFilter && setFilter !== 'openmoji' ? setFilter : '';
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const packCategories = useMemo(() => (packChosen ? library.packCategories(packChosen) : []), [library, packChosen, packsVersion]);
  const [tone, setTone] = useState(0);

  useEffect(() => {
    void library.categories().then(setCategories);
    void store.getSetting<number>('skinTone').then((n) => setTone(typeof n === 'number' ? n : 0));
  }, [library, store]);
  useEffect(() => {
    void store.getSetting<Recent[]>(recentsKey).then((r) => setRecents(Array.isArray(r) ? r : []));
    void store.getSetting<Recent[]>(favouritesKey).then((r) => setFavourites(Array.isArray(r) ? r : []));
  }, [store, recentsKey, favouritesKey]);
  const isFavourite = (r: Recent) => favourites.some((f) => pictureKey(f) === pictureKey(r));
  const toggleFavourite = (r: Recent) => {
    const next = isFavourite(r) ? favourites.filter((f) => pictureKey(f) !== pictureKey(r)) : [...favourites, r];
    setFavourites(next);
    void store.setSetting(favouritesKey, next);
  };

  // the newest query wins; earlier answers arriving late are dropped
  useEffect(() => {
    let current = true;
    const q = query.trim();
    setTries(NO_TRIES);
    if (q) {
      void searchOrSuggest(library, q, { setId: setFilter || undefined, language, personal, preferred }).then(({ results: r, ...rest }) => {
        if (!current) return;
        setTries(rest);
        setResults(r);
      });
    } else if (category && packChosen) setResults(library.packBrowse(packChosen, category).map((entry) => ({ set: packChosen, entry })));
    else if (category) void library.browse(category).then((r) => current && setResults(r.map((entry) => ({ set: 'openmoji', entry }))));
    else setResults(null);
    return () => {
      current = false;
    };
  }, [query, category, library, setFilter, packsVersion, language, personal, preferred, packChosen]);

  const add = (e: SymbolEntry | Recent, fromSet = 'openmoji', composed: Pick<Recent, 'also' | 'modifier'> = {}) => {
    const also = 'set' in e ? e.also : composed.also;
    const modifier = 'set' in e ? e.modifier : composed.modifier;
    // a skin tone applies to a symbol on its own, not to a composition
    const id = 'tones' in e && e.tones && tone > 0 && !also?.length ? (e.tones[tone - 1] ?? e.id) : e.id;
    const set = 'set' in e ? e.set : fromSet;
    runCommand(editor, addSymbol, { ref: { set, id }, caption: e.label, also, modifier });
    const added = recent(set, id, e.label, also, modifier);
    const next = [added, ...recents.filter((r) => pictureKey(r) !== pictureKey(added))].slice(0, RECENT_MAX);
    setRecents(next);
    void store.setSetting(recentsKey, next);
  };

  const shown = useMemo(() => results?.slice(0, 60) ?? [], [results]);

  const item = (e: SymbolEntry | Recent, key: string, fromSet = 'openmoji', composed: Pick<Recent, 'also' | 'modifier'> = {}) => {
    const set = 'set' in e ? e.set : fromSet;
    const also = 'set' in e ? e.also : composed.also;
    const modifier = 'set' in e ? e.modifier : composed.modifier;
    const isComposed = !!also?.length || !!modifier;
    const me = recent(set, e.id, e.label, also, modifier);
    const fav = isFavourite(me);
    return (
      <li key={key} className="symbol-item">
        <button
          type="button"
          className="favourite-toggle"
          aria-pressed={fav}
          aria-label={t(fav ? 'library.unfavourite' : 'library.favourite', { label: e.label })}
          title={t(fav ? 'library.unfavourite' : 'library.favourite', { label: e.label })}
          onClick={() => toggleFavourite(me)}
        >
          {fav ? '★' : '☆'}
        </button>
        <button
          type="button"
          className="symbol-button"
          aria-label={e.label}
          title={t('library.add', { label: e.label })}
          draggable
          onDragStart={(ev) => ev.dataTransfer.setData(SYMBOL_MIME, JSON.stringify({ set, id: e.id, label: e.label, ...(isComposed ? { also, modifier } : {}) }))}
          onClick={() => add(e, set, composed)}
        >
          {isComposed ? <PictureThumb picture={{ set, ids: [e.id, ...(also ?? []).map((a) => a.id)], modifier }} size={40} /> : <SymbolThumb symbol={{ set, id: e.id }} />}
          <span className="symbol-label">{e.label}</span>
        </button>
      </li>
    );
  };

  return (
    <nav className="library" aria-label={t('library.label')}>
      <label className="file-button">
        <input
          type="file"
          accept="image/*"
          multiple
          className="visually-hidden"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onPhotos(files);
          }}
        />
        <Icon name="photo" /> {t('library.addPhoto')}
      </label>
      <label className="file-button">
        <input
          type="file"
          accept="image/*"
          capture="environment"
          className="visually-hidden"
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onPhotos(files);
          }}
        />
        <Icon name="photo" /> {t('library.takePhoto')}
      </label>
      <button type="button" onClick={() => setPacksOpen(true)} aria-haspopup="dialog">
        {t('packs.open')}
      </button>
      {packsOpen && (
        <Suspense fallback={null}>
          <PacksDialog onClose={() => setPacksOpen(false)} onChanged={() => setPacksVersion((v) => v + 1)} />
        </Suspense>
      )}
      <input
        type="search"
        role="searchbox"
        aria-label={t('library.search')}
        placeholder={t('library.searchHint')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Down from the search box goes to the first result
          if (e.key === 'ArrowDown') {
            const first = e.currentTarget.closest('nav')?.querySelector<HTMLElement>('.results .symbol-button');
            if (first) {
              e.preventDefault();
              first.focus();
            }
          }
        }}
        className="search-input"
      />
      {packs.length > 0 && (
        <label className="tone-select">
          {t('packs.set')}
          <select
            value={setFilter}
            onChange={(e) => {
              setSetFilter(e.target.value);
              setCategory(null);
            }}
          >
            <option value="">{t('packs.allSets')}</option>
            <option value="openmoji">OpenMoji</option>
            {packs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label className="tone-select">
        {t('library.skinTone')}
        <select
          value={tone}
          onChange={(e) => {
            setTone(Number(e.target.value));
            void store.setSetting('skinTone', Number(e.target.value));
          }}
        >
          {[0, 1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {t(`library.tone${n}`)}
            </option>
          ))}
        </select>
      </label>
      {results !== null ? (
        <section aria-label={t('library.results')} className="results">
          {!query.trim() && category && (
            <button type="button" className="link" onClick={() => setCategory(null)}>
              {t('library.back')}
            </button>
          )}
          {hasTries(tries) && <NoSymbol query={query.trim()} tries={tries} onTry={setQuery} />}
          {shown.length === 0 && !hasTries(tries) && <p className="muted">{t('library.noResults', { query })}</p>}
          {shown.length > 0 && <ul className="symbol-grid" onKeyDown={onGridKey}>{shown.map((r) => item(r.entry, resultKey(r), r.set, r))}</ul>}
        </section>
      ) : (
        <>
          {favourites.length > 0 && (
            <section aria-labelledby="fav-h">
              <h2 id="fav-h">{t('library.favourites')}</h2>
              <ul className="symbol-grid" onKeyDown={onGridKey}>{favourites.map((r) => item(r, `f-${r.set}-${r.id}`))}</ul>
            </section>
          )}
          {recents.length > 0 && (
            <section aria-labelledby="recent-h">
              <h2 id="recent-h">{t('library.recent')}</h2>
              <ul className="symbol-grid" onKeyDown={onGridKey}>{recents.map((r) => item(r, `r-${r.set}-${r.id}`))}</ul>
            </section>
          )}
          <section aria-labelledby="cat-h">
            <h2 id="cat-h">{t('library.categories')}</h2>
            <ul className="category-list">
              {(packChosen ? packCategories : categories).map((c) => (
                <li key={c}>
                  <button type="button" onClick={() => setCategory(c)}>
                    {/* a pack's categories are its own words */}
                    {packChosen ? c : t(`library.cat.${c}`, { defaultValue: c })}
                  </button>
                </li>
              ))}
            </ul>
          </section>
        </>
      )}
    </nav>
  );
}

const pictureKey = (r: Pick<Recent, 'set' | 'id' | 'also' | 'modifier'>) => `${r.set}/${r.id}/${(r.also ?? []).map((a) => a.id).join('+')}/${r.modifier ?? ''}`;
const resultKey = (r: Shown) => pictureKey({ ...r, id: r.entry.id });
const recent = (set: string, id: string, label: string, also?: SymbolRef[], modifier?: Recent['modifier']): Recent => ({ set, id, label, ...(also?.length ? { also } : {}), ...(modifier ? { modifier } : {}) });

