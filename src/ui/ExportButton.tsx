/** "Export PDF": runs the export in a worker, shows progress, downloads the file. */
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { useServices } from './services';
import type { ExportChoice } from './exportClient';
import type { Profile } from '../model/profile';
// the dialog and the export client load on the first export: the editor chunk stays small
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));
import { missingTranslations } from '../model/operations';
import { downloadBytes, safeFileName } from './fileIo';
import { Icon } from './Icon';
import { layoutDocument } from '../layout/layout';
import { overflowing } from '../layout/overflow';
import { resolveStyle } from '../profile/resolve';
import { avoidWarningsAsDrawn } from '../layout/checks';
import { TITLE_HEADING_ID } from '../model/title';

export function ExportButton({ editor, profile, onError }: { editor: Editor; profile: Profile | null; onError: (m: string) => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [choosing, setChoosing] = useState(false);
  // what would print cut off, listed in the dialog before anything is written
  const cut = useMemo(() => (choosing ? overflowing(layoutDocument(editor.doc, services.layoutDeps, resolveStyle(profile)).pages) : []), [choosing, editor, services, profile]);
  // words and symbols the young person's profile avoids, listed before anything is written
  const avoided = useMemo(() => (choosing ? avoidWarningsAsDrawn(editor.doc, profile, services.layoutDeps).map((w) => ({ ...w, pageId: editor.doc.pages[w.pageIndex].id })) : []), [choosing, editor, services, profile]);
  const showCut = (pageId: string, elementId: string) => {
    setChoosing(false);
    editor.setPage(pageId);
    // the title heading is no element: the page's settings (nothing selected) show it
    editor.select(elementId === TITLE_HEADING_ID ? [] : [elementId]);
  };

  const run = async (choice: ExportChoice, forProfiles: Profile[], combined: boolean) => {
    setChoosing(false);
    const doc = editor.doc;
    setProgress({ done: 0, total: forProfiles.length > 1 ? forProfiles.length : doc.pages.length });
    try {
      const { exportDocumentPdf, exportForProfiles, exportPhonePage, exportPhonePages } = await import('./exportClient');
      const onProgress = (done: number, total: number) => setProgress({ done, total });
      if (choice.format === 'phone') {
        // several young people: a page each, in a zip
        if (forProfiles.length > 1) downloadBytes(await exportPhonePages(services, doc, forProfiles, onProgress, choice), `${safeFileName(doc.title)}.zip`, 'application/zip');
        else downloadBytes(await exportPhonePage(services, doc, forProfiles[0] ?? null, choice), `${safeFileName(doc.title)}.html`, 'text/html');
      } else if (forProfiles.length > 1) {
        const out = await exportForProfiles(services, doc, forProfiles, combined, onProgress, choice);
        downloadBytes(out.bytes, `${safeFileName(doc.title)}.${out.zip ? 'zip' : 'pdf'}`, out.zip ? 'application/zip' : 'application/pdf');
      } else {
        const bytes = await exportDocumentPdf(services, doc, onProgress, choice, forProfiles[0] ?? null);
        downloadBytes(bytes, `${safeFileName(doc.title)}.pdf`, 'application/pdf');
      }
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
      {choosing && (
        <Suspense fallback={null}>
          <ExportDialog doc={editor.doc} current={profile} missing={missingTranslations(editor.doc).length} cut={cut} avoided={avoided} onShowCut={showCut} onExport={(c, ps, combined) => void run(c, ps, combined)} onCancel={() => setChoosing(false)} />
        </Suspense>
      )}
    </>
  );
}
