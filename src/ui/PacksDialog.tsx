/** Symbol packs: import one (zip or folder) after a preview, turn packs on or off, remove them. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { analysePack, filesOfZip, PackError, type ColumnMapping, type PackAnalysis, type PackFile, type PackProblem } from '../storage/packReader';
import { creditOf, normalisePack, PACK_LIMITS, type Pack } from '../model/pack';
import { RefusedWriteError, StorageFullError } from '../storage/db';
import { LimitNote } from './LimitFields';
import { useServices } from './services';
import { importPack } from './packImport';
import { Icon } from './Icon';

interface Pending {
  files: PackFile[];
  analysis: PackAnalysis;
  name: string;
  attribution: string;
  /** Pictures checked and ready (sanitised SVG, decoded PNG/JPEG), once the check has run. */
  checked?: { pack: Pack; problems: PackProblem[]; normalised: number };
}

export function PacksDialog({ onClose, onChanged }: { onClose: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const services = useServices();
  const [packs, setPacks] = useState<Pack[]>(() => services.library.packList());
  const [pending, setPending] = useState<Pending | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);

  const refresh = () => {
    setPacks(services.library.packList());
    onChanged();
  };
  /** Checks every picture before anything is stored, so the preview can list unreadable ones. */
  const check = async (p: Pending) => {
    setPending(p);
    setProgress({ done: 0, total: p.analysis.entries.length });
    const checked = await importPack(p.files, p.analysis, p.name, p.attribution, (done, total) => setProgress({ done, total }));
    setProgress(null);
    setPending({ ...p, checked });
  };
  const analyse = (files: PackFile[], name: string) => {
    try {
      const analysis = analysePack(files, name);
      setMessage(null);
      void check({ files, analysis, name, attribution: analysis.licence ? creditOf(analysis.licence) : '' });
    } catch (e) {
      setMessage(t(e instanceof PackError && e.code === 'empty' ? 'packs.empty' : 'packs.damaged'));
    }
  };
  const fromZip = async (f: File) => {
    try {
      analyse(filesOfZip(new Uint8Array(await f.arrayBuffer())), f.name.replace(/\.zip$/i, ''));
    } catch (e) {
      setMessage(t(e instanceof PackError && e.code === 'too-large' ? 'packs.tooLarge' : 'packs.damaged'));
    }
  };
  const fromFolder = async (list: File[]) => {
    const files = await Promise.all(list.map(async (f) => ({ path: (f.webkitRelativePath || f.name).split('/').slice(1).join('/') || f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
    analyse(files, (list[0]?.webkitRelativePath || 'pack').split('/')[0]);
  };
  const remap = (m: ColumnMapping) => pending && void check({ ...pending, checked: undefined, analysis: analysePack(pending.files, pending.name, { wordList: pending.analysis.wordList, mapping: m }) });
  const doImport = async () => {
    if (!pending?.checked) return;
    const { problems } = pending.checked;
    const { pack } = normalisePack({ ...pending.checked.pack, name: pending.name.trim(), attribution: pending.attribution.trim() });
    try {
      await services.store.putPack(pack);
    } catch (e) {
      setMessage(t(e instanceof RefusedWriteError ? 'status.refused' : e instanceof StorageFullError ? 'status.full' : 'status.error'));
      return;
    }
    services.library.addPack(pack);
    services.attributions.set(pack.id, pack.attribution || pack.name);
    setPending(null);
    setMessage(t('packs.done', { count: pack.symbols.length, skipped: problems.length + pending.analysis.problems.length }));
    refresh();
  };
  const toggle = async (p: Pack) => {
    const next = { ...p, enabled: !p.enabled };
    await services.store.putPack(next);
    services.library.addPack(next);
    refresh();
  };
  const remove = async (p: Pack) => {
    if (!window.confirm(t('packs.confirmRemove', { name: p.name }))) return;
    await services.store.deletePack(p.id);
    services.library.removePack(p.id);
    refresh();
  };

  const a = pending?.analysis;
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
        <div className="button-row">
          <label className="file-button">
            <input type="file" accept=".zip,application/zip" className="visually-hidden" onChange={(e) => { const f = e.target.files?.[0]; e.target.value = ''; if (f) void fromZip(f); }} />
            <Icon name="open" /> {t('packs.zip')}
          </label>
          <label className="file-button">
            <input type="file" className="visually-hidden" {...{ webkitdirectory: '', directory: '' }} multiple onChange={(e) => { const fs = [...(e.target.files ?? [])]; e.target.value = ''; if (fs.length) void fromFolder(fs); }} />
            <Icon name="open" /> {t('packs.folder')}
          </label>
        </div>
        {a && pending && (
          <section aria-labelledby="preview-h" className="profile-section">
            <h3 id="preview-h">{t('packs.preview')}</h3>
            {pending.checked && (
              <p role="status">
                {t('packs.counts', {
                  images: a.images,
                  ready: pending.checked.pack.symbols.length,
                  withWords: pending.checked.pack.symbols.filter((e) => e.keywords.length).length,
                  problems: a.problems.length + pending.checked.problems.length,
                })}
              </p>
            )}
            <label className="field">
              {t('packs.name')}
              <input type="text" value={pending.name} maxLength={PACK_LIMITS.name} onChange={(e) => setPending({ ...pending, name: e.target.value })} />
              <LimitNote length={pending.name.length} max={PACK_LIMITS.name} />
            </label>
            <label className="field">
              {t('packs.attribution')}
              <input type="text" value={pending.attribution} maxLength={PACK_LIMITS.attribution} onChange={(e) => setPending({ ...pending, attribution: e.target.value })} />
              <LimitNote length={pending.attribution.length} max={PACK_LIMITS.attribution} />
            </label>
            {pending.checked && pending.checked.normalised > 0 && (
              <p className="muted" role="status">
                {t('packs.normalised', { count: pending.checked.normalised })}
              </p>
            )}
            {a.columns.length > 0 && (
              <div className="button-row">
                {(['file', 'label', 'tags', 'category'] as const).map((k) => (
                  <label key={k} className="field inline">
                    {t(`packs.column.${k}`)}
                    <select value={a.mapping[k]} onChange={(e) => remap({ ...a.mapping, [k]: e.target.value })}>
                      <option value="">{t('packs.none')}</option>
                      {a.columns.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </select>
                  </label>
                ))}
              </div>
            )}
            {a.problems.length + (pending.checked?.problems.length ?? 0) > 0 && (
              <ul className="findings">
                {[...a.problems, ...(pending.checked?.problems ?? [])].slice(0, 20).map((p, i) => (
                  <li key={i}>{t(`packs.problem.${p.kind}`, { name: p.name })}</li>
                ))}
              </ul>
            )}
            {progress ? (
              <p role="status" className="progress">
                <progress max={progress.total} value={progress.done} aria-label={t('packs.progress', progress)} /> {t('packs.progress', progress)}
              </p>
            ) : (
              <div className="button-row">
                <button type="button" onClick={() => setPending(null)}>
                  {t('profile.cancel')}
                </button>
                <button type="button" className="primary" disabled={!pending.checked?.pack.symbols.length || !pending.name.trim()} onClick={() => void doImport()}>
                  {t('packs.import', { count: pending.checked?.pack.symbols.length ?? 0 })}
                </button>
              </div>
            )}
          </section>
        )}
        {message && (
          <p role="alert" className="notice">
            {message}
          </p>
        )}
      </div>
    </div>
  );
}
