/**
 * Shown when the editor fails: the work is kept, and the user can save it as a file, go
 * home, or copy what failed for a report. The document is not reopened at the next start.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignpostDocument } from '../model/schema';
import { errorDetails } from './ErrorBoundary';
import { saveDocumentFile } from './fileIo';

interface Props {
  error: Error;
  /** The document as it was last seen by the editor (it may not have been saved yet). */
  doc: SignpostDocument;
  onHome: () => void;
}

export function RecoveryScreen({ error, doc, onHome }: Props) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const details = errorDetails(error);
  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <h1 id="recovery-title" ref={heading} tabIndex={-1}>
        {t('recovery.title')}
      </h1>
      <p>{t('recovery.kept', { title: doc.title })}</p>
      <div className="recovery-actions">
        <button type="button" className="primary" onClick={() => void saveDocumentFile(doc)}>
          {t('recovery.saveFile')}
        </button>
        <button type="button" onClick={onHome}>
          {t('recovery.home')}
        </button>
        <button type="button" onClick={() => void navigator.clipboard?.writeText(details)}>
          {t('recovery.copy')}
        </button>
      </div>
      <details>
        <summary>{t('recovery.details')}</summary>
        <pre>{details}</pre>
      </details>
    </main>
  );
}
