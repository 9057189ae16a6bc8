/** Start-up, then the home screen or the editor. */
import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createServices, ServicesContext, type Services } from './services';
import { Home } from './Home';
// the editor (Konva, search) loads when a document opens, so the home screen starts fast
const EditorScreen = lazy(() => import('./EditorScreen').then((m) => ({ default: m.EditorScreen })));
import type { SignpostDocument } from '../model/schema';

export function App({ dbName }: { dbName?: string }) {
  const { t } = useTranslation();
  const [services, setServices] = useState<Services | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [doc, setDoc] = useState<SignpostDocument | null>(null);
  /** Something to tell the user once the document is open (a board's web-only pictures). */
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    createServices(dbName).then(
      async (s) => {
        if (!alive) return;
        // reopen the document that was open when the tab closed
        const lastId = await s.store.getSetting<string>('openDocument');
        const last = lastId ? await s.store.get(lastId).catch(() => undefined) : undefined;
        if (!alive) return;
        setServices(s);
        if (last) setDoc(last);
      },
      (e) => alive && setFailed(String(e?.message ?? e)),
    );
    return () => {
      alive = false;
    };
  }, [dbName]);

  if (failed) return <p role="alert" className="app-message">{t('app.loadFailed', { reason: failed })}</p>;
  if (!services) return <p className="app-message" aria-live="polite">{t('app.loading')}</p>;

  const open = (d: SignpostDocument | null, note?: string) => {
    void services.store.setSetting('openDocument', d?.id ?? null);
    setNotice(note ?? null);
    setDoc(d);
  };

  return (
    <ServicesContext.Provider value={services}>
      {doc ? (
        <Suspense fallback={<p className="app-message">{t('app.loading')}</p>}>
          <EditorScreen key={doc.id} initial={doc} notice={notice} onClose={() => open(null)} onOpen={open} />
        </Suspense>
      ) : (
        <Home onOpen={open} />
      )}
    </ServicesContext.Provider>
  );
}
