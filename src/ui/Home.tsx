/** The home screen: the documents kept on this device. */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../i18n';
import { newId } from '../model/ids';
import { LIMITS, type SignpostDocument } from '../model/schema';
import { QuarantineList } from './QuarantineList';
import type { DocumentSummary } from '../storage/db';
import { useServices } from './services';
import { OpenFileButton } from './OpenFileButton';
import { useOpenFile } from './PdfPasswordDialog';
import { boardNotice } from './openUserFile';
import { ErrorDialog } from './ErrorDialog';
import { Icon } from './Icon';
import { TemplateGallery } from './TemplateGallery';
import { RenameDialog } from './RenameDialog';
import { LanguageSwitch } from './LanguageSwitch';

export function Home({ onOpen }: { onOpen: (d: SignpostDocument, note?: string) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { store } = services;
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SignpostDocument | null>(null);

  // listing may set damaged documents aside, so the quarantine list follows each refresh
  const [listed, setListed] = useState(0);
  const refresh = useCallback(
    () =>
      store.list().then((d) => {
        setDocs(d);
        setListed((n) => n + 1);
      }),
    [store],
  );
  useEffect(() => void refresh(), [refresh]);

  const [choosing, setChoosing] = useState(false);
  const create = async (doc: SignpostDocument) => {
    setChoosing(false);
    await store.put(doc);
    onOpen(doc);
  };
  const { openFile, dialog: passwordDialog } = useOpenFile(
    services,
    (doc, notes) => onOpen(doc, boardNotice(t, notes, i18n.language)),
    (key) => setError(t(key)),
  );
  const open = async (id: string) => {
    const doc = await store.get(id).catch(() => undefined);
    if (doc) onOpen(doc);
    else {
      setError(t('errors.damaged'));
      void refresh(); // a damaged one has been set aside: show it there
    }
  };
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const rename = async (d: DocumentSummary, title: string) => {
    setRenaming(null);
    const doc = await store.get(d.id);
    if (!doc) return;
    await store.put({ ...doc, title: title.trim() || t('home.untitled'), updatedAt: new Date().toISOString() });
    void refresh();
  };
  const duplicate = async (d: DocumentSummary) => {
    const doc = await store.get(d.id);
    if (!doc) return;
    const now = new Date().toISOString();
    await store.put({ ...doc, id: newId('d'), title: t('home.copyOf', { title: doc.title }).slice(0, LIMITS.title), createdAt: now, updatedAt: now }, d.thumbnail);
    void refresh();
  };
  const remove = async (d: DocumentSummary) => {
    const doc = await store.get(d.id);
    await store.delete(d.id);
    setDeleted(doc ?? null);
    void refresh();
  };
  const undoDelete = async () => {
    if (!deleted) return;
    await store.put(deleted);
    setDeleted(null);
    void refresh();
  };
  const fmt = new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <main className="home">
      <header className="home-header">
        <h1>
          <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={32} height={32} /> {t('app.name')}
        </h1>
        <div className="home-actions">
          <button type="button" className="primary" onClick={() => setChoosing(true)} aria-haspopup="dialog">
            <Icon name="plus" /> {t('home.newDocument')}
          </button>
          <OpenFileButton onFile={(f) => void openFile(f)} labelKey="home.openFile" />
          <LanguageSwitch />
        </div>
      </header>
      <h2>{t('home.title')}</h2>
      <p className="muted">{t('home.storageNote')}</p>
      {docs && docs.length === 0 && <p className="empty-state">{t('home.empty')}</p>}
      <ul className="doc-grid">
        {docs?.map((d) => (
          <li key={d.id} className="doc-card">
            <button type="button" className="doc-open" onClick={() => void open(d.id)} aria-label={`${t('home.open')}: ${d.title}`}>
              {d.thumbnail ? <img src={d.thumbnail} alt={t('home.thumbnailOf', { title: d.title })} /> : <span className="doc-blank" />}
              <bdi className="doc-title">{d.title}</bdi>
              <span className="muted">{t('home.edited', { date: fmt.format(new Date(d.updatedAt)) })}</span>
            </button>
            <div className="doc-actions">
              <button type="button" onClick={() => setRenaming(d)} aria-label={`${t('home.rename')}: ${d.title}`} aria-haspopup="dialog">
                {t('home.rename')}
              </button>
              <button type="button" onClick={() => void duplicate(d)} aria-label={`${t('home.duplicate')}: ${d.title}`}>
                {t('home.duplicate')}
              </button>
              <button type="button" onClick={() => void remove(d)} aria-label={`${t('home.delete')}: ${d.title}`}>
                {t('home.delete')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {docs && <QuarantineList store={store} version={listed} />}
      {deleted && (
        <div className="toast" role="status">
          {t('home.deleted', { title: deleted.title })}{' '}
          <button type="button" onClick={() => void undoDelete()}>
            {t('home.undoDelete')}
          </button>
        </div>
      )}
      {error && <ErrorDialog message={error} onClose={() => setError(null)} />}
      {passwordDialog}
      {renaming && <RenameDialog title={renaming.title} onRename={(title) => void rename(renaming, title)} onCancel={() => setRenaming(null)} />}
      {choosing && <TemplateGallery onCreate={(d) => void create(d)} onCancel={() => setChoosing(false)} />}
    </main>
  );
}
