/** The editor: toolbar, symbol library, page canvas, properties and pages. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Editor } from '../editor/editor';
import { addContainerItem, addImage, addSymbol, runCommand } from '../editor/commands';
import { ASSET_MAX_SIDE, photoFromFile, PhotoError } from './photos';
import { containerAt } from '../editor/containerDrop';
import { commandForKey } from '../editor/shortcuts';
import { Autosaver, type SaveStatus } from '../storage/autosave';
import { holdDocumentLock } from '../storage/documentLock';
import { MODIFIER_VALUES, type SignpostDocument } from '../model/schema';
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
import { cycleRegion, focusSearch } from './landmarks';
import { makeThumbnail } from './thumbnail';
import { growToFit } from '../editor/text';
import { PT_PER_MM } from '../model/units';
import { useProfiles } from './profileStore';
import { resolveStyle } from '../profile/resolve';
import { ProfileBar } from './ProfileBar';
import { contentText } from '../i18n';

/** Keys typed into a text field belong to the field, not to shortcuts. */
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

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

  // one tab edits a document at a time; a second one shows it read-only until the first lets go
  useEffect(
    () =>
      holdDocumentLock(editor.doc.id, {
        onBlocked: () => editor.setReadOnly(true),
        onGranted: (waited) => {
          if (!waited) return;
          void services.store.get(editor.doc.id).then((fresh) => {
            if (fresh) editor.load(fresh);
            editor.setReadOnly(false);
          });
        },
      }),
    [editor, services],
  );

  const ready = useRef(onReady);
  useEffect(() => ready.current?.(), []);

  // autosave every change; flush when the tab is hidden or closed
  useEffect(() => {
    let last = editor.doc;
    if (latest) latest.current = last;
    const unsub = editor.subscribe(() => {
      if (editor.doc !== last) {
        last = editor.doc;
        if (latest) latest.current = last;
        saver.schedule(editor.doc);
      }
    });
    // the page is going: journal the last edit synchronously, then write it
    const leave = () => void saver.leave();
    const onVisibility = () => document.visibilityState === 'hidden' && leave();
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      unsub();
      void saver.flush();
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [editor, saver, latest]);

  // a text box grows as its words outgrow it (captions shrink and wrap instead)
  useEffect(() => {
    for (const it of scene.items) {
      if (it.needHeight !== undefined && it.needHeight > it.height + 0.1 && state.selection.includes(it.elementId)) growToFit(editor, it.elementId, it.needHeight / PT_PER_MM);
    }
  }, [scene, editor, state.selection]);

  // a thumbnail of page 1 for the home screen, once saving settles, and again when the
  // pictures arrive (before that it would keep "?" placeholders for good)
  useEffect(() => {
    if (status !== 'saved') return;
    const url = makeThumbnail(cache.page(state.doc, state.doc.pages[0], style, ''), 240);
    if (url) void services.store.setThumbnail(state.doc.id, url);
  }, [status, state.doc, cache, services, style, version]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // F6 works from anywhere, typing included: it only moves focus
      if (e.key === 'F6' && !e.ctrlKey && !e.metaKey && !e.altKey) {
        if (cycleRegion(document, e.shiftKey)) e.preventDefault();
        return;
      }
      if (isTyping(e.target)) return;
      if (e.key === '/' && !e.ctrlKey && !e.metaKey && !e.altKey && focusSearch(document)) {
        e.preventDefault();
        return;
      }
      const hit = commandForKey(e);
      if (!hit) return;
      // bare keys (letters, arrows, Delete) act on the page only from the canvas or the
      // element list, never from another control
      const bare = !e.ctrlKey && !e.metaKey && !e.altKey;
      const el = e.target instanceof HTMLElement ? e.target : null;
      const onControl = el?.closest('button, a, label, [role="listbox"], [role="option"]') && !el.closest('[data-canvas-keys]');
      if (bare && onControl) return;
      e.preventDefault();
      const args = hit.command.id === 'addText' ? { text: contentText('newText', editor.doc.language) } : hit.command.id === 'addSymbolText' ? { text: contentText('newSymbolText', editor.doc.language) } : hit.args;
      runCommand(editor, hit.command, args);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor, t]);

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

  // paste a picture from the clipboard
  useEffect(() => {
    const onPaste = (e: ClipboardEvent) => {
      if (isTyping(e.target)) return;
      const files = [...(e.clipboardData?.files ?? [])].filter((f) => f.type.startsWith('image/'));
      if (files.length) {
        e.preventDefault();
        void addPhotosRef.current(files);
      }
    };
    window.addEventListener('paste', onPaste);
    return () => window.removeEventListener('paste', onPaste);
  }, []);
  const addPhotosRef = useRef(addPhotos);
  addPhotosRef.current = addPhotos;

  const onDropSymbol = (s: DroppedSymbol, x: number, y: number) => {
    // dropped on a sequence or grid: it becomes a step there, and the rest reflow
    const target = containerAt(editor, x, y);
    // the drag data is the page's own, but check its shape before it reaches the document
    const also = Array.isArray(s.also) ? s.also.filter((a) => typeof a?.set === 'string' && typeof a.id === 'string').slice(0, 2) : [];
    const composed = { also, modifier: MODIFIER_VALUES.find((m) => m === s.modifier) ?? null };
    if (target) runCommand(editor, addContainerItem, { id: target.container.id, symbol: { set: s.set, id: s.id }, caption: s.label, index: target.index, ...composed });
    else runCommand(editor, addSymbol, { ref: { set: s.set, id: s.id }, caption: s.label, x: x - 25, y: y - 31, ...composed });
  };

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
          <PageCanvas editor={editor} scene={scene} snapping={snapping} onDropSymbol={onDropSymbol} onDropFiles={(files, x, y) => void addPhotos(files, x, y)} />
          <PanelBoundary name={t('recovery.panel.pages')}>
            <PrintStrip editor={editor} cache={cache} style={style} version={version} />
          </PanelBoundary>
        </main>
        {/* focusable, so the column can be scrolled from the keyboard when it is taller than the screen */}
        <aside className="side-column" tabIndex={0} aria-label={t('editor.sideColumn')}>
          <fieldset className="side-fieldset" disabled={state.readOnly}>
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
      </div>
      {error && <ErrorDialog message={error} onClose={() => setError(null)} />}
      {note && <ErrorDialog titleKey="boards.opened" message={note} onClose={() => setNote(null)} />}
    </div>
  );
}
