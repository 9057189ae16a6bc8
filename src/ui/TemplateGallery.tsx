/**
 * "New document": a blank page or a template for a real job, each with a preview, made
 * for a young person if one is chosen. Users' own templates sit alongside.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { createDocument } from '../model/factory';
import { fromTemplate } from '../model/templates';
import { parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';
import { layoutPage, footerText, styleForDocument } from '../layout/layout';
import { symbolsNeeded } from '../layout/needs';
import { resolveStyle } from '../profile/resolve';
import { fetchJson, useServices } from './services';
import { useProfiles } from './profileStore';
import { drawPageThumbnail } from './thumbnail';
import { openErrorKey } from './fileIo';
import { Icon } from './Icon';
import { ProfileSelect } from './ProfileSelect';
import { addUserTemplate, loadUserTemplates, saveUserTemplates } from './userTemplates';

interface Entry {
  key: string;
  /** i18n slug for built-in templates; null for the user's own. */
  slug: string | null;
  doc: SignpostDocument;
}

function Preview({ doc }: { doc: SignpostDocument }) {
  const services = useServices();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let alive = true;
    void services.symbolisers
      .ensure(doc.language)
      .then(() => services.library.loadAll(symbolsNeeded(doc, undefined, services.layoutDeps.symboliser)))
      .then(() => {
        if (!alive || !ref.current) return;
        // the document's own style: an Urdu template previews right to left
        const style = styleForDocument(doc, resolveStyle(null));
        drawPageThumbnail(ref.current, layoutPage(doc, doc.pages[0], style, services.layoutDeps, footerText(doc, services.layoutDeps, {}, style)), 150);
      });
    return () => {
      alive = false;
    };
  }, [doc, services]);
  return <canvas ref={ref} className="template-preview" aria-hidden="true" />;
}

