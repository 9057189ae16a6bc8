/** Editing one profile. Every change is saved as it is made, through the pure operations of model/profileOps. */
import { useTranslation } from 'react-i18next';
import { PROFILE_LIMITS, READING_LEVELS, READING_SUPPORT, TINTS, type Profile } from '../model/profile';
import {
  clearProfilePhoto,
  DEFAULT_PROFILE_LANGUAGE,
  setFirstLanguage,
  setLineSpacing,
  setMaxItemsPerPage,
  setProfileField,
  setProfileName,
  setProfileNote,
  setProfilePhoto,
  setReadingLevel,
  setSecondLanguage,
  setSymbolScalePercent,
  setTextSize,
} from '../model/profileOps';
import { useServices } from './services';
import { ProfilePreview } from './ProfilePreview';
import { DOCUMENT_LANGUAGES } from './languages';
import { LanguageOptions } from './LanguageOptions';
import { SymbolSetsField } from './SymbolSetsField';
import { ChoiceField, NumberField, PhotoInput, type ProfilePartProps } from './ProfileFields';
import { AvoidSection, VocabularySection } from './ProfileWords';

interface Props {
  profile: Profile;
  onChange: (p: Profile) => void;
  onError: (message: string) => void;
}

export function ProfileEditor({ profile: p, onChange, onError }: Props) {
  // an edit that changes nothing is not saved
  const change = (next: Profile) => {
    if (next !== p) onChange(next);
  };
  return (
    <div className="profile-editor">
      <div className="profile-columns">
        <div className="profile-fields">
          <NameField p={p} change={change} />
          <PhotoField p={p} change={change} onError={onError} />
          <LanguageFields p={p} change={change} />
          <NoteFields p={p} change={change} />
        </div>
        <div className="profile-fields">
          <ReadingFields p={p} change={change} />
          <LookFields p={p} change={change} />
        </div>
        <ProfilePreview profile={p} />
      </div>
      <VocabularySection p={p} change={change} onError={onError} />
      <AvoidSection p={p} change={change} />
    </div>
  );
}

