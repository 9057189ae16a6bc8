/** The home screen: the documents kept on this device, and the young people they are for. */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
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
import { useProfiles } from './profileStore';
// loaded when first opened, as from the editor
const ProfilesDialog = lazy(() => import('./ProfilesDialog').then((m) => ({ default: m.ProfilesDialog })));

export function Home({ onOpen }: { onOpen: (d: SignpostDocument, note?: string) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const { store } = services;
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SignpostDocument | null>(null);
  const profiles = useProfiles(services.profiles);
  /** Show only the documents made for this profile; null shows them all. */
  const [forProfile, setForProfile] = useState<string | null>(null);
  const [managing, setManaging] = useState(false);

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
  const nameOf = (id: string) => profiles.find((p) => p.id === id)?.name;
  const chosen = forProfile ? (profiles.find((p) => p.id === forProfile) ?? null) : null;
  const shown = chosen ? docs?.filter((d) => d.profileId === chosen.id) : docs;

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
          <button type="button" onClick={() => setManaging(true)} aria-haspopup="dialog">
            {t('profile.manage')}
          </button>
          <LanguageSwitch />
        </div>
      </header>
      <section className="home-people" aria-labelledby="people-h">
        <h2 id="people-h">{t('home.people')}</h2>
        {profiles.length === 0 ? (
          <p className="muted">{t('home.noProfiles')}</p>
        ) : (
          <ul className="people">
            {profiles.map((p) => (
              <li key={p.id}>
                <button type="button" aria-pressed={forProfile === p.id} onClick={() => setForProfile(forProfile === p.id ? null : p.id)}>
                  <bdi>{p.name}</bdi> <span className="muted">{t('home.documentCount', { count: docs?.filter((d) => d.profileId === p.id).length ?? 0 })}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <h2>{chosen ? t('home.documentsFor', { name: chosen.name }) : t('home.title')}</h2>
      {chosen && (
        <p>
          <button type="button" className="link" onClick={() => setForProfile(null)}>
            {t('home.allDocuments')}
          </button>
        </p>
      )}
      <p className="muted">{t('home.storageNote')}</p>
      {docs && docs.length === 0 && <p className="empty-state">{t('home.empty')}</p>}
      {chosen && docs && docs.length > 0 && shown?.length === 0 && <p className="empty-state">{t('home.noneFor', { name: chosen.name })}</p>}
      <ul className="doc-grid">
        {shown?.map((d) => (
          <li key={d.id} className="doc-card">
            <button type="button" className="doc-open" onClick={() => void open(d.id)} aria-label={`${t('home.open')}: ${d.title}`}>
              {d.thumbnail ? <img src={d.thumbnail} alt={t('home.thumbnailOf', { title: d.title })} /> : <span className="doc-blank" />}
              <bdi className="doc-title">{d.title}</bdi>
              {d.profileId && <span className="doc-for">{nameOf(d.profileId) ? t('home.madeFor', { name: nameOf(d.profileId) }) : t('home.madeForMissing')}</span>}
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
      {choosing && <TemplateGallery initialProfileId={chosen?.id} onCreate={(d) => void create(d)} onCancel={() => setChoosing(false)} />}
      {managing && (
        <Suspense fallback={null}>
          <ProfilesDialog
            initialId={forProfile}
            onClose={() => {
              setManaging(false);
              void refresh();
            }}
          />
        </Suspense>
      )}
    </main>
  );
}
