/** The editor: toolbar, symbol library, page canvas, properties and pages. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from '../editor/editor';
import { addContainerItem, addImage, addSymbol, runCommand } from '../editor/commands';
import { ASSET_MAX_SIDE, photoFromFile, PhotoError } from './photos';
import { containerAt } from '../editor/containerDrop';
import { Autosaver, type SaveStatus } from '../storage/autosave';
import { MODIFIER_VALUES, type SignpostDocument } from '../model/schema';
import type { Profile } from '../model/profile';
import type { LayoutStyle } from '../layout/style';
import type { ScenePage } from '../layout/scene';
import type { SceneCache } from '../editor/sceneCache';
import { PageCanvas, type DroppedSymbol } from '../canvas/PageCanvas';
import { useEditorState } from '../editor/useEditorState';
import { useServices } from './services';
import { useDocumentScene } from './useDocumentScene';
import { Toolbar } from './Toolbar';
import { LibraryPanel } from './LibraryPanel';
import { PropertiesPanel } from './PropertiesPanel';
import { PagesPanel } from './PagesPanel';
import { PrintStrip } from './PrintStrip';
import { ElementList } from './ElementList';
import { PlainLanguagePanel } from './PlainLanguagePanel';
import { DocumentNote } from './DocumentNote';
import { ErrorDialog } from './ErrorDialog';
import { PanelBoundary } from './ErrorBoundary';
import { useProfiles } from './profileStore';
import { resolveStyle } from '../profile/resolve';
import { ProfileBar } from './ProfileBar';
import { useAutosave, useDocumentLock, useEditorKeys, useGrowToFit, useHomeThumbnail, usePastePictures } from './useEditorEffects';

interface Props {
  initial: SignpostDocument;
  /** Shown once when the editor opens. */
  notice?: string | null;
  onClose: () => void;
  onOpen: (d: SignpostDocument, note?: string) => void;
  /** Kept up to date with the document, for the recovery screen if the editor fails. */
  latest?: { current: SignpostDocument | null };
  /** Called once the editor has drawn the document. */
  onReady?: () => void;
}

export function EditorScreen({ initial, notice = null, onClose, onOpen, latest, onReady }: Props) {
  const { t } = useTranslation();
  const services = useServices();
  const editor = useMemo(() => new Editor(initial), [initial]);
  const state = useEditorState(editor);
  const [status, setStatus] = useState<SaveStatus>('saved');
  const [error, setError] = useState<string | null>(null);
  const [note, setNote] = useState<string | null>(notice);
  const [snapping, setSnapping] = useState(true);
  const profiles = useProfiles(services.profiles);
  const profile = profiles.find((p) => p.id === state.doc.profileId) ?? null;
  const style = useMemo(() => resolveStyle(profile), [profile]);
  // the young person's own words with a library symbol are search results too
  const personal = useMemo(() => profile?.vocabulary.flatMap((v) => (v.picture.kind === 'symbol' ? [{ phrase: v.phrase, symbol: v.picture.symbol }] : [])), [profile]);
  const { scene, cache, version } = useDocumentScene(services, state.doc, state.pageId, style);
  const saver = useMemo(() => new Autosaver(services.store, setStatus), [services]);

  useDocumentLock(editor, services);
  const ready = useRef(onReady);
  useEffect(() => ready.current?.(), []);
  useAutosave(editor, saver, latest);
  useGrowToFit(editor, scene, state.selection);
  useHomeThumbnail(services, state.doc, status, cache, style, version);
  useEditorKeys(editor);

  const addPhotos = async (files: File[], x?: number, y?: number) => {
    for (const f of files) {
      try {
        const asset = await photoFromFile(f, ASSET_MAX_SIDE);
        runCommand(editor, addImage, { asset, x, y });
      } catch (e) {
        setError(t(e instanceof PhotoError && e.code === 'too-large' ? 'profile.photoTooLarge' : 'profile.photoNotImage'));
      }
    }
  };

  usePastePictures(addPhotos);

  return (
    <div className="editor">
      <a className="skip-link" href="#page-canvas-region">
        {t('app.skipToCanvas')}
      </a>
      <Toolbar editor={editor} profile={profile} status={status} onClose={() => void saver.flush().then(onClose)} onOpen={onOpen} onError={setError} />
      <ProfileBar editor={editor} profile={profile} snapping={snapping} onSnapping={setSnapping} />
      {state.readOnly && (
        <p className="read-only-banner" role="status">
          {t('editor.openElsewhere')}
        </p>
      )}
      <div className="editor-body">
        <PanelBoundary name={t('recovery.panel.library')}>
          <LibraryPanel editor={editor} onPhotos={(files) => void addPhotos(files)} personal={personal} preferred={profile?.symbolSets} />
        </PanelBoundary>
        <main className="canvas-column" id="page-canvas-region">
          <PageCanvas editor={editor} scene={scene} snapping={snapping} onDropSymbol={(s, x, y) => dropSymbol(editor, s, x, y)} onDropFiles={(files, x, y) => void addPhotos(files, x, y)} />
          <PanelBoundary name={t('recovery.panel.pages')}>
            <PrintStrip editor={editor} cache={cache} style={style} version={version} />
          </PanelBoundary>
        </main>
        <SideColumn editor={editor} scene={scene} profile={profile} cache={cache} style={style} readOnly={state.readOnly} />
      </div>
      {error && <ErrorDialog message={error} onClose={() => setError(null)} />}
      {note && <ErrorDialog titleKey="boards.opened" message={note} onClose={() => setNote(null)} />}
    </div>
  );
}

/** A symbol dropped on the page: on a sequence or grid it becomes a step there, and the rest reflow. */
function dropSymbol(editor: Editor, s: DroppedSymbol, x: number, y: number) {
  const target = containerAt(editor, x, y);
  // the drag data is the page's own, but check its shape before it reaches the document
  const also = Array.isArray(s.also) ? s.also.filter((a) => typeof a?.set === 'string' && typeof a.id === 'string').slice(0, 2) : [];
  const composed = { also, modifier: MODIFIER_VALUES.find((m) => m === s.modifier) ?? null };
  if (target) runCommand(editor, addContainerItem, { id: target.container.id, symbol: { set: s.set, id: s.id }, caption: s.label, index: target.index, ...composed });
  else runCommand(editor, addSymbol, { ref: { set: s.set, id: s.id }, caption: s.label, x: x - 25, y: y - 31, ...composed });
}

/** The side column: the document's note, the selection's properties, the element list, words, pages. */
function SideColumn({ editor, scene, profile, cache, style, readOnly }: { editor: Editor; scene: ScenePage; profile: Profile | null; cache: SceneCache; style: LayoutStyle; readOnly: boolean }) {
  const { t } = useTranslation();
  return (
    // focusable, so the column can be scrolled from the keyboard when it is taller than the screen
    <aside className="side-column" tabIndex={0} aria-label={t('editor.sideColumn')}>
      <fieldset className="side-fieldset" disabled={readOnly}>
        <DocumentNote editor={editor} />
        <PanelBoundary name={t('recovery.panel.properties')}>
          <PropertiesPanel editor={editor} scene={scene} profile={profile} />
        </PanelBoundary>
        <PanelBoundary name={t('recovery.panel.elements')}>
          <ElementList editor={editor} />
        </PanelBoundary>
        <PanelBoundary name={t('recovery.panel.words')}>
          <PlainLanguagePanel editor={editor} />
        </PanelBoundary>
        <PanelBoundary name={t('recovery.panel.pages')}>
          <PagesPanel editor={editor} cache={cache} style={style} />
        </PanelBoundary>
      </fieldset>
    </aside>
  );
}
