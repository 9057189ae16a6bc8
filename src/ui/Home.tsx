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
import type { Profile } from '../model/profile';
// loaded when first opened, as from the editor
const ProfilesDialog = lazy(() => import('./ProfilesDialog').then((m) => ({ default: m.ProfilesDialog })));

export function Home({ onOpen }: { onOpen: (d: SignpostDocument, note?: string) => void }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const profiles = useProfiles(services.profiles);
  const list = useDocumentList();
  const { docs } = list;
  const [error, setError] = useState<string | null>(null);
  /** Show only the documents made for this profile; null shows them all. */
  const [forProfile, setForProfile] = useState<string | null>(null);
  const [managing, setManaging] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const [renaming, setRenaming] = useState<DocumentSummary | null>(null);
  const create = async (doc: SignpostDocument) => {
    setChoosing(false);
    await services.store.put(doc);
    onOpen(doc);
  };
  const { openFile, dialog: passwordDialog } = useOpenFile(
    services,
    (doc, notes) => onOpen(doc, boardNotice(t, notes, i18n.language)),
    (key) => setError(t(key)),
  );
  const open = async (id: string) => {
    const doc = await services.store.get(id).catch(() => undefined);
    if (doc) onOpen(doc);
    else {
      setError(t('errors.damaged'));
      void list.refresh(); // a damaged one has been set aside: show it there
    }
  };
  const chosen = forProfile ? (profiles.find((p) => p.id === forProfile) ?? null) : null;
  const shown = chosen ? docs?.filter((d) => d.profileId === chosen.id) : docs;

  return (
    <main className="home">
      <HomeHeader onNew={() => setChoosing(true)} onFile={(f) => void openFile(f)} onManage={() => setManaging(true)} />
      <People profiles={profiles} docs={docs} forProfile={forProfile} onFor={setForProfile} />
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
      <DocumentGrid docs={shown} onOpen={(id) => void open(id)} onRename={setRenaming} onDuplicate={(d) => void list.duplicate(d)} onDelete={(d) => void list.remove(d)} />
      {docs && <QuarantineList store={services.store} version={list.listed} />}
      {list.deleted && <DeletedToast title={list.deleted.title} onUndo={() => void list.undoDelete()} />}
      {error && <ErrorDialog message={error} onClose={() => setError(null)} />}
      {passwordDialog}
      {renaming && (
        <RenameDialog
          title={renaming.title}
          onRename={(title) => {
            setRenaming(null);
            void list.rename(renaming, title);
          }}
          onCancel={() => setRenaming(null)}
        />
      )}
      {choosing && <TemplateGallery initialProfileId={chosen?.id} onCreate={(d) => void create(d)} onCancel={() => setChoosing(false)} />}
      {managing && (
        <Suspense fallback={null}>
          <ProfilesDialog
            initialId={forProfile}
            onClose={() => {
              setManaging(false);
              void list.refresh();
            }}
          />
        </Suspense>
      )}
    </main>
  );
}

/**
 * The documents kept on this device, and what can be done to them from the home screen.
 * Listing may set damaged documents aside, so `listed` counts the refreshes for the quarantine list.
 */
