/** Choosing how to print: pages as designed or cards to cut out, and an optional name and date. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CARDS_PER_SHEET, type CardSheet } from '../layout/cards';
import { footerNoteOf } from '../layout/footer';
import type { ExportChoice } from './exportClient';

type Layout = 'pages' | 'wallet' | `${(typeof CARDS_PER_SHEET)[number]}`;

export function ExportDialog({ onExport, onCancel }: { onExport: (c: ExportChoice) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const [layout, setLayout] = useState<Layout>('pages');
  const [name, setName] = useState('');
  const [withDate, setWithDate] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = () => {
    const sheet: CardSheet | undefined = layout === 'pages' ? undefined : layout === 'wallet' ? { kind: 'wallet' } : { kind: 'grid', perSheet: Number(layout) as (typeof CARDS_PER_SHEET)[number] };
    onExport({ sheet, footerNote: footerNoteOf(name, withDate ? new Date() : undefined, i18n.language) });
  };
  const options: Layout[] = ['pages', ...CARDS_PER_SHEET.map((n) => `${n}` as Layout), 'wallet'];

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <form
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-title"
        className="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <h2 id="export-title">{t('export.title')}</h2>
        <fieldset>
          <legend>{t('export.layout')}</legend>
          {options.map((o, i) => (
            <label key={o} className="check">
              <input ref={i === 0 ? first : undefined} type="radio" name="layout" value={o} checked={layout === o} onChange={() => setLayout(o)} />
              {o === 'pages' ? t('export.pages') : o === 'wallet' ? t('export.wallet') : t('export.cards', { count: Number(o) })}
            </label>
          ))}
        </fieldset>
        <label className="field">
          {t('export.name')}
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
        </label>
        <label className="check">
          <input type="checkbox" checked={withDate} onChange={(e) => setWithDate(e.target.checked)} /> {t('export.date')}
        </label>
        <div className="button-row dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('export.cancel')}
          </button>
          <button type="submit" className="primary">
            {t('export.go')}
          </button>
        </div>
      </form>
    </div>
  );
}
