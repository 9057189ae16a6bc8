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
  const [entries, setEntries] = useState<Entry[]>([]);
  const [own, setOwn] = useState<Entry[]>([]);
  const [profileId, setProfileId] = useState(initialProfileId ?? '');
  // templates come in a few languages; start in the interface's if there is one
  const [languages, setLanguages] = useState<string[]>(['en-GB']);
  const [language, setLanguage] = useState(i18n.language === 'en' ? 'en-GB' : i18n.language);
  const [error, setError] = useState<string | null>(null);
  const first = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    first.current?.focus();
    void loadUserTemplates(services.store).then((docs) => setOwn(docs.map((doc) => ({ key: doc.id, slug: null, doc }))));
  }, [services]);

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
      setEntries(docs);
    });
    return () => {
      alive = false;
    };
  }, [language]);
  const shownLanguage = languages.includes(language) ? language : 'en-GB';

  const profile = profiles.find((p) => p.id === profileId) ?? null;
  const create = (doc: SignpostDocument) => onCreate(fromTemplate(doc, profile));
  const blank = () => onCreate({ ...createDocument(t('home.untitled')), language: shownLanguage, profileId: profile?.id ?? null });
  const removeOwn = async (key: string) => {
    const next = own.filter((o) => o.key !== key);
    setOwn(next);
    await saveUserTemplates(services.store, next.map((o) => o.doc));
  };
  const addFromFile = async (file: File) => {
    try {
      const { readSignpostFile } = await import('../storage/signpostFile');
      const doc = readSignpostFile(new Uint8Array(await file.arrayBuffer()));
      setOwn((await addUserTemplate(services.store, doc)).map((d) => ({ key: d.id, slug: null, doc: d })));
    } catch (e) {
      setError(t(openErrorKey(e)));
    }
  };

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
          {languages.length > 1 && (
            <label className="field inline">
              {t('props.language')}
              <select value={shownLanguage} onChange={(e) => setLanguage(e.target.value)}>
                {languages.map((l) => (
                  <option key={l} value={l} lang={l}>
                    {new Intl.DisplayNames([l], { type: 'language' }).of(l) ?? l}
                  </option>
                ))}
              </select>
            </label>
          )}
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
        <h3>{t('gallery.own')}</h3>
        {own.length === 0 && <p className="muted">{t('gallery.ownEmpty')}</p>}
        <ul className="template-grid">
          {own.map((e) => (
            <li key={e.key}>
              <button type="button" className="template-card" onClick={() => create(e.doc)}>
                <Preview doc={e.doc} />
                <strong>{e.doc.title}</strong>
              </button>
              <button type="button" onClick={() => void removeOwn(e.key)} aria-label={t('gallery.removeOwn', { title: e.doc.title })}>
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
              if (f) void addFromFile(f);
            }}
          />
          <Icon name="open" /> {t('gallery.addFile')}
        </label>
        {error && (
          <p role="alert" className="warning">
            {error}
          </p>
        )}
      </div>
    </div>
  );
}
