/** Symbol packs: import one (zip or folder) after a preview, turn packs on or off, remove them. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analysePack, filesOfZip, PackError, type PackAnalysis, type PackFile, type PackOptions } from '../storage/packReader';
import { creditOf, normalisePack, packCredit, type Pack } from '../model/pack';
import { RefusedWriteError, StorageFullError } from '../storage/db';
import { useServices, type Services } from './services';
import { checkPack, packFrom, type CheckedPictures } from './packImport';
import { PackPreview } from './PackPreview';
import { Icon } from './Icon';

interface Pending {
  files: PackFile[];
  analysis: PackAnalysis;
  name: string;
  /** The credit printed on exports, from the licence, as the user confirms or corrects it. */
  credit: string;
  confirmed: boolean;
  /** Pictures checked so far (sanitised SVG, decoded PNG/JPEG), by path. */
  checked: CheckedPictures;
}

export function PacksDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [packs, setPacks] = useState<Pack[]>(() => services.library.packList());
  const [message, setMessage] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const refresh = () => {
    setPacks(services.library.packList());
    onChanged();
  };
  const importer = usePackImport(refresh, setMessage);

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="packs-title" className="dialog wide">
        <div className="dialog-head">
          <h2 id="packs-title">{t('packs.title')}</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            {t('profile.close')}
          </button>
        </div>
        <p className="muted">{t('packs.intro')}</p>
        {packs.length === 0 && <p className="muted">{t('packs.none_yet')}</p>}
        <PackList packs={packs} onChanged={refresh} />
        <PackSources onZip={(f) => void importer.fromZip(f)} onFolder={(fs) => void importer.fromFolder(fs)} />
        {importer.pending && <PendingPack importer={importer} pending={importer.pending} />}
        {message && (
          <p role="alert" className="notice">
            {message}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * Importing a pack: read a zip or folder, preview it while its pictures are checked, then store
 * it once the licence is confirmed. `onImported` runs after a pack is stored; `say` shows a
 * message (or clears it with null).
 */
function usePackImport(onImported: () => void, say: (message: string | null) => void) {
  const { t } = useTranslation();
  const services = useServices();
  const [pending, setPending] = useState<Pending | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  // the newest reading wins: a check still running for an earlier choice is not shown
  const generation = useRef(0);
  /** Checks the pictures not checked yet, before anything is stored, so the preview can list unreadable ones. */
  const check = async (p: Pending) => {
    const mine = ++generation.current;
    setPending(p);
    const todo = p.analysis.entries.filter((e) => !p.checked.has(e.path)).length;
    if (!todo) return;
    setProgress({ done: 0, total: todo });
    const checked = await checkPack(p.files, p.analysis, (done, total) => mine === generation.current && setProgress({ done, total }), p.checked);
    if (mine !== generation.current) return;
    setProgress(null);
    setPending((cur) => (cur && cur.analysis === p.analysis ? { ...cur, checked } : cur));
  };
  const analyse = (files: PackFile[], name: string) => {
    try {
      const analysis = analysePack(files, name);
      say(null);
      void check({ files, analysis, name, credit: analysis.licence ? creditOf(analysis.licence) : '', confirmed: false, checked: new Map() });
    } catch (e) {
      say(t(e instanceof PackError && e.code === 'empty' ? 'packs.empty' : 'packs.damaged'));
    }
  };
  const fromZip = async (f: File) => {
    try {
      analyse(filesOfZip(new Uint8Array(await f.arrayBuffer())), f.name.replace(/\.zip$/i, ''));
    } catch (e) {
      say(t(e instanceof PackError && e.code === 'too-large' ? 'packs.tooLarge' : 'packs.damaged'));
    }
  };
  const fromFolder = async (list: File[]) => {
    const files = await Promise.all(list.map(async (f) => ({ path: (f.webkitRelativePath || f.name).split('/').slice(1).join('/') || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    analyse(files, (list[0]?.webkitRelativePath || 'pack').split('/')[0]);
  };
  const reread = (options: PackOptions) => pending && void check({ ...pending, analysis: analysePack(pending.files, pending.name, options) });
  const cancel = () => {
    generation.current++;
    setProgress(null);
    setPending(null);
  };
  const checking = !!pending && pending.analysis.entries.some((e) => !pending.checked.has(e.path));
  const store = async () => {
    if (!pending || checking || !pending.confirmed || !pending.credit.trim()) return;
    const stored = await storePack(services, pending);
    if (typeof stored === 'string') return say(t(stored));
    setPending(null);
    // left out: pictures found that did not become symbols (a word-list row without a picture is no picture)
    say(t('packs.done', { count: stored.symbols.length, skipped: Math.max(0, pending.analysis.images - stored.symbols.length) }));
    onImported();
  };
  return { pending, setPending, progress, checking, fromZip, fromFolder, reread, cancel, store };
}

/** Builds the pack from its checked pictures and stores it; the i18n key of what went wrong if it could not be stored. */
async function storePack(services: Services, pending: Pending): Promise<Pack | string> {
  const a = pending.analysis;
  const built = packFrom(a, pending.checked, pending.name.trim(), pending.credit.trim(), { licence: a.licence, language: a.language || undefined });
  const { pack } = normalisePack(built.pack);
  try {
    await services.store.putPack(pack);
  } catch (e) {
    return e instanceof RefusedWriteError ? 'status.refused' : e instanceof StorageFullError ? 'status.full' : 'status.error';
  }
  services.library.addPack(pack);
  services.attributions.set(pack.id, packCredit(pack) || pack.name);
  return pack;
}

/** The packs kept on this device: each turned on or off, or removed. */
function PackList({ packs, onChanged }: { packs: Pack[]; onChanged: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const toggle = async (p: Pack) => {
    const next = { ...p, enabled: !p.enabled };
    await services.store.putPack(next);
    services.library.addPack(next);
    onChanged();
  };
  const remove = async (p: Pack) => {
    if (!window.confirm(t('packs.confirmRemove', { name: p.name }))) return;
    await services.store.deletePack(p.id);
    services.library.removePack(p.id);
    onChanged();
  };
  return (
    <ul className="vocab-list">
      {packs.map((p) => (
        <li key={p.id}>
          <label className="check">
            <input type="checkbox" checked={p.enabled} onChange={() => void toggle(p)} /> {t('packs.entry', { name: p.name, count: p.symbols.length })}
          </label>
          <button type="button" onClick={() => void remove(p)} aria-label={t('packs.remove', { name: p.name })}>
            <Icon name="trash" />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** Where a new pack comes from: a zip, or a folder. */
function PackSources({ onZip, onFolder }: { onZip: (f: File) => void; onFolder: (files: File[]) => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <label className="file-button">
        <input type="file" accept=".zip,application/zip" className="visually-hidden" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) onZip(f); }} />
        <Icon name="open" /> {t('packs.zip')}
      </label>
      <label className="file-button">
        <input type="file" className="visually-hidden" {...{ webkitdirectory: '', directory: '' }} multiple onChange={(e) => { const fs = [...(e.target.files ?? [])]; e.target.value = ''; if (fs.length) onFolder(fs); }} />
        <Icon name="open" /> {t('packs.folder')}
      </label>
    </div>
  );
}

/** The pack being imported: its preview, the progress of the check, and import or cancel. */
function PendingPack({ importer, pending }: { importer: ReturnType<typeof usePackImport>; pending: Pending }) {
  const { t } = useTranslation();
  const { setPending, progress, checking } = importer;
  const usable = pending.analysis.entries.filter((e) => pending.checked.get(e.path)).length;
  return (
    <section aria-labelledby="preview-h" className="profile-section pack-preview">
      <h3 id="preview-h">{t('packs.preview')}</h3>
      <PackPreview
        analysis={pending.analysis}
        checked={pending.checked}
        name={pending.name}
        credit={pending.credit}
        confirmed={pending.confirmed}
        onName={(name) => setPending({ ...pending, name })}
        onCredit={(credit) => setPending({ ...pending, credit, confirmed: pending.confirmed && !!credit.trim() })}
        onConfirm={(confirmed) => setPending({ ...pending, confirmed })}
        onOptions={importer.reread}
      />
      {progress && (
        <p role="status" className="progress">
          <progress max={progress.total} value={progress.done} aria-label={t('packs.progress', progress)} /> {t('packs.progress', progress)}
        </p>
      )}
      <div className="button-row">
        <button type="button" onClick={importer.cancel}>
          {t('profile.cancel')}
        </button>
        <button type="button" className="primary" disabled={checking || !pending.confirmed || !pending.credit.trim() || !pending.name.trim() || usable === 0} onClick={() => void importer.store()}>
          {t('packs.import', { count: usable })}
        </button>
      </div>
    </section>
  );
}
