/**
 * The word picker's search: the library panel's search (curated pictures first, compositions
 * included), its results as buttons that the arrow keys move through and Enter picks.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedPicture } from '../model/schema';
import type { SearchResult } from '../symbols/librarySearch';
import { useServices } from './services';
import { PictureThumb } from './PictureThumb';

const LIMIT = 24;

interface Found {
  picture: ComposedPicture;
  label: string;
}

const toFound = (r: SearchResult): Found => ({
  label: r.entry.label,
  picture: { set: r.set, ids: [r.entry.id, ...(r.also ?? []).map((a) => a.id)], ...(r.modifier ? { modifier: r.modifier } : {}) },
});

export interface PickerSearchProps {
  language: string;
  /** Only this set's symbols, and only pictures of at most `room` symbols (adding to a picture). */
  only?: { set: string; room: number };
  /** Symbol sets the reader knows, most preferred first: their pictures come first. */
  preferred?: readonly string[];
  /** The accessible name of a result button. */
  labelFor: (label: string) => string;
  onPick: (picture: ComposedPicture) => void;
}

/** Runs the search as the query changes: the newest query wins; earlier answers arriving late are dropped. */
function useSearch(query: string, set: string | undefined, room: number, language: string, preferred: readonly string[] | undefined, setAnswer: (a: { query: string; found: Found[] }) => void, setActive: (i: number) => void) {
  const { library } = useServices();
  useEffect(() => {
    let current = true;
    const q = query.trim();
    if (!q) setAnswer({ query: '', found: [] });
    else {
      void library.searchAll(q, set, LIMIT, language, undefined, preferred).then((r) => {
        if (!current) return;
        setAnswer({ query: q, found: r.map(toFound).filter((f) => f.picture.ids.length <= room) });
        setActive(0);
      });
    }
    return () => {
      current = false;
    };
  }, [query, set, room, language, library, preferred, setAnswer, setActive]);
}

export function PickerSearch({ language, only, preferred, labelFor, onPick }: PickerSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [query, setQuery] = useState('');
  const [answer, setAnswer] = useState<{ query: string; found: Found[] }>({ query: '', found: [] });
  const [active, setActive] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const set = only?.set;
  const room = only?.room ?? 3;

  useSearch(query, set, room, language, preferred, setAnswer, setActive);

  const q = query.trim();
  // results of an older query stay until the new ones come, so the list does not flicker
  const found = q ? answer.found : [];
  const focusResult = (i: number) => {
    const n = found.length;
    if (!n) return;
    const next = (i + n) % n;
    setActive(next);
    list.current?.querySelectorAll<HTMLButtonElement>('button')[next]?.focus();
  };
  const onInputKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' && found.length) {
      e.preventDefault();
      focusResult(0);
    } else if (e.key === 'Enter' && found.length) {
      e.preventDefault();
      onPick(found[0].picture);
    }
  };
  const onListKey = (e: KeyboardEvent) => {
    // the arrows follow the screen: in a right-to-left page, right goes back
    const rtl = list.current ? getComputedStyle(list.current).direction === 'rtl' : false;
    const step = ({ ArrowDown: 1, ArrowUp: -1, ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 } as Record<string, number>)[e.key];
    if (step) focusResult(active + step);
    else if (e.key === 'Home') focusResult(0);
    else if (e.key === 'End') focusResult(found.length - 1);
    else return;
    e.preventDefault();
  };
  return (
    <div className="picker-search">
      <label htmlFor={`${id}-q`}>{t('picker.search')}</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onInputKey} autoComplete="off" />
      {q && (
        <div ref={list} role="group" aria-label={t('picker.results', { query: q })} className="picker-results" onKeyDown={onListKey}>
          {found.map((f, i) => (
            <button
              key={`${f.picture.set}/${f.picture.ids.join('+')}/${f.picture.modifier ?? ''}/${i}`}
              type="button"
              className="symbol-button"
              tabIndex={i === active ? 0 : -1}
              title={f.label}
              data-set={f.picture.set}
              aria-label={labelFor(f.label)}
              onFocus={() => setActive(i)}
              onClick={() => onPick(f.picture)}
            >
              <PictureThumb picture={f.picture} size={32} />
            </button>
          ))}
        </div>
      )}
      {q && answer.query === q && !found.length && (
        <p className="picker-none" role="status">
          {t('picker.nothing', { query: q })}
        </p>
      )}
    </div>
  );
}
