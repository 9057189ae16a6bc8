/** The library panel's state: search results, what is browsed, recents, favourites and skin tone. */
import { useEffect, useMemo, useState } from 'react';
import type { SymbolRef } from '../model/schema';
import type { SymbolEntry } from '../symbols/types';
import type { PersonalWord, SearchResult } from '../symbols/librarySearch';
import { useServices } from './services';
import { NO_TRIES, searchOrSuggest, type Tries } from './NoSymbol';

/** A picture remembered as recent or favourite. */
export interface Recent {
  set: string;
  id: string;
  label: string;
  /** A composed picture's other symbols and mark. */
  also?: SymbolRef[];
  modifier?: SearchResult['modifier'];
}

/** A composed picture's other symbols and mark, where a library entry does not carry them itself. */
export type Composed = Pick<Recent, 'also' | 'modifier'>;

/** What a result grid shows: a search result, or a browsed symbol. */
export type Shown = Pick<SearchResult, 'set' | 'entry' | 'also' | 'modifier'> & { tier?: number };

const RECENT_MAX = 16;

/** One key per picture: the same symbol composed differently is a different picture. */
export const pictureKey = (r: Pick<Recent, 'set' | 'id' | 'also' | 'modifier'>) => `${r.set}/${r.id}/${(r.also ?? []).map((a) => a.id).join('+')}/${r.modifier ?? ''}`;
export const resultKey = (r: Shown) => pictureKey({ ...r, id: r.entry.id });
/** A picture as remembered: an empty composition is left out. */
export const recent = (set: string, id: string, label: string, also?: SymbolRef[], modifier?: Recent['modifier']): Recent => ({ set, id, label, ...(also?.length ? { also } : {}), ...(modifier ? { modifier } : {}) });

/** Where an entry comes from and how it is composed: a recent or favourite says so itself, a library entry is told. */
export function pictureOf(e: SymbolEntry | Recent, fromSet = 'openmoji', composed: Composed = {}) {
  if ('set' in e) return { set: e.set, also: e.also, modifier: e.modifier };
  return { set: fromSet, also: composed.also, modifier: composed.modifier };
}

/** Recents and favourites belong to the young person the document is for (`who`), and are kept in settings. */
export function useRecentsAndFavourites(who: string) {
  const { store } = useServices();
  const recentsKey = `recents:${who}`;
  const favouritesKey = `favourites:${who}`;
  const [recents, setRecents] = useState<Recent[]>([]);
  const [favourites, setFavourites] = useState<Recent[]>([]);
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
  /** Puts a picture first among the recents, once. */
  const remember = (added: Recent) => {
    const next = [added, ...recents.filter((r) => pictureKey(r) !== pictureKey(added))].slice(0, RECENT_MAX);
    setRecents(next);
    void store.setSetting(recentsKey, next);
  };
  return { recents, favourites, isFavourite, toggleFavourite, remember };
}

/** The skin tone chosen for people symbols (0 for none), kept in settings. */
export function useSkinTone(): [number, (tone: number) => void] {
  const { store } = useServices();
  const [tone, setTone] = useState(0);
  useEffect(() => {
    void store.getSetting<number>('skinTone').then((n) => setTone(typeof n === 'number' ? n : 0));
  }, [store]);
  const choose = (n: number) => {
    setTone(n);
    void store.setSetting('skinTone', n);
  };
  return [tone, choose];
}

/**
 * The sets to choose from and the categories to browse. `packsVersion` changes when a pack is
 * imported, switched or removed; a pack chosen in the set list browses by its own categories.
 */
export function useLibrarySets(packsVersion: number, packChosen: string) {
  const { library } = useServices();
  const [categories, setCategories] = useState<string[]>([]);
  useEffect(() => {
    void library.categories().then(setCategories);
  }, [library]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const packs = useMemo(() => library.packList().filter((p) => p.enabled), [library, packsVersion]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const packCategories = useMemo(() => (packChosen ? library.packCategories(packChosen) : []), [library, packChosen, packsVersion]);
  return { packs, categories: packChosen ? packCategories : categories };
}

export interface LibraryQuery {
  query: string;
  category: string | null;
  /** The set chosen in the set list ('' for all). */
  setFilter: string;
  /** The pack chosen in the set list, if it is a pack. */
  packChosen: string;
  packsVersion: number;
  language: string;
  personal?: readonly PersonalWord[];
  preferred?: readonly string[];
}

/**
 * What the result grid shows: search results while there is a query (with spellings and
 * suggestions to try when nothing is found), a browsed category, or nothing (null). The newest
 * query wins; earlier answers arriving late are dropped.
 */
export function useLibrarySearch({ query, category, setFilter, packChosen, packsVersion, language, personal, preferred }: LibraryQuery) {
  const { library } = useServices();
  const [results, setResults] = useState<Shown[] | null>(null);
  const [tries, setTries] = useState<Tries>(NO_TRIES);
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
  return { results, tries };
}
