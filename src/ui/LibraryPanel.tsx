/** The symbol library: search as you type, browse by category, recently used. */
import { onGridKey } from './gridKeys';
import { useMemo, useState, lazy, Suspense, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addSymbol, runCommand } from '../editor/commands';
import type { SymbolEntry } from '../symbols/types';
import type { PersonalWord } from '../symbols/librarySearch';
import { SYMBOL_MIME } from '../canvas/dropTarget';
import { SymbolThumb } from './SymbolThumb';
import { PictureThumb } from './PictureThumb';
import { hasTries, NoSymbol, type Tries } from './NoSymbol';
import { Icon } from './Icon';
import { pictureOf, recent, resultKey, useLibrarySearch, useLibrarySets, useRecentsAndFavourites, useSkinTone, type Composed, type Recent, type Shown } from './useLibrary';
// loaded when first opened: the editor chunk stays small
const PacksDialog = lazy(() => import('./PacksDialog').then((m) => ({ default: m.PacksDialog })));
import { useEditorState } from '../editor/useEditorState';

/** What a symbol in a grid can do: be added to the page, or be made (or stop being) a favourite. */
interface ItemActions {
  add: (e: SymbolEntry | Recent, fromSet?: string, composed?: Composed) => void;
  isFavourite: (r: Recent) => boolean;
  toggleFavourite: (r: Recent) => void;
}

export function LibraryPanel({ editor, onPhotos, personal, preferred }: { editor: Editor; onPhotos: (files: File[]) => void; personal?: readonly PersonalWord[]; preferred?: readonly string[] }) {
  const { t } = useTranslation();
  // recents and favourites belong to the young person the document is for
  const docState = useEditorState(editor).doc;
  const pictures = useRecentsAndFavourites(docState.profileId ?? 'none');
  const [query, setQuery] = useState('');
  const [setFilter, setSetFilter] = useState('');
  const [category, setCategory] = useState<string | null>(null);
  const [packsVersion, setPacksVersion] = useState(0);
  // a pack chosen in the set list browses by its own categories
  const packChosen = setFilter && setFilter !== 'openmoji' ? setFilter : '';
  const { packs, categories } = useLibrarySets(packsVersion, packChosen);
  const { results, tries } = useLibrarySearch({ query, category, setFilter, packChosen, packsVersion, language: docState.language, personal, preferred });
  const [tone, setTone] = useSkinTone();

  const add = (e: SymbolEntry | Recent, fromSet = 'openmoji', composed: Composed = {}) => {
    const { set, also, modifier } = pictureOf(e, fromSet, composed);
    // a skin tone applies to a symbol on its own, not to a composition
    const id = 'tones' in e && e.tones && tone > 0 && !also?.length ? (e.tones[tone - 1] ?? e.id) : e.id;
    runCommand(editor, addSymbol, { ref: { set, id }, caption: e.label, also, modifier });
    pictures.remember(recent(set, id, e.label, also, modifier));
  };
  const actions: ItemActions = { add, isFavourite: pictures.isFavourite, toggleFavourite: pictures.toggleFavourite };

  return (
    <nav className="library" aria-label={t('library.label')}>
      <PhotoButtons onPhotos={onPhotos} />
      <PacksButton onChanged={() => setPacksVersion((v) => v + 1)} />
      <SearchBox query={query} onQuery={setQuery} />
      {packs.length > 0 && (
        <SetSelect
          value={setFilter}
          packs={packs}
          onSet={(id) => {
            setSetFilter(id);
            setCategory(null);
          }}
        />
      )}
      <ToneSelect tone={tone} onTone={setTone} />
      {results !== null ? (
        <Results results={results} query={query} tries={tries} browsing={!query.trim() && !!category} onBack={() => setCategory(null)} onTry={setQuery} actions={actions} />
      ) : (
        <>
          <PictureGrid title={t('library.favourites')} headingId="fav-h" keyPrefix="f" pictures={pictures.favourites} actions={actions} />
          <PictureGrid title={t('library.recent')} headingId="recent-h" keyPrefix="r" pictures={pictures.recents} actions={actions} />
          <Categories categories={categories} ownWords={!!packChosen} onCategory={setCategory} />
        </>
      )}
    </nav>
  );
}

/** Add photos from files, or take one with the camera. */
function PhotoButtons({ onPhotos }: { onPhotos: (files: File[]) => void }) {
  const { t } = useTranslation();
  const take = (e: ChangeEvent<HTMLInputElement>) => {
    const files = [...(e.target.files ?? [])];
    e.target.value = '';
    if (files.length) onPhotos(files);
  };
  return (
    <>
      <label className="file-button">
        <input type="file" accept="image/*" multiple className="visually-hidden" onChange={take} />
        <Icon name="photo" /> {t('library.addPhoto')}
      </label>
      <label className="file-button">
        <input type="file" accept="image/*" capture="environment" className="visually-hidden" onChange={take} />
        <Icon name="photo" /> {t('library.takePhoto')}
      </label>
    </>
  );
}

