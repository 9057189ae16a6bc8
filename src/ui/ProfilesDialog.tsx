/** Managing communication profiles: list, new, import, edit, save as a file, passport, delete. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createProfile, type Profile } from '../model/profile';
import { newId } from '../model/ids';
import { NeedsPassphraseError, readProfileFile, writeProfileFile } from '../storage/profileFile';
import { WrongPassphraseError } from '../storage/protect';
import { useServices } from './services';
import { useProfiles } from './profileStore';
import { ProfileEditor } from './ProfileEditor';
import { downloadBytes, openErrorKey, safeFileName } from './fileIo';
import { exportPassportPdf } from './exportClient';
import { Icon } from './Icon';
import { dateLocale } from '../i18n';
import { languageLabel } from './languages';

export function ProfilesDialog({ onClose, initialId }: { onClose: () => void; initialId?: string | null }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const profiles = useProfiles(services.profiles);
  const [currentId, setCurrentId] = useState<string | null>(initialId ?? profiles[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const [passphrase, setPassphrase] = useState('');
  const [pendingImport, setPendingImport] = useState<Uint8Array | null>(null);
  const [importPass, setImportPass] = useState('');
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const current = profiles.find((p) => p.id === currentId) ?? null;

  const save = (p: Profile) => void services.profiles.put(p).catch(() => setError(t('status.full')));
  const create = () => {
    const p = createProfile(t('profile.newName'));
    save(p);
    setCurrentId(p.id);
  };
  const importBytes = async (bytes: Uint8Array, pass?: string) => {
    try {
      let p = await readProfileFile(bytes, pass);
      if (profiles.some((x) => x.id === p.id)) p = { ...p, id: newId('y') };
      save(p);
      setCurrentId(p.id);
      setPendingImport(null);
      setImportPass('');
    } catch (e) {
      if (e instanceof NeedsPassphraseError) setPendingImport(bytes);
      else if (e instanceof WrongPassphraseError) setError(t('profile.wrongPassphrase'));
      else setError(t(openErrorKey(e)));
    }
  };
  const remove = async (p: Profile) => {
    // say how many documents were made for them: they stay, and find the profile again if its file is imported
    const made = (await services.store.list()).filter((d) => d.profileId === p.id).length;
    const ask = t('profile.confirmDelete', { name: p.name }) + (made ? `\n\n${t('profile.deleteDocuments', { count: made, name: p.name })}` : '');
    if (!window.confirm(ask)) return;
    await services.profiles.remove(p.id);
    setCurrentId(null);
  };
  const exportFile = async (p: Profile) => {
    downloadBytes(await writeProfileFile(p, passphrase || undefined), `${safeFileName(p.name)}.profile.json`, 'application/json');
  };
  const passport = async (p: Profile) => {
    try {
      const reading = [t(`profile.passportLevel.${p.readingLevel}`), t(`profile.passportSupport.${p.readingSupport}`), p.symbolStyle === 'black' ? t('profile.passportOutline') : '', p.notes.reading?.trim() ?? ''];
      const made = new Intl.DateTimeFormat(dateLocale(i18n.language), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
      const bytes = await exportPassportPdf(services, p, {
        title: t('profile.passportTitle'),
        name: t('profile.passportName', { name: p.name }),
        likes: t('profile.likes'),
        helpMe: t('profile.helpMe'),
        dont: t('profile.dont'),
        words: t('profile.passportWords'),
        languages: t('profile.passportLanguages'),
        languageNames: p.languages.map((l) => languageLabel(l, i18n.language)).join(', '),
        reading: t('profile.passportReading'),
        readingText: reading.filter(Boolean).join(' '),
        avoid: t('profile.passportAvoid'),
        contact: t('profile.passportContact'),
        made: t('profile.passportMade', { date: made }),
      });
      downloadBytes(bytes, `${safeFileName(p.name)} passport.pdf`, 'application/pdf');
    } catch (e) {
      setError(t('errors.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && !error && onClose()}>
      <div role="dialog" aria-modal="true" aria-labelledby="profiles-title" className="dialog wide">
        <div className="dialog-head">
          <h2 id="profiles-title">{t('profile.title')}</h2>
          <button ref={closeRef} type="button" onClick={onClose}>
            {t('profile.close')}
          </button>
        </div>
        <p className="muted">{t('profile.intro')}</p>
        <div className="profiles-body">
          <nav aria-label={t('profile.list')} className="profile-list">
            <button type="button" className="primary" onClick={create}>
              <Icon name="plus" /> {t('profile.new')}
            </button>
            <label className="file-button">
              <input
                type="file"
                accept=".json,application/json"
                className="visually-hidden"
                onChange={async (e) => {
                  const f = e.target.files?.[0];
                  e.target.value = '';
                  if (f) await importBytes(new Uint8Array(await f.arrayBuffer()));
                }}
              />
              <Icon name="open" /> {t('profile.import')}
            </label>
            {profiles.length === 0 && <p className="muted">{t('profile.empty')}</p>}
            <ul>
              {profiles.map((p) => (
                <li key={p.id}>
                  <button type="button" aria-pressed={p.id === currentId} className={p.id === currentId ? 'selected' : undefined} onClick={() => setCurrentId(p.id)}>
                    {p.name}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {current && (
            <div className="profile-main">
              <ProfileEditor key={current.id} profile={current} onChange={save} onError={setError} />
              <div className="button-row profile-actions">
                <label className="field inline">
                  {t('profile.passphrase')}
                  <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
                </label>
                <button type="button" onClick={() => void exportFile(current)}>
                  <Icon name="save" /> {t('profile.export')}
                </button>
                <button type="button" onClick={() => void passport(current)}>
                  <Icon name="pdf" /> {t('profile.passport')}
                </button>
                <button type="button" onClick={() => void remove(current)}>
                  <Icon name="trash" /> {t('profile.delete')}
                </button>
              </div>
            </div>
          )}
        </div>
        {pendingImport && (
          <form
            className="passphrase-form"
            onSubmit={(e) => {
              e.preventDefault();
              void importBytes(pendingImport, importPass);
            }}
          >
            <label className="field">
              {t('profile.passphraseFor')}
              <input type="password" autoFocus value={importPass} onChange={(e) => setImportPass(e.target.value)} />
            </label>
            <div className="button-row">
              <button type="button" onClick={() => setPendingImport(null)}>
                {t('profile.cancel')}
              </button>
              <button type="submit" className="primary">
                {t('profile.open')}
              </button>
            </div>
          </form>
        )}
        {error && (
          <p role="alert" className="warning">
            {error}{' '}
            <button type="button" onClick={() => setError(null)}>
              {t('errors.dismiss')}
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
