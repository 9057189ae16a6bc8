/** "Export PDF": runs the export in a worker, shows progress, downloads the file. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { useServices } from './services';
import { exportDocumentPdf, type ExportChoice } from './exportClient';
import { ExportDialog } from './ExportDialog';
import { downloadBytes, safeFileName } from './fileIo';
import { Icon } from './Icon';

export function ExportButton({ editor, onError }: { editor: Editor; onError: (m: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [choosing, setChoosing] = useState(false);

  const run = async (choice: ExportChoice) => {
    setChoosing(false);
    const doc = editor.doc;
    setProgress({ done: 0, total: doc.pages.length });
    try {
      const bytes = await exportDocumentPdf(services, doc, (done, total) => setProgress({ done, total }), choice);
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
      <button type="button" className="primary" onClick={() => setChoosing(true)} disabled={progress !== null} aria-haspopup="dialog">
        <Icon name="pdf" /> {t('toolbar.exportPdf')}
      </button>
      {choosing && <ExportDialog onExport={(c) => void run(c)} onCancel={() => setChoosing(false)} />}
    </>
  );
}
