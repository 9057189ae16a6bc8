/**
 * Inputs that take their limits from the schema (`LIMITS`), so nothing typed here can be
 * saved and then fail to open. A value past a limit is refused with a message.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Says that a text reached its length limit (the input's maxLength kept the rest out). */
export function LimitNote({ length, max }: { length: number; max: number }) {
  const { t } = useTranslation();
  if (length < max) return null;
  return (
    <span className="field-note" role="status">
      {t('limits.maxLength', { max })}
    </span>
  );
}

/**
 * A number field that passes on only values within [min, max]; while the typed value is
 * outside, it says which numbers are allowed and the document keeps the last good one.
 */
export function NumberField({ label, value, min, max, onChange }: { label: string; value: number; min: number; max: number; onChange: (n: number) => void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<string | null>(null);
  const n = draft === null ? value : Number(draft);
  const bad = draft !== null && (draft.trim() === '' || !Number.isFinite(n) || n < min || n > max);
  return (
    <label className="field">
      {label}
      <input
        type="number"
        min={min}
        max={max}
        value={draft ?? value}
        aria-invalid={bad || undefined}
        onChange={(ev) => {
          const text = ev.target.value;
          const v = Number(text);
          const ok = text.trim() !== '' && Number.isFinite(v) && v >= min && v <= max;
          setDraft(ok ? null : text);
          if (ok) onChange(v);
        }}
        onBlur={() => setDraft(null)}
      />
      {bad && (
        <span className="field-note" role="alert">
          {t('limits.range', { min, max })}
        </span>
      )}
    </label>
  );
}
