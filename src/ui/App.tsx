/** Start-up, then the home screen or the editor. */
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createServices, ServicesContext, type Services } from './services';
import { Home } from './Home';
// the editor (Konva, search) loads when a document opens, so the home screen starts fast
const EditorScreen = lazy(() => import('./EditorScreen').then((m) => ({ default: m.EditorScreen })));
import type { SignpostDocument } from '../model/schema';
import type { LocalStore } from '../storage/db';
import { ErrorBoundary } from './ErrorBoundary';
import { RecoveryScreen } from './RecoveryScreen';
import { ErrorDialog } from './ErrorDialog';
import { markLeftWhileOpening, takeLeftWhileOpening } from '../storage/leftWhileOpening';

/** Set while a document opens, cleared once the editor has drawn it: still set at the next start means it crashed the tab. */
const OPENING = 'openingDocument';

/** The document to reopen at start, unless opening it last time never finished. */
async function documentToReopen(store: LocalStore): Promise<{ doc?: SignpostDocument; crashed?: string }> {
  const lastId = await store.getSetting<string>('openDocument');
  const left = takeLeftWhileOpening();
  if (!lastId) return {};
  const doc = await store.get(lastId).catch(() => undefined);
  if ((await store.getSetting<string>(OPENING)) === lastId && left !== lastId) {
    await store.setSetting('openDocument', null);
    await store.setSetting(OPENING, null);
    return { crashed: doc?.title ?? lastId };
  }
  return { doc };
}

export function App({ dbName }: { dbName?: string }) {
  const { t } = useTranslation();
  const [services, setServices] = useState<Services | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [doc, setDoc] = useState<SignpostDocument | null>(null);
  /** Something to tell the user once the document is open (a board's web-only pictures). */
  const [notice, setNotice] = useState<string | null>(null);
  /** The title of a document that crashed the tab last time, so was not reopened. */
  const [startNotice, setStartNotice] = useState<string | null>(null);
  /** What the editor last showed, for the recovery screen (it may not be saved yet). */
  const latest = useRef<SignpostDocument | null>(null);
  /** The document still opening (the editor has not drawn it yet). */
  const opening = useRef<string | null>(null);

  useEffect(() => {
    // a reload or a closed tab while the document is still opening is not a crash
    const left = () => opening.current && markLeftWhileOpening(opening.current);
    window.addEventListener('pagehide', left);
    return () => window.removeEventListener('pagehide', left);
  }, []);

  useEffect(() => {
    let alive = true;
    createServices(dbName).then(
      async (s) => {
        if (!alive) return;
        // reopen the document that was open when the tab closed, unless it crashed the tab
        const { doc: last, crashed } = await documentToReopen(s.store);
        if (!alive) return;
        setServices(s);
        if (crashed) setStartNotice(crashed);
        if (last) {
          opening.current = last.id;
          await s.store.setSetting(OPENING, last.id);
          setDoc(last);
        }
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
    void services.store.setSetting(OPENING, d?.id ?? null);
    opening.current = d?.id ?? null;
    latest.current = d;
    setNotice(note ?? null);
    setDoc(d);
  };

  return (
    <ServicesContext.Provider value={services}>
      {doc ? (
        <ErrorBoundary
          key={doc.id}
          onError={() => void services.store.setSetting('openDocument', null)}
          fallback={(error) => <RecoveryScreen error={error} doc={latest.current ?? doc} onHome={() => open(null)} />}
        >
          <Suspense fallback={<p className="app-message">{t('app.loading')}</p>}>
            <EditorScreen
              initial={doc}
              notice={notice}
              latest={latest}
              onReady={() => {
                opening.current = null;
                void services.store.setSetting(OPENING, null);
              }}
              onClose={() => open(null)}
              onOpen={open}
            />
          </Suspense>
        </ErrorBoundary>
      ) : (
        <Home onOpen={open} />
      )}
      {startNotice && <ErrorDialog titleKey="recovery.notReopenedTitle" message={t('recovery.notReopened', { title: startNotice })} onClose={() => setStartNotice(null)} />}
    </ServicesContext.Provider>
  );
}
