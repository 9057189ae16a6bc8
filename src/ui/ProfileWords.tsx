/** The profile's own words and pictures, and the words and symbols to avoid. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Picture, Photo } from '../model/profile';
import { addAvoidSymbol, addAvoidWord, addVocabulary, removeAvoid, removeVocabulary } from '../model/profileOps';
import { SymbolThumb } from './SymbolThumb';
import { SymbolPicker } from './SymbolPicker';
import { PhotoInput, type ProfilePartProps } from './ProfileFields';

export function VocabularySection({ p, change, onError }: ProfilePartProps & { onError: (m: string) => void }) {
  const { t } = useTranslation();
  const [phrase, setPhrase] = useState('');
  const addWord = (picture: Picture, photos: Photo[] = []) => {
    if (!phrase.trim()) return;
    change(addVocabulary(p, phrase, picture, photos));
    setPhrase('');
  };
  return (
    <section aria-labelledby="vocab-h" className="profile-section">
      <h3 id="vocab-h">{t('profile.vocabulary')}</h3>
      <p className="muted">{t('profile.vocabHint')}</p>
      <VocabularyList p={p} change={change} />
      <div className="button-row">
        <label className="field inline">
          {t('profile.phrase')}
          <input type="text" value={phrase} onChange={(e) => setPhrase(e.target.value)} />
        </label>
        <PhotoInput label={t('profile.usePhoto')} onError={onError} onPhoto={(ph) => addWord({ kind: 'photo', photoId: ph.id }, [ph])} />
      </div>
      <SymbolPicker label={t('profile.symbolSearch')} single onPick={(symbol) => addWord({ kind: 'symbol', symbol })} />
    </section>
  );
}

function VocabularyList({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  return (
    <ul className="vocab-list">
      {p.vocabulary.map((v, i) => {
        const ph = v.picture.kind === 'photo' ? p.photos.find((x) => x.id === (v.picture as { photoId: string }).photoId) : undefined;
        return (
          <li key={v.phrase}>
            {v.picture.kind === 'symbol' ? <SymbolThumb symbol={v.picture.symbol} size={32} /> : ph && <img className="vocab-photo" src={`data:${ph.mime};base64,${ph.data}`} alt="" />}
            <span>{v.phrase}</span>
            <button type="button" onClick={() => change(removeVocabulary(p, i))} aria-label={t('profile.removeWord', { phrase: v.phrase })}>
              ×
            </button>
          </li>
        );
      })}
    </ul>
  );
}

export function AvoidSection({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  const [word, setWord] = useState('');
  const [reason, setReason] = useState('');
  return (
    <section aria-labelledby="avoid-h" className="profile-section">
      <h3 id="avoid-h">{t('profile.avoid')}</h3>
      <AvoidList p={p} change={change} />
      <form
        className="button-row"
        onSubmit={(e) => {
          e.preventDefault();
          if (!word.trim()) return;
          change(addAvoidWord(p, word, reason));
          setWord('');
          setReason('');
        }}
      >
        <label className="field inline">
          {t('profile.avoidWord')}
          <input type="text" value={word} onChange={(e) => setWord(e.target.value)} />
        </label>
        <label className="field inline">
          {t('profile.avoidReason')}
          <input type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit">{t('profile.addAvoid')}</button>
      </form>
      <SymbolPicker
        single
        label={t('profile.avoidSymbol')}
        onPick={(symbol, label) => {
          change(addAvoidSymbol(p, symbol, reason, label));
          setReason('');
        }}
      />
    </section>
  );
}

function AvoidList({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  return (
    <ul className="vocab-list">
      {p.avoid.map((a, i) => (
        <li key={`${a.word}-${a.symbol?.id ?? ''}-${i}`}>
          {a.symbol && <SymbolThumb symbol={a.symbol} size={28} />}
          <span>
            <strong>{a.word}</strong> {a.reason && `— ${a.reason}`}
          </span>
          <button type="button" onClick={() => change(removeAvoid(p, i))} aria-label={t('profile.removeAvoid', { word: a.word || a.symbol?.id })}>
            ×
          </button>
        </li>
      ))}
    </ul>
  );
}
