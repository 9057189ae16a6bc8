/** "Export PDF": runs the export in a worker, shows progress, downloads the file. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { useServices } from './services';
import { exportDocumentPdf } from './exportClient';
import { downloadBytes, safeFileName } from './fileIo';
import { Icon } from './Icon';

export function ExportButton({ editor, onError }: { editor: Editor; onError: (m: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const run = async () => {
    const doc = editor.doc;
    setProgress({ done: 0, total: doc.pages.length });
    try {
      const bytes = await exportDocumentPdf(services, doc, (done, total) => setProgress({ done, total }));
      downloadBytes(bytes, `${safeFileName(doc.title)}.pdf`, 'application/pdf');
    } catch (e) {
      onError(t('errors.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    } finally {
      setProgress(null);
    }
  };

  return (
    <>
      {progress && (
        <span className="progress" role="status">
          <progress max={progress.total} value={progress.done} aria-label={t('export.progress', progress)} />
          {t('export.progress', progress)}
        </span>
      )}
      <button type="button" className="primary" onClick={() => void run()} disabled={progress !== null}>
        <Icon name="pdf" /> {t('toolbar.exportPdf')}
      </button>
    </>
  );
}
