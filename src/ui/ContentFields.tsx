/**
 * A caption or text in the document's language, and its line in the second language when
 * the document has one (marked while it is missing). Both take either direction.
 */
import { useTranslation } from 'react-i18next';
import { LimitNote } from './LimitFields';

export function ContentFields(props: {
  label: string;
  value: string;
  second: string;
  /** Name of the second language, or null when the document has none. */
  secondLabel: string | null;
  languages: [string, string | null];
  multiline?: boolean;
  /** Longest text the schema accepts. */
  max: number;
  onChange: (v: string) => void;
  onChangeSecond: (v: string) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { label, value, second, secondLabel, languages, multiline, max, onChange, onChangeSecond, onDone } = props;
  const input = (v: string, lang: string, set: (v: string) => void, className?: string) => (
    <>
      {multiline ? (
        <textarea rows={3} dir="auto" lang={lang} value={v} maxLength={max} onChange={(ev) => set(ev.target.value.slice(0, max))} onBlur={onDone} className={className} />
      ) : (
        <input type="text" dir="auto" lang={lang} value={v} maxLength={max} onChange={(ev) => set(ev.target.value.slice(0, max))} onBlur={onDone} className={className} />
      )}
      <LimitNote length={v.length} max={max} />
    </>
  );
  return (
    <>
      <label className="field">
        {label}
        {input(value, languages[0], onChange)}
      </label>
      {secondLabel && languages[1] && (
        <label className="field">
          {t('props.inLanguage', { what: label, language: secondLabel })}
          {input(second, languages[1], onChangeSecond, !second.trim() && value.trim() ? 'missing' : undefined)}
        </label>
      )}
    </>
  );
}
