/**
 * Who the document is for: choosing a profile re-renders the page through it. Shows the
 * words to avoid that the document uses, and when pages will print split.
 */
import { avoidWarningsAsDrawn } from '../layout/checks';
import { TITLE_HEADING_ID } from '../model/title';
import type { AvoidWarning } from '../profile/resolve';
import { useMemo, useState, lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { missingTranslations, setProfile } from '../model/operations';
import type { Profile } from '../model/profile';
import { useEditorState } from '../editor/useEditorState';
import { useServices } from './services';
import { scriptNames } from './openUserFile';
import { scriptsWithoutFont } from '../layout/scripts';
// loaded when first opened: the editor chunk stays small
const ProfilesDialog = lazy(() => import('./ProfilesDialog').then((m) => ({ default: m.ProfilesDialog })));
import { addUserTemplate } from './userTemplates';
import { ProfileSelect } from './ProfileSelect';
import { stalePictures } from '../editor/pictures';
import { usePictureSuggest } from './PictureOffer';

interface Props {
  editor: Editor;
  profile: Profile | null;
  snapping: boolean;
  onSnapping: (on: boolean) => void;
}

/** The profile's words and symbols to avoid found in the document, each with a link to it. */
function AvoidList({ editor, warnings }: { editor: Editor; warnings: AvoidWarning[] }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  return (
    <>
      {warnings.length > 0 && (
        <section className="avoid-warnings" aria-label={t('warnings.label')}>
          <strong>{t('warnings.label')}:</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.elementId}-${w.match}-${i}`}>
                {t('warnings.item', { match: w.match, page: w.pageIndex + 1 })}
                {w.reason && <span className="muted"> ({t('warnings.because', { reason: w.reason })})</span>}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() => {
                    editor.setPage(state.doc.pages[w.pageIndex].id);
                    // the title heading is no element: the page's settings (nothing selected) show it
                    editor.select(w.elementId === TITLE_HEADING_ID ? [] : [w.elementId]);
                  }}
                >
                  {t('warnings.show')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}

/** Pictures chosen automatically for words that have since changed: said, never kept silently. */
function StalePictures({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const changedWords = useMemo(() => stalePictures(state.doc, () => null).length > 0, [state.doc]);
  const suggest = usePictureSuggest(state.doc.language, changedWords);
  // counted once the pictures for the new words can be found (undefined until then)
  const stale = useMemo(() => (changedWords && suggest('') !== undefined ? stalePictures(state.doc, (w) => suggest(w) ?? null) : []), [state.doc, changedWords, suggest]);
  if (!stale.length) return null;
  return (
    <span className="missing-note" role="note">
      {t('picture.staleCount', { count: stale.length })}{' '}
      <button
        type="button"
        className="link"
        onClick={() => {
          editor.setPage(state.doc.pages[stale[0].pageIndex].id);
          editor.select([stale[0].elementId]);
        }}
      >
        {t('picture.showFirst')}
      </button>
    </span>
  );
}

/** Words in a script no font of Signpost's covers would print as empty boxes: this says so, and shows the first. */
function ScriptsNote({ editor }: { editor: Editor }) {
  const { t, i18n } = useTranslation();
  const state = useEditorState(editor);
  const noFont = useMemo(() => scriptsWithoutFont(state.doc), [state.doc]);
  if (!noFont.length) return null;
  return (
    <span className="missing-note" role="note">
      {t('scripts.unsupported', { scripts: scriptNames(t, noFont.map((f) => f.script), i18n.language) })}{' '}
      <button
        type="button"
        className="link"
        onClick={() => {
          editor.setPage(state.doc.pages[noFont[0].pageIndex].id);
          editor.select([noFont[0].elementId]);
        }}
      >
        {t('bilingual.showFirst')}
      </button>
    </span>
  );
}

export function ProfileBar({ editor, profile, snapping, onSnapping }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const state = useEditorState(editor);
  const [managing, setManaging] = useState(false);
  const [savedTemplate, setSavedTemplate] = useState(false);
  const saveAsTemplate = async () => {
    await addUserTemplate(services.store, { ...editor.doc, id: `mine-${editor.doc.id}` });
    setSavedTemplate(true);
  };
  // symbol text's pictures are checked as the young person will see them, through their profile
  const warnings = useMemo(() => avoidWarningsAsDrawn(state.doc, profile, services.layoutDeps), [state.doc, profile, services]);
  const untranslated = useMemo(() => missingTranslations(state.doc), [state.doc]);
  const cards = editor.page.elements.filter((e) => e.type === 'symbol').length;
  const parts = profile ? Math.ceil(cards / profile.maxItemsPerPage) : 1;

  return (
    <div className="profile-bar">
      <ProfileSelect label={t('profile.madeFor')} value={state.doc.profileId ?? ''} onChange={(id) => editor.change((d) => setProfile(d, id))} />
      <button type="button" onClick={() => setManaging(true)} aria-haspopup="dialog">
        {t('profile.manage')}
      </button>
      <button type="button" onClick={() => void saveAsTemplate()}>
        {t('gallery.saveAsTemplate')}
      </button>
      {savedTemplate && (
        <span role="status" className="muted">
          {t('gallery.saved')}
        </span>
      )}
      <label className="check">
        <input type="checkbox" checked={snapping} onChange={(e) => onSnapping(e.target.checked)} /> {t('toolbar.snap')}
      </label>
      {profile && parts > 1 && (
        <span className="muted" role="note">
          {t('profile.splitNote', { name: profile.name, count: parts, max: profile.maxItemsPerPage })}
        </span>
      )}
      {untranslated.length > 0 && (
        <span className="missing-note" role="note">
          {t('bilingual.missing', { count: untranslated.length })}{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              editor.setPage(state.doc.pages[untranslated[0].pageIndex].id);
              editor.select([untranslated[0].elementId]);
            }}
          >
            {t('bilingual.showFirst')}
          </button>
        </span>
      )}
      <StalePictures editor={editor} />
      <ScriptsNote editor={editor} />
      <AvoidList editor={editor} warnings={warnings} />
      {managing && (
        <Suspense fallback={null}>
          <ProfilesDialog initialId={state.doc.profileId} onClose={() => setManaging(false)} />
        </Suspense>
      )}
    </div>
  );
}
