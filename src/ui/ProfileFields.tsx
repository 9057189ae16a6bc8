/** The small form fields the profile editor is made of. */
import { useTranslation } from 'react-i18next';
import type { Photo, Profile } from '../model/profile';
import { photoFromFile, PhotoError } from './photos';

/** What each part of the profile editor is given: the profile, and a way to save an edited copy. */
export interface ProfilePartProps {
  p: Profile;
  change: (next: Profile) => void;
}

/** A button that reads one picture file into a photo, or says why it could not. */
export function PhotoInput({ label, onPhoto, onError }: { label: string; onPhoto: (p: Photo) => void; onError: (m: string) => void }) {
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

/** A labelled menu of fixed choices. */
export function ChoiceField<T extends string>({ label, value, options, optionLabel, onChange }: { label: string; value: T; options: readonly T[]; optionLabel: (o: T) => string; onChange: (o: T) => void }) {
  return (
    <label className="field">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {optionLabel(o)}
          </option>
        ))}
      </select>
    </label>
  );
}

/** A labelled number; what is typed is handed on as a number (0 when empty) for the model to clamp. */
export function NumberField({ label, min, max, step, value, onChange }: { label: string; min: number; max: number; step?: number; value: number; onChange: (n: number) => void }) {
  return (
    <label className="field">
      {label}
      <input type="number" min={min} max={max} step={step} value={value} onChange={(e) => onChange(Number(e.target.value))} />
    </label>
  );
}