/** Opens the symbol packs dialog. */
function PacksButton({ onChanged }: { onChanged: () => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t('packs.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <PacksDialog onClose={() => setOpen(false)} onChanged={onChanged} />
        </Suspense>
      )}
    </>
  );
}

function SearchBox({ query, onQuery }: { query: string; onQuery: (q: string) => void }) {
  const { t } = useTranslation();
  return (
    <input
      type="search"
      role="searchbox"
      aria-label={t('library.search')}
      placeholder={t('library.searchHint')}
      value={query}
      onChange={(e) => onQuery(e.target.value)}
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
  );
}

/** Which set to search and browse: all, OpenMoji, or one pack. */
function SetSelect({ value, packs, onSet }: { value: string; packs: readonly { id: string; name: string }[]; onSet: (id: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="tone-select">
      {t('packs.set')}
      <select value={value} onChange={(e) => onSet(e.target.value)}>
        <option value="">{t('packs.allSets')}</option>
        <option value="openmoji">OpenMoji</option>
        {packs.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function ToneSelect({ tone, onTone }: { tone: number; onTone: (n: number) => void }) {
  const { t } = useTranslation();
  return (
    <label className="tone-select">
      {t('library.skinTone')}
      <select value={tone} onChange={(e) => onTone(Number(e.target.value))}>
        {[0, 1, 2, 3, 4, 5].map((n) => (
          <option key={n} value={n}>
            {t(`library.tone${n}`)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Search results or a browsed category; words to try when a search finds nothing. */
function Results({ results, query, tries, browsing, onBack, onTry, actions }: { results: Shown[]; query: string; tries: Tries; browsing: boolean; onBack: () => void; onTry: (q: string) => void; actions: ItemActions }) {
  const { t } = useTranslation();
  const shown = useMemo(() => results.slice(0, 60), [results]);
  return (
    <section aria-label={t('library.results')} className="results">
      {browsing && (
        <button type="button" className="link" onClick={onBack}>
          {t('library.back')}
        </button>
      )}
      {hasTries(tries) && <NoSymbol query={query.trim()} tries={tries} onTry={onTry} />}
      {shown.length === 0 && !hasTries(tries) && <p className="muted">{t('library.noResults', { query })}</p>}
      {shown.length > 0 && (
        <ul className="symbol-grid" onKeyDown={onGridKey}>
          {shown.map((r) => (
            <SymbolItem key={resultKey(r)} entry={r.entry} fromSet={r.set} composed={r} actions={actions} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Favourites or recents, when there are any. */
function PictureGrid({ title, headingId, keyPrefix, pictures, actions }: { title: string; headingId: string; keyPrefix: string; pictures: Recent[]; actions: ItemActions }) {
  if (pictures.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="symbol-grid" onKeyDown={onGridKey}>
        {pictures.map((r) => (
          <SymbolItem key={`${keyPrefix}-${r.set}-${r.id}`} entry={r} actions={actions} />
        ))}
      </ul>
    </section>
  );
}

/** The categories to browse; a pack's categories are its own words, OpenMoji's are translated. */
function Categories({ categories, ownWords, onCategory }: { categories: string[]; ownWords: boolean; onCategory: (c: string) => void }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="cat-h">
      <h2 id="cat-h">{t('library.categories')}</h2>
      <ul className="category-list">
        {categories.map((c) => (
          <li key={c}>
            <button type="button" onClick={() => onCategory(c)}>
              {ownWords ? c : t(`library.cat.${c}`, { defaultValue: c })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One symbol in a grid: its favourite star, and the button that adds it (or drags it onto the page). */
function SymbolItem({ entry: e, fromSet = 'openmoji', composed = {}, actions }: { entry: SymbolEntry | Recent; fromSet?: string; composed?: Composed; actions: ItemActions }) {
  const { t } = useTranslation();
  const { set, also, modifier } = pictureOf(e, fromSet, composed);
  const isComposed = !!also?.length || !!modifier;
  const me = recent(set, e.id, e.label, also, modifier);
  const fav = actions.isFavourite(me);
  const favouriteLabel = t(fav ? 'library.unfavourite' : 'library.favourite', { label: e.label });
  return (
    <li className="symbol-item">
      <button type="button" className="favourite-toggle" aria-pressed={fav} aria-label={favouriteLabel} title={favouriteLabel} onClick={() => actions.toggleFavourite(me)}>
        {fav ? '★' : '☆'}
      </button>
      <button
        type="button"
        className="symbol-button"
        aria-label={e.label}
        title={t('library.add', { label: e.label })}
        draggable
        onDragStart={(ev) => ev.dataTransfer.setData(SYMBOL_MIME, JSON.stringify({ set, id: e.id, label: e.label, ...(isComposed ? { also, modifier } : {}) }))}
        onClick={() => actions.add(e, set, composed)}
      >
        {isComposed ? <PictureThumb picture={{ set, ids: [e.id, ...(also ?? []).map((a) => a.id)], modifier }} size={40} /> : <SymbolThumb symbol={{ set, id: e.id }} />}
        <span className="symbol-label">{e.label}</span>
      </button>
    </li>
  );
}