/** `initialProfileId`: who the new document is for at first (the home screen's chosen young person). */
export function TemplateGallery({ onCreate, onCancel, initialProfileId }: { onCreate: (d: SignpostDocument) => void; onCancel: () => void; initialProfileId?: string | null }) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const profiles = useProfiles(services.profiles);
  const [profileId, setProfileId] = useState(initialProfileId ?? '');
  // templates come in a few languages; start in the interface's if there is one
  const [language, setLanguage] = useState(i18n.language === 'en' ? 'en-GB' : i18n.language);
  const { entries, languages } = useBuiltInTemplates(language);
  const [error, setError] = useState<string | null>(null);
  const own = useOwnTemplates((key) => setError(t(key)));
  const first = useRef<HTMLButtonElement>(null);
  useEffect(() => first.current?.focus(), []);
  const shownLanguage = languages.includes(language) ? language : 'en-GB';

  const profile = profiles.find((p) => p.id === profileId) ?? null;
  const create = (doc: SignpostDocument) => onCreate(fromTemplate(doc, profile));
  const blank = () => onCreate({ ...createDocument(t('home.untitled')), language: shownLanguage, profileId: profile?.id ?? null });

  return (
    <div className="dialog-backdrop" onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <div role="dialog" aria-modal="true" aria-labelledby="gallery-title" className="dialog wide">
        <div className="dialog-head">
          <h2 id="gallery-title">{t('gallery.title')}</h2>
          <button type="button" onClick={onCancel}>
            {t('profile.cancel')}
          </button>
        </div>
        <div className="button-row">
          {profiles.length > 0 && <ProfileSelect label={t('gallery.for')} value={profileId} onChange={(id) => setProfileId(id ?? '')} />}
          {languages.length > 1 && <TemplateLanguage languages={languages} value={shownLanguage} onChange={setLanguage} />}
        </div>
        <ul className="template-grid">
          <li>
            <button ref={first} type="button" className="template-card" onClick={blank}>
              <span className="template-blank" aria-hidden="true">
                <Icon name="plus" />
              </span>
              <strong>{t('gallery.blank')}</strong>
              <span className="muted">{t('gallery.blankAbout')}</span>
            </button>
          </li>
          {entries.map((e) => (
            <li key={e.key}>
              <button type="button" className="template-card" onClick={() => create(e.doc)}>
                <Preview doc={e.doc} />
                <strong>{t(`gallery.t.${e.slug}.title`)}</strong>
                <span className="muted">{t(`gallery.t.${e.slug}.about`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <OwnTemplates own={own.entries} onUse={create} onRemove={(key) => void own.remove(key)} onFile={(f) => void own.addFromFile(f)} />
        {error && (
          <p role="alert" className="warning">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}

/**
 * The built-in templates in a language (English when there are none in it), and the languages
 * there are. While another language's templates load, none are offered: a template clicked
 * then would make a document in the language just left.
 */
function useBuiltInTemplates(language: string) {
  const [loaded, setLoaded] = useState<{ language: string; entries: Entry[] }>({ language: '', entries: [] });
  const [languages, setLanguages] = useState<string[]>(['en-GB']);
  useEffect(() => {
    let alive = true;
    void fetchJson<{ templates: string[]; languages?: string[] }>('../templates/index.json').then(async (root) => {
      const have = root.languages ?? ['en-GB'];
      const lang = have.includes(language) ? language : 'en-GB';
      const dir = lang === 'en-GB' ? '../templates/' : `../templates/${lang}/`;
      const idx = lang === 'en-GB' ? root : await fetchJson<{ templates: string[] }>(`${dir}index.json`);
      const docs = await Promise.all(idx.templates.map(async (slug) => ({ key: `${lang}/${slug}`, slug, doc: parseDocument(await fetchJson(`${dir}${slug}.json`)) })));
      if (!alive) return;
      setLanguages(have);
      setLoaded({ language, entries: docs });
    });
    return () => {
      alive = false;
    };
  }, [language]);
  return { entries: loaded.language === language ? loaded.entries : [], languages };
}

const asEntries = (docs: SignpostDocument[]): Entry[] => docs.map((doc) => ({ key: doc.id, slug: null, doc }));

/** The user's own templates, kept on this device: added from a file, or removed. `onError` gets an i18n key. */
function useOwnTemplates(onError: (key: string) => void) {
  const services = useServices();
  const [entries, setEntries] = useState<Entry[]>([]);
  useEffect(() => {
    void loadUserTemplates(services.store).then((docs) => setEntries(asEntries(docs)));
  }, [services]);
  const remove = async (key: string) => {
    const next = entries.filter((o) => o.key !== key);
    setEntries(next);
    await saveUserTemplates(services.store, next.map((o) => o.doc));
  };
  const addFromFile = async (file: File) => {
    try {
      const { readSignpostFile } = await import('../storage/signpostFile');
      const doc = readSignpostFile(new Uint8Array(await file.arrayBuffer()));
      setEntries(asEntries(await addUserTemplate(services.store, doc)));
    } catch (e) {
      onError(openErrorKey(e));
    }
  };
  return { entries, remove, addFromFile };
}

function TemplateLanguage({ languages, value, onChange }: { languages: string[]; value: string; onChange: (l: string) => void }) {
  const { t } = useTranslation();
  return (
    <label className="field inline">
      {t('props.language')}
      <select value={value} onChange={(e) => onChange(e.target.value)}>
        {languages.map((l) => (
          <option key={l} value={l} lang={l}>
            {new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l}
          </option>
        ))}
      </select>
    </label>
  );
}

/** The user's own templates, each to use or remove, and a button to add one from a file. */
function OwnTemplates({ own, onUse, onRemove, onFile }: { own: Entry[]; onUse: (doc: SignpostDocument) => void; onRemove: (key: string) => void; onFile: (f: File) => void }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{t('gallery.own')}</h3>
      {own.length === 0 && <p className="muted">{t('gallery.ownEmpty')}</p>}
      <ul className="template-grid">
        {own.map((e) => (
          <li key={e.key}>
            <button type="button" className="template-card" onClick={() => onUse(e.doc)}>
              <Preview doc={e.doc} />
              <strong>{e.doc.title}</strong>
            </button>
            <button type="button" onClick={() => onRemove(e.key)} aria-label={t('gallery.removeOwn', { title: e.doc.title })}>
              {t('home.delete')}
            </button>
          </li>
        ))}
      </ul>
      <label className="file-button">
        <input
          type="file"
          accept=".signpost,.json,application/zip,application/json"
          className="visually-hidden"
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) onFile(f);
          }}
        />
        <Icon name="open" /> {t('gallery.addFile')}
      </label>
    </>
  );
}