function useDocumentList() {
  const { t } = useTranslation();
  const { store } = useServices();
  const [docs, setDocs] = useState<DocumentSummary[] | null>(null);
  const [listed, setListed] = useState(0);
  const [deleted, setDeleted] = useState<SignpostDocument | null>(null);
  const refresh = useCallback(
    () =>
      store.list().then((d) => {
        setDocs(d);
        setListed((n) => n + 1);
      }),
    [store],
  );
  useEffect(() => void refresh(), [refresh]);
  const rename = async (d: DocumentSummary, title: string) => {
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
  return { docs, listed, deleted, refresh, rename, duplicate, remove, undoDelete };
}

function HomeHeader({ onNew, onFile, onManage }: { onNew: () => void; onFile: (f: File) => void; onManage: () => void }) {
  const { t } = useTranslation();
  return (
    <header className="home-header">
      <h1>
        <img src={`${import.meta.env.BASE_URL}favicon.svg`} alt="" width={32} height={32} /> {t('app.name')}
      </h1>
      <div className="home-actions">
        <button type="button" className="primary" onClick={onNew} aria-haspopup="dialog">
          <Icon name="plus" /> {t('home.newDocument')}
        </button>
        <OpenFileButton onFile={onFile} labelKey="home.openFile" />
        <button type="button" onClick={onManage} aria-haspopup="dialog">
          {t('profile.manage')}
        </button>
        <LanguageSwitch />
      </div>
    </header>
  );
}

/** The young people, each a switch that shows only the documents made for them. */
function People({ profiles, docs, forProfile, onFor }: { profiles: readonly Profile[]; docs: DocumentSummary[] | null; forProfile: string | null; onFor: (id: string | null) => void }) {
  const { t } = useTranslation();
  return (
    <section className="home-people" aria-labelledby="people-h">
      <h2 id="people-h">{t('home.people')}</h2>
      {profiles.length === 0 ? (
        <p className="muted">{t('home.noProfiles')}</p>
      ) : (
        <ul className="people">
          {profiles.map((p) => (
            <li key={p.id}>
              <button type="button" aria-pressed={forProfile === p.id} onClick={() => onFor(forProfile === p.id ? null : p.id)}>
                <bdi>{p.name}</bdi> <span className="muted">{t('home.documentCount', { count: docs?.filter((d) => d.profileId === p.id).length ?? 0 })}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

interface DocumentActions {
  onOpen: (id: string) => void;
  onRename: (d: DocumentSummary) => void;
  onDuplicate: (d: DocumentSummary) => void;
  onDelete: (d: DocumentSummary) => void;
}

function DocumentGrid({ docs, ...actions }: { docs: DocumentSummary[] | null | undefined } & DocumentActions) {
  const { i18n } = useTranslation();
  const profiles = useProfiles(useServices().profiles);
  const fmt = new Intl.DateTimeFormat(dateLocale(i18n.language), { dateStyle: 'medium', timeStyle: 'short' });
  const nameOf = (id: string) => profiles.find((p) => p.id === id)?.name;
  return (
    <ul className="doc-grid">
      {docs?.map((d) => (
        <DocumentCard key={d.id} d={d} forName={d.profileId ? (nameOf(d.profileId) ?? null) : undefined} edited={fmt.format(new Date(d.updatedAt))} {...actions} />
      ))}
    </ul>
  );
}

/** One document: its thumbnail, title, who it is for and when it was edited, and what can be done to it. */
function DocumentCard({ d, forName, edited, onOpen, onRename, onDuplicate, onDelete }: { d: DocumentSummary; forName: string | null | undefined; edited: string } & DocumentActions) {
  const { t } = useTranslation();
  return (
    <li className="doc-card">
      <button type="button" className="doc-open" onClick={() => onOpen(d.id)} aria-label={`${t('home.open')}: ${d.title}`}>
        {d.thumbnail ? <img src={d.thumbnail} alt={t('home.thumbnailOf', { title: d.title })} /> : <span className="doc-blank" />}
        <bdi className="doc-title">{d.title}</bdi>
        {forName !== undefined && <span className="doc-for">{forName ? t('home.madeFor', { name: forName }) : t('home.madeForMissing')}</span>}
        <span className="muted">{t('home.edited', { date: edited })}</span>
      </button>
      <div className="doc-actions">
        <button type="button" onClick={() => onRename(d)} aria-label={`${t('home.rename')}: ${d.title}`} aria-haspopup="dialog">
          {t('home.rename')}
        </button>
        <button type="button" onClick={() => onDuplicate(d)} aria-label={`${t('home.duplicate')}: ${d.title}`}>
          {t('home.duplicate')}
        </button>
        <button type="button" onClick={() => onDelete(d)} aria-label={`${t('home.delete')}: ${d.title}`}>
          {t('home.delete')}
        </button>
      </div>
    </li>
  );
}

function DeletedToast({ title, onUndo }: { title: string; onUndo: () => void }) {
  const { t } = useTranslation();
  return (
    <div className="toast" role="status">
      {t('home.deleted', { title })}{' '}
      <button type="button" onClick={onUndo}>
        {t('home.undoDelete')}
      </button>
    </div>
  );
}
