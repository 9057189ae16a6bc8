/** Editing one profile. Every change is saved as it is made. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVEL_DEFAULTS, READING_LEVELS, READING_SUPPORT, TINTS, type Photo, type Profile } from '../model/profile';
import { useServices } from './services';
import { photoFromFile, PhotoError } from './photos';
import { ProfilePreview } from './ProfilePreview';
import { SymbolThumb } from './SymbolThumb';
import { SymbolPicker } from './SymbolPicker';
import { DOCUMENT_LANGUAGES } from './languages';
import { LanguageOptions } from './LanguageOptions';
import { SymbolSetsField } from './SymbolSetsField';

interface Props {
  profile: Profile;
  onChange: (p: Profile) => void;
  onError: (message: string) => void;
}

function PhotoInput({ label, onPhoto, onError }: { label: string; onPhoto: (p: Photo) => void; onError: (m: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="file-button">
      <input
        type="file"
        accept="image/*"
        className="visually-hidden"
        onChange={async (e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (!f) return;
          try {
            onPhoto(await photoFromFile(f));
          } catch (err) {
            onError(t(err instanceof PhotoError && err.code === 'too-large' ? 'profile.photoTooLarge' : 'profile.photoNotImage'));
          }
        }}
      />
      {label}
    </label>
  );
}

export function ProfileEditor({ profile: p, onChange, onError }: Props) {
  const { t } = useTranslation();
  const { metrics } = useServices();
  const [phrase, setPhrase] = useState('');
  const [avoidWord, setAvoidWord] = useState('');
  const [avoidReason, setAvoidReason] = useState('');
  const set = <K extends keyof Profile>(k: K, v: Profile[K]) => onChange({ ...p, [k]: v });
  const photo = p.photoId ? p.photos.find((x) => x.id === p.photoId) : undefined;
  // photos no longer used anywhere are dropped, so nothing is left orphaned
  const prune = (next: Profile): Profile => {
    const used = new Set([next.photoId, ...next.vocabulary.map((v) => (v.picture.kind === 'photo' ? v.picture.photoId : null))]);
    return { ...next, photos: next.photos.filter((ph) => used.has(ph.id)) };
  };
  const addWord = (picture: Profile['vocabulary'][number]['picture'], extra: Photo[] = []) => {
    if (!phrase.trim()) return;
    onChange(prune({ ...p, photos: [...p.photos, ...extra], vocabulary: [...p.vocabulary.filter((v) => v.phrase !== phrase.trim()), { phrase: phrase.trim(), picture }] }));
    setPhrase('');
  };

  return (
    <div className="profile-editor">
      <div className="profile-columns">
        <div className="profile-fields">
          <label className="field">
            {t('profile.name')}
            <input type="text" value={p.name} maxLength={60} onChange={(e) => set('name', e.target.value || '?')} />
          </label>
          <div className="field">
            <span>{t('profile.photo')}</span>
            <div className="button-row">
              {photo && <img className="profile-photo" src={`data:${photo.mime};base64,${photo.data}`} alt={p.name} />}
              <PhotoInput label={t('profile.addPhoto')} onError={onError} onPhoto={(ph) => onChange(prune({ ...p, photoId: ph.id, photos: [...p.photos, ph] }))} />
              {photo && (
                <button type="button" onClick={() => onChange(prune({ ...p, photoId: null }))}>
                  {t('profile.removePhoto')}
                </button>
              )}
            </div>
          </div>
          <label className="field">
            {t('profile.firstLanguage')}
            <select value={p.languages[0] ?? 'en-GB'} onChange={(e) => set('languages', [e.target.value, ...p.languages.slice(1).filter((l) => l !== e.target.value)])}>
              <LanguageOptions codes={languageChoices(p.languages)} />
            </select>
          </label>
          <label className="field">
            {t('profile.otherLanguage')}
            <select
              value={p.languages[1] ?? ''}
              onChange={(e) => set('languages', [p.languages[0] ?? 'en-GB', ...(e.target.value ? [e.target.value] : []), ...p.languages.slice(2).filter((l) => l !== e.target.value)])}
            >
              <option value="">{t('props.noSecondLanguage')}</option>
              <LanguageOptions codes={languageChoices(p.languages).filter((l) => l !== p.languages[0])} />
            </select>
          </label>
          <label className="field">
            {t('profile.likes')}
            <textarea rows={2} value={p.notes.likes} onChange={(e) => set('notes', { ...p.notes, likes: e.target.value })} />
          </label>
          <label className="field">
            {t('profile.helpMe')}
            <textarea rows={2} value={p.notes.helpMe} onChange={(e) => set('notes', { ...p.notes, helpMe: e.target.value })} />
          </label>
          <label className="field">
            {t('profile.dont')}
            <textarea rows={2} value={p.notes.dont} onChange={(e) => set('notes', { ...p.notes, dont: e.target.value })} />
          </label>
          <label className="field">
            {t('profile.readingNote')}
            <textarea rows={2} maxLength={1000} value={p.notes.reading ?? ''} onChange={(e) => set('notes', { ...p.notes, reading: e.target.value })} />
          </label>
          <label className="field">
            {t('profile.contact')}
            <textarea rows={2} maxLength={1000} value={p.notes.contact ?? ''} onChange={(e) => set('notes', { ...p.notes, contact: e.target.value })} />
          </label>
        </div>
        <div className="profile-fields">
          <label className="field">
            {t('profile.readingLevel')}
            <select value={p.readingLevel} onChange={(e) => onChange({ ...p, readingLevel: e.target.value as Profile['readingLevel'], ...LEVEL_DEFAULTS[e.target.value as Profile['readingLevel']] })}>
              {READING_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`profile.level.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('profile.readingSupport')}
            <select value={p.readingSupport} onChange={(e) => set('readingSupport', e.target.value as Profile['readingSupport'])}>
              {READING_SUPPORT.map((l) => (
                <option key={l} value={l}>
                  {t(`profile.support.${l}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('profile.font')}
            <select value={p.font} onChange={(e) => set('font', e.target.value as Profile['font'])}>
              {(['atkinson', 'lexend', 'opendyslexic'] as const).map((f) => (
                <option key={f} value={f}>
                  {metrics.fonts[f]?.name ?? f}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('profile.textSize')}
            <input type="number" min={14} max={48} value={p.textSize} onChange={(e) => set('textSize', Math.min(48, Math.max(14, Number(e.target.value) || 14)))} />
          </label>
          <label className="field">
            {t('profile.lineSpacing')}
            <input type="number" min={1} max={2.5} step={0.05} value={p.lineSpacing} onChange={(e) => set('lineSpacing', Math.min(2.5, Math.max(1, Number(e.target.value) || 1.2)))} />
          </label>
          <label className="field">
            {t('profile.symbolScale')}
            <input type="number" min={50} max={100} step={5} value={Math.round(p.symbolScale * 100)} onChange={(e) => set('symbolScale', Math.min(1, Math.max(0.5, Number(e.target.value) / 100 || 1)))} />
          </label>
          <label className="field">
            {t('profile.captionPosition')}
            <select value={p.captionPosition} onChange={(e) => set('captionPosition', e.target.value as Profile['captionPosition'])}>
              {(['document', 'above', 'below'] as const).map((c) => (
                <option key={c} value={c}>
                  {t(`profile.caption.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            {t('profile.tint')}
            <select value={p.tint} onChange={(e) => set('tint', e.target.value as Profile['tint'])}>
              {Object.keys(TINTS).map((c) => (
                <option key={c} value={c}>
                  {t(`profile.tints.${c}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={p.highContrast} onChange={(e) => set('highContrast', e.target.checked)} /> {t('profile.highContrast')}
          </label>
          <label className="field">
            {t('profile.symbolStyle')}
            <select value={p.symbolStyle} onChange={(e) => set('symbolStyle', e.target.value as Profile['symbolStyle'])}>
              <option value="color">{t('profile.styles.color')}</option>
              <option value="black">{t('profile.styles.black')}</option>
            </select>
          </label>
          <SymbolSetsField value={p.symbolSets} onChange={(sets) => set('symbolSets', sets)} />
          <label className="field">
            {t('profile.maxItems')}
            <input type="number" min={1} max={50} value={p.maxItemsPerPage} onChange={(e) => set('maxItemsPerPage', Math.min(50, Math.max(1, Math.round(Number(e.target.value)) || 1)))} />
          </label>
        </div>
        <ProfilePreview profile={p} />
      </div>

      <section aria-labelledby="vocab-h" className="profile-section">
        <h3 id="vocab-h">{t('profile.vocabulary')}</h3>
        <p className="muted">{t('profile.vocabHint')}</p>
        <ul className="vocab-list">
          {p.vocabulary.map((v) => {
            const ph = v.picture.kind === 'photo' ? p.photos.find((x) => x.id === (v.picture as { photoId: string }).photoId) : undefined;
            return (
              <li key={v.phrase}>
                {v.picture.kind === 'symbol' ? <SymbolThumb symbol={v.picture.symbol} size={32} /> : ph && <img className="vocab-photo" src={`data:${ph.mime};base64,${ph.data}`} alt="" />}
                <span>{v.phrase}</span>
                <button type="button" onClick={() => onChange(prune({ ...p, vocabulary: p.vocabulary.filter((x) => x !== v) }))} aria-label={t('profile.removeWord', { phrase: v.phrase })}>
                  ×
                </button>
              </li>
            );
          })}
        </ul>
        <div className="button-row">
          <label className="field inline">
            {t('profile.phrase')}
            <input type="text" value={phrase} onChange={(e) => setPhrase(e.target.value)} />
          </label>
          <PhotoInput label={t('profile.usePhoto')} onError={onError} onPhoto={(ph) => addWord({ kind: 'photo', photoId: ph.id }, [ph])} />
        </div>
        <SymbolPicker label={t('profile.symbolSearch')} single onPick={(symbol) => addWord({ kind: 'symbol', symbol })} />
      </section>

      <section aria-labelledby="avoid-h" className="profile-section">
        <h3 id="avoid-h">{t('profile.avoid')}</h3>
        <ul className="vocab-list">
          {p.avoid.map((a, i) => (
            <li key={`${a.word}-${a.symbol?.id ?? ''}-${i}`}>
              {a.symbol && <SymbolThumb symbol={a.symbol} size={28} />}
              <span>
                <strong>{a.word}</strong> {a.reason && `— ${a.reason}`}
              </span>
              <button type="button" onClick={() => set('avoid', p.avoid.filter((x) => x !== a))} aria-label={t('profile.removeAvoid', { word: a.word || a.symbol?.id })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <form
          className="button-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!avoidWord.trim()) return;
            set('avoid', [...p.avoid, { word: avoidWord.trim(), reason: avoidReason.trim(), symbol: null }]);
            setAvoidWord('');
            setAvoidReason('');
          }}
        >
          <label className="field inline">
            {t('profile.avoidWord')}
            <input type="text" value={avoidWord} onChange={(e) => setAvoidWord(e.target.value)} />
          </label>
          <label className="field inline">
            {t('profile.avoidReason')}
            <input type="text" value={avoidReason} onChange={(e) => setAvoidReason(e.target.value)} />
          </label>
          <button type="submit">{t('profile.addAvoid')}</button>
        </form>
        <SymbolPicker
          single
          label={t('profile.avoidSymbol')}
          onPick={(symbol, label) => {
            set('avoid', [...p.avoid, { word: '', reason: avoidReason.trim() || label, symbol }]);
            setAvoidReason('');
          }}
        />
      </section>
    </div>
  );
}

/** The languages to offer: the usual ones, and any the profile already names (from an imported file). */
const languageChoices = (have: readonly string[]) => [...DOCUMENT_LANGUAGES, ...have.filter((l) => !DOCUMENT_LANGUAGES.includes(l))];
