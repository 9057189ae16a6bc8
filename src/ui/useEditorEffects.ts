/** What the editor screen keeps going in the background: the tab lock, autosave, thumbnails, keys, paste. */
import { useEffect, useRef } from 'react';
import type { Editor } from '../editor/editor';
import { runCommand } from '../editor/commands';
import { commandForKey } from '../editor/shortcuts';
import { growToFit } from '../editor/text';
import type { Autosaver, SaveStatus } from '../storage/autosave';
import { holdDocumentLock } from '../storage/documentLock';
import type { SignpostDocument } from '../model/schema';
import { PT_PER_MM } from '../model/units';
import type { ScenePage } from '../layout/scene';
import type { LayoutStyle } from '../layout/style';
import type { SceneCache } from '../editor/sceneCache';
import type { Services } from './services';
import { cycleRegion, focusSearch } from './landmarks';
import { makeThumbnail } from './thumbnail';
import { contentText } from '../i18n';

/** Keys typed into a text field belong to the field, not to shortcuts. */
const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName));

/** One tab edits a document at a time; a second one shows it read-only until the first lets go. */
export function useDocumentLock(editor: Editor, services: Services) {
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
}

/**
 * Autosaves every change and flushes when the tab is hidden or closed. `latest` is kept up to
 * date with the document, for the recovery screen if the editor fails.
 */
export function useAutosave(editor: Editor, saver: Autosaver, latest?: { current: SignpostDocument | null }) {
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
}

/** A selected text box grows as its words outgrow it (captions shrink and wrap instead). */
export function useGrowToFit(editor: Editor, scene: ScenePage, selection: readonly string[]) {
  useEffect(() => {
    for (const it of scene.items) {
      if (it.needHeight !== undefined && it.needHeight > it.height + 0.1 && selection.includes(it.elementId)) growToFit(editor, it.elementId, it.needHeight / PT_PER_MM);
    }
  }, [scene, editor, selection]);
}

/**
 * A thumbnail of page 1 for the home screen, once saving settles, and again when the pictures
 * arrive (`version`; before that it would keep "?" placeholders for good).
 */
export function useHomeThumbnail(services: Services, doc: SignpostDocument, status: SaveStatus, cache: SceneCache, style: LayoutStyle, version: number) {
  useEffect(() => {
    if (status !== 'saved') return;
    const url = makeThumbnail(cache.page(doc, doc.pages[0], style, ''), 240);
    if (url) void services.store.setThumbnail(doc.id, url);
  }, [status, doc, cache, services, style, version]);
}

/** The editor's keyboard: F6 between regions, / to the search, and the command shortcuts. */
export function useEditorKeys(editor: Editor) {
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
      runShortcut(editor, e);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [editor]);
}

/** Runs the command a key stands for, if any. */
function runShortcut(editor: Editor, e: KeyboardEvent) {
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
}

/** Pictures pasted from the clipboard (outside text fields) are added as photos. */
export function usePastePictures(addPhotos: (files: File[]) => Promise<void>) {
  const addPhotosRef = useRef(addPhotos);
  addPhotosRef.current = addPhotos;
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
}
