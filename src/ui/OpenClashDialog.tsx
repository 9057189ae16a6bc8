/**
 * A file whose document is already on this device (a PDF exported from it, reopened): open
 * the one here, replace it with the file's version, or keep both.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../i18n';
import type { SignpostDocument } from '../model/schema';
import type { DocumentSummary } from '../storage/db';
import type { ClashChoice } from './openUserFile';

export function OpenClashDialog({ incoming, existing, onChoose, onCancel }: { incoming: SignpostDocument; existing: DocumentSummary; onChoose: (c: ClashChoice) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const fmt = new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const when = (iso: string) => fmt.format(new Date(iso));
  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div role="dialog" aria-modal="true" aria-labelledby="clash-title" aria-describedby="clash-about" className="dialog">
        <h2 id="clash-title">{t('clash.title')}</h2>
        <p id="clash-about">
          {t('clash.about', { title: existing.title })}
        </p>
        <ul className="clash-dates">
          <li>{t('clash.here', { date: when(existing.updatedAt) })}</li>
          <li>{t('clash.file', { date: when(incoming.updatedAt) })}</li>
        </ul>
        <div className="button-column">
          <button ref={first} type="button" className="primary" onClick={() => onChoose('open-existing')}>
            {t('clash.openExisting')}
          </button>
          <button type="button" onClick={() => onChoose('replace')}>
            {t('clash.replace')}
          </button>
          <button type="button" onClick={() => onChoose('keep-both')}>
            {t('clash.keepBoth')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('export.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
