/**
 * Offers the picture for a card's or a step's words, in one click, when its picture was
 * chosen automatically for other words (and says so: it is never kept silently), or when it
 * has no picture yet.
 */
import { useContext, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ComposedPicture } from '../model/schema';
import { isStale, pictureOf, type PictureHolder } from '../model/pictures';
import { suggestPicture } from '../editor/pictures';
import { PictureThumb } from './PictureThumb';
import { ServicesContext } from './services';

/**
 * `suggest(words)`: the picture for words in a language (null when nothing fits), once the
 * symboliser (and, for English, its tagger) has loaded, undefined until then. They load only
 * when `needed`, so documents without automatic pictures never load the tagger for it.
 */
export function usePictureSuggest(language: string, needed: boolean): (words: string) => ComposedPicture | null | undefined {
  // without the app's services (a panel shown on its own) there is nothing to suggest from
  const services = useContext(ServicesContext);
  const [ready, setReady] = useState(0);
  useEffect(() => {
    if (!needed || !services) return;
    let alive = true;
    void services.symbolisers
      .ensure(language)
      .then(() => services.symbolisers.ensureTagger(language))
      .then(
        () => alive && setReady((n) => n + 1),
        () => undefined,
      );
    return () => {
      alive = false;
    };
  }, [services, language, needed]);
  return useMemo(() => {
    const s = services?.symbolisers.get(language);
    const tagged = language.toLowerCase().startsWith('en') ? s?.tagged : true;
    const known = new Map<string, ComposedPicture | null>();
    return (words: string) => {
      // until the tagger is there a word's sense may differ: wait rather than flicker
      if (!s || !tagged) return undefined;
      if (!known.has(words)) known.set(words, suggestPicture(s, words, language));
      return known.get(words) ?? null;
    };
    // ready: a new function once the symboliser and tagger have loaded
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, language, ready]);
}

interface Props {
  holder: PictureHolder;
  language: string;
  /** Takes a picture chosen for these words (automatically, in one click). */
  onUse: (picture: ComposedPicture, words: string) => void;
  /** Keeps the picture for the new words: a person has now chosen it. */
  onKeep: () => void;
  /** Shows no picture (steps only: a card always has one). */
  onNone?: () => void;
}

export function PictureOffer({ holder, language, onUse, onKeep, onNone }: Props) {
  const { t } = useTranslation();
  const words = holder.caption.trim();
  const current = pictureOf(holder);
  const changed = holder.pictureFor !== undefined;
  const suggest = usePictureSuggest(language, !!words && (changed || !current));
  const suggestion = suggest(words);
  if (!words || suggestion === undefined) return null;
  if (current && isStale(holder, suggestion)) {
    return (
      <div className="picture-offer warning" role="status">
        <p>{t('picture.stale', { words: holder.pictureFor })}</p>
        <div className="button-row">
          {suggestion && (
            <button type="button" onClick={() => onUse(suggestion, words)}>
              <PictureThumb picture={suggestion} size={24} /> {t('picture.useNew')}
            </button>
          )}
          <button type="button" onClick={onKeep}>
            {t('picture.keep')}
          </button>
          {onNone && (
            <button type="button" onClick={onNone}>
              {t('picture.none')}
            </button>
          )}
        </div>
        {!suggestion && <p className="muted small">{t('picture.noneFound')}</p>}
      </div>
    );
  }
  if (!current && suggestion) {
    return (
      <div className="picture-offer" role="status">
        <button type="button" onClick={() => onUse(suggestion, words)}>
          <PictureThumb picture={suggestion} size={24} /> {t('picture.useFound')}
        </button>
      </div>
    );
  }
  return null;
}