function NameField({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  return (
    <label className="field">
      {t('profile.name')}
      <input type="text" value={p.name} maxLength={PROFILE_LIMITS.name} onChange={(e) => change(setProfileName(p, e.target.value))} />
    </label>
  );
}

function PhotoField({ p, change, onError }: ProfilePartProps & { onError: (m: string) => void }) {
  const { t } = useTranslation();
  const photo = p.photoId ? p.photos.find((x) => x.id === p.photoId) : undefined;
  return (
    <div className="field">
      <span>{t('profile.photo')}</span>
      <div className="button-row">
        {photo && <img className="profile-photo" src={`data:${photo.mime};base64,${photo.data}`} alt={p.name} />}
        <PhotoInput label={t('profile.addPhoto')} onError={onError} onPhoto={(ph) => change(setProfilePhoto(p, ph))} />
        {photo && (
          <button type="button" onClick={() => change(clearProfilePhoto(p))}>
            {t('profile.removePhoto')}
          </button>
        )}
      </div>
    </div>
  );
}

function LanguageFields({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  const choices = languageChoices(p.languages);
  return (
    <>
      <label className="field">
        {t('profile.firstLanguage')}
        <select value={p.languages[0] ?? DEFAULT_PROFILE_LANGUAGE} onChange={(e) => change(setFirstLanguage(p, e.target.value))}>
          <LanguageOptions codes={choices} />
        </select>
      </label>
      <label className="field">
        {t('profile.otherLanguage')}
        <select value={p.languages[1] ?? ''} onChange={(e) => change(setSecondLanguage(p, e.target.value))}>
          <option value="">{t('props.noSecondLanguage')}</option>
          <LanguageOptions codes={choices.filter((l) => l !== p.languages[0])} />
        </select>
      </label>
    </>
  );
}

/** The notes in the young person's words; the passport's two (reading, contact) may be absent in older files. */
const NOTES: { key: keyof Profile['notes']; label: string; maxLength?: number }[] = [
  { key: 'likes', label: 'profile.likes' },
  { key: 'helpMe', label: 'profile.helpMe' },
  { key: 'dont', label: 'profile.dont' },
  { key: 'reading', label: 'profile.readingNote', maxLength: 1000 },
  { key: 'contact', label: 'profile.contact', maxLength: 1000 },
];

function NoteFields({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  return (
    <>
      {NOTES.map(({ key, label, maxLength }) => (
        <label key={key} className="field">
          {t(label)}
          <textarea rows={2} maxLength={maxLength} value={p.notes[key] ?? ''} onChange={(e) => change(setProfileNote(p, key, e.target.value))} />
        </label>
      ))}
    </>
  );
}

/** How much the young person reads, and the sizes that follow from it. */
function ReadingFields({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  const { metrics } = useServices();
  const { textSize, lineSpacing, symbolScale } = PROFILE_LIMITS;
  return (
    <>
      <ChoiceField label={t('profile.readingLevel')} value={p.readingLevel} options={READING_LEVELS} optionLabel={(l) => t(`profile.level.${l}`)} onChange={(l) => change(setReadingLevel(p, l))} />
      <ChoiceField label={t('profile.readingSupport')} value={p.readingSupport} options={READING_SUPPORT} optionLabel={(l) => t(`profile.support.${l}`)} onChange={(l) => change(setProfileField(p, 'readingSupport', l))} />
      <ChoiceField label={t('profile.font')} value={p.font} options={FONTS} optionLabel={(f) => metrics.fonts[f]?.name ?? f} onChange={(f) => change(setProfileField(p, 'font', f))} />
      <NumberField label={t('profile.textSize')} min={textSize.min} max={textSize.max} value={p.textSize} onChange={(n) => change(setTextSize(p, n))} />
      <NumberField label={t('profile.lineSpacing')} min={lineSpacing.min} max={lineSpacing.max} step={0.05} value={p.lineSpacing} onChange={(n) => change(setLineSpacing(p, n))} />
      <NumberField label={t('profile.symbolScale')} min={symbolScale.min * 100} max={symbolScale.max * 100} step={5} value={Math.round(p.symbolScale * 100)} onChange={(n) => change(setSymbolScalePercent(p, n))} />
    </>
  );
}

/** How the page looks: captions, tint, contrast, symbol style and sets, cards per page. */
function LookFields({ p, change }: ProfilePartProps) {
  const { t } = useTranslation();
  const { maxItemsPerPage } = PROFILE_LIMITS;
  return (
    <>
      <ChoiceField label={t('profile.captionPosition')} value={p.captionPosition} options={CAPTION_POSITIONS} optionLabel={(c) => t(`profile.caption.${c}`)} onChange={(c) => change(setProfileField(p, 'captionPosition', c))} />
      <ChoiceField label={t('profile.tint')} value={p.tint} options={TINT_NAMES} optionLabel={(c) => t(`profile.tints.${c}`)} onChange={(c) => change(setProfileField(p, 'tint', c))} />
      <label className="check">
        <input type="checkbox" checked={p.highContrast} onChange={(e) => change(setProfileField(p, 'highContrast', e.target.checked))} /> {t('profile.highContrast')}
      </label>
      <ChoiceField label={t('profile.symbolStyle')} value={p.symbolStyle} options={SYMBOL_STYLES} optionLabel={(s) => t(`profile.styles.${s}`)} onChange={(s) => change(setProfileField(p, 'symbolStyle', s))} />
      <SymbolSetsField value={p.symbolSets} onChange={(sets) => change(setProfileField(p, 'symbolSets', sets))} />
      <NumberField label={t('profile.maxItems')} min={maxItemsPerPage.min} max={maxItemsPerPage.max} value={p.maxItemsPerPage} onChange={(n) => change(setMaxItemsPerPage(p, n))} />
    </>
  );
}

const FONTS = ['atkinson', 'lexend', 'opendyslexic'] as const;
const CAPTION_POSITIONS = ['document', 'above', 'below'] as const;
const SYMBOL_STYLES = ['color', 'black'] as const;
const TINT_NAMES = Object.keys(TINTS) as (keyof typeof TINTS)[];

/** The languages to offer: the usual ones, and any the profile already names (from an imported file). */
const languageChoices = (have: readonly string[]) => [...DOCUMENT_LANGUAGES, ...have.filter((l) => !DOCUMENT_LANGUAGES.includes(l))];
