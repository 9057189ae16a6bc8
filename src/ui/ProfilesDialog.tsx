/** Managing communication profiles: list, new, import, edit, save as a file, passport, delete. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { createProfile, type Profile } from '../model/profile';
import { withNewProfileId } from '../model/profileOps';
import type { PassportLabels } from '../layout/passport';
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

type ShowError = (message: string | null) => void;

export function ProfilesDialog({ onClose, initialId }: { onClose: () => void; initialId?: string | null }) {
  const { t } = useTranslation();
  const services = useServices();
  const profiles = useProfiles(services.profiles);
  const [currentId, setCurrentId] = useState<string | null>(initialId ?? profiles[0]?.id ?? null);
  const [error, setError] = useState<string | null>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  const current = profiles.find((p) => p.id === currentId) ?? null;
  const save = (p: Profile) => void services.profiles.put(p).catch(() => setError(t('status.full')));
  const { pending, importBytes, cancelImport } = useProfileImport(profiles, save, setCurrentId, setError);

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
          <ProfileList profiles={profiles} currentId={currentId} onSelect={setCurrentId} save={save} onImport={(bytes) => importBytes(bytes)} />
          {current && (
            <div className="profile-main">
              <ProfileEditor key={current.id} profile={current} onChange={save} onError={setError} />
              <ProfileActions profile={current} onDeleted={() => setCurrentId(null)} onError={setError} />
            </div>
          )}
        </div>
        {pending && <ImportPassphraseForm onOpen={(pass) => void importBytes(pending, pass)} onCancel={cancelImport} />}
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

/**
 * Importing a profile file: a file whose id is taken comes in as a copy; a protected file waits
 * in `pending` for its passphrase.
 */
function useProfileImport(profiles: readonly Profile[], save: (p: Profile) => void, select: (id: string) => void, showError: ShowError) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<Uint8Array | null>(null);
  const importBytes = async (bytes: Uint8Array, pass?: string) => {
    try {
      let p = await readProfileFile(bytes, pass);
      if (profiles.some((x) => x.id === p.id)) p = withNewProfileId(p);
      save(p);
      select(p.id);
      setPending(null);
    } catch (e) {
      if (e instanceof NeedsPassphraseError) setPending(bytes);
      else if (e instanceof WrongPassphraseError) showError(t('profile.wrongPassphrase'));
      else showError(t(openErrorKey(e)));
    }
  };
  return { pending, importBytes, cancelImport: () => setPending(null) };
}

function ProfileList({ profiles, currentId, onSelect, save, onImport }: { profiles: readonly Profile[]; currentId: string | null; onSelect: (id: string) => void; save: (p: Profile) => void; onImport: (bytes: Uint8Array) => Promise<void> }) {
  const { t } = useTranslation();
  const create = () => {
    const p = createProfile(t('profile.newName'));
    save(p);
    onSelect(p.id);
  };
  return (
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
            if (f) await onImport(new Uint8Array(await f.arrayBuffer()));
          }}
        />
        <Icon name="open" /> {t('profile.import')}
      </label>
      {profiles.length === 0 && <p className="muted">{t('profile.empty')}</p>}
      <ul>
        {profiles.map((p) => (
          <li key={p.id}>
            <button type="button" aria-pressed={p.id === currentId} className={p.id === currentId ? 'selected' : undefined} onClick={() => onSelect(p.id)}>
              {p.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Save as a file (with an optional passphrase), print the passport, delete. */
function ProfileActions({ profile: p, onDeleted, onError }: { profile: Profile; onDeleted: () => void; onError: ShowError }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const [passphrase, setPassphrase] = useState('');
  const remove = async () => {
    // say how many documents were made for them: they stay, and find the profile again if its file is imported
    const made = (await services.store.list()).filter((d) => d.profileId === p.id).length;
    const ask = t('profile.confirmDelete', { name: p.name }) + (made ? `\n\n${t('profile.deleteDocuments', { count: made, name: p.name })}` : '');
    if (!window.confirm(ask)) return;
    await services.profiles.remove(p.id);
    onDeleted();
  };
  const exportFile = async () => {
    downloadBytes(await writeProfileFile(p, passphrase || undefined), `${safeFileName(p.name)}.profile.json`, 'application/json');
  };
  const passport = async () => {
    try {
      const bytes = await exportPassportPdf(services, p, passportLabels(t, i18n.language, p));
      downloadBytes(bytes, `${safeFileName(p.name)} passport.pdf`, 'application/pdf');
    } catch (e) {
      onError(t('errors.exportFailed', { reason: e instanceof Error ? e.message : String(e) }));
    }
  };
  return (
    <div className="button-row profile-actions">
      <label className="field inline">
        {t('profile.passphrase')}
        <input type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
      </label>
      <button type="button" onClick={() => void exportFile()}>
        <Icon name="save" /> {t('profile.export')}
      </button>
      <button type="button" onClick={() => void passport()}>
        <Icon name="pdf" /> {t('profile.passport')}
      </button>
      <button type="button" onClick={() => void remove()}>
        <Icon name="trash" /> {t('profile.delete')}
      </button>
    </div>
  );
}

/** The passport's words, in the interface's language, dated today. */
function passportLabels(t: TFunction, language: string, p: Profile): PassportLabels {
  const reading = [t(`profile.passportLevel.${p.readingLevel}`), t(`profile.passportSupport.${p.readingSupport}`), p.symbolStyle === 'black' ? t('profile.passportOutline') : '', p.notes.reading?.trim() ?? ''];
  const made = new Intl.DateTimeFormat(dateLocale(language), { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
  return {
    title: t('profile.passportTitle'),
    name: t('profile.passportName', { name: p.name }),
    likes: t('profile.likes'),
    helpMe: t('profile.helpMe'),
    dont: t('profile.dont'),
    words: t('profile.passportWords'),
    languages: t('profile.passportLanguages'),
    languageNames: p.languages.map((l) => languageLabel(l, language)).join(', '),
    reading: t('profile.passportReading'),
    readingText: reading.filter(Boolean).join(' '),
    avoid: t('profile.passportAvoid'),
    contact: t('profile.passportContact'),
    made: t('profile.passportMade', { date: made }),
  };
}

/** Asks for the passphrase of a protected profile file. */
function ImportPassphraseForm({ onOpen, onCancel }: { onOpen: (passphrase: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [pass, setPass] = useState('');
  return (
    <form
      className="passphrase-form"
      onSubmit={(e) => {
        e.preventDefault();
        onOpen(pass);
      }}
    >
      <label className="field">
        {t('profile.passphraseFor')}
        <input type="password" autoFocus value={pass} onChange={(e) => setPass(e.target.value)} />
      </label>
      <div className="button-row">
        <button type="button" onClick={onCancel}>
          {t('profile.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('profile.open')}
        </button>
      </div>
    </form>
  );
}
