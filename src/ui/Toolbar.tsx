/** The editor's top bar. Every button has a visible label and an accessible name. */
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addArrow, addShape, addSymbolText, addText, redo, runCommand, undo, zoom } from '../editor/commands';
import { setTitle } from '../model/operations';
import { LIMITS, type SignpostDocument } from '../model/schema';
import { LimitNote } from './LimitFields';
import type { Profile } from '../model/profile';
import type { SaveStatus } from '../storage/autosave';
import { useEditorState } from '../editor/useEditorState';
import { Icon } from './Icon';
import { openErrorKey, saveDocumentFile } from './fileIo';
import { OpenFileButton } from './OpenFileButton';
import { useOpenFile } from './PdfPasswordDialog';
import { boardNotice } from './openUserFile';
import { useServices } from './services';
import { ExportButton } from './ExportButton';
import { contentText } from '../i18n';

interface Props {
  editor: Editor;
  profile: Profile | null;
  status: SaveStatus;
  onClose: () => void;
  onOpen: (d: SignpostDocument, note?: string) => void;
  onError: (message: string) => void;
}

/** Undo and redo (saying what they take back), the things to add, and zoom. */
function EditButtons({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const zoomPct = Math.round(((state.zoom ?? editor.fitZoom) / (96 / 25.4)) * 100);
  return (
    <>
      <span className="sep" />
      <button type="button" className="icon-only" onClick={() => runCommand(editor, undo, undefined)} disabled={!editor.canUndo || state.readOnly} aria-keyshortcuts="Control+Z" aria-label={t('toolbar.undo')} title={editor.undoLabel ? t('toolbar.undoWhat', { what: t(editor.undoLabel) }) : t('toolbar.undoTip')}>
        <Icon name="undo" />
      </button>
      <button type="button" className="icon-only" onClick={() => runCommand(editor, redo, undefined)} disabled={!editor.canRedo || state.readOnly} aria-keyshortcuts="Control+Shift+Z" aria-label={t('toolbar.redo')} title={editor.redoLabel ? t('toolbar.redoWhat', { what: t(editor.redoLabel) }) : t('toolbar.redoTip')}>
        <Icon name="redo" />
      </button>
      <span className="sep" />
      <button type="button" onClick={() => runCommand(editor, addText, { text: contentText('newText', editor.doc.language) })}>
        <Icon name="text" /> {t('toolbar.addText')}
      </button>
      <button type="button" onClick={() => runCommand(editor, addSymbolText, { text: contentText('newSymbolText', editor.doc.language) })}>
        <Icon name="symtext" /> {t('toolbar.addSymbolText')}
      </button>
      <button type="button" onClick={() => runCommand(editor, addArrow, undefined)}>
        <Icon name="arrow" /> {t('toolbar.addArrow')}
      </button>
      <button type="button" onClick={() => runCommand(editor, addShape, { shape: 'rect' })}>
        <Icon name="rect" /> {t('toolbar.addRect')}
      </button>
      <button type="button" onClick={() => runCommand(editor, addShape, { shape: 'ellipse' })}>
        <Icon name="ellipse" /> {t('toolbar.addEllipse')}
      </button>
      <span className="sep" />
      <button type="button" className="icon-only" onClick={() => runCommand(editor, zoom, { by: 0.8 })} aria-label={t('toolbar.zoomOut')} title={t('toolbar.zoomOut')}>
        <Icon name="zoomOut" />
      </button>
      <span className="zoom-level" aria-live="polite">
        {t('toolbar.zoomLevel', { percent: zoomPct })}
      </span>
      <button type="button" className="icon-only" onClick={() => runCommand(editor, zoom, { by: 1.25 })} aria-label={t('toolbar.zoomIn')} title={t('toolbar.zoomIn')}>
        <Icon name="zoomIn" />
      </button>
      <button type="button" className="icon-only" onClick={() => runCommand(editor, zoom, { fit: true })} aria-label={t('toolbar.zoomFit')} title={t('toolbar.zoomFit')}>
        <Icon name="fit" />
      </button>
    </>
  );
}

export function Toolbar({ editor, profile, status, onClose, onOpen, onError }: Props) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const state = useEditorState(editor);

  const { openFile, dialog: passwordDialog } = useOpenFile(
    services,
    (doc, notes) => onOpen(doc, boardNotice(t, notes, i18n.language)),
    (key) => onError(t(key)),
  );

  return (
    <header className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
      <button type="button" onClick={onClose}>
        <Icon name="home" /> {t('toolbar.home')}
      </button>
      <input
        className="title-input"
        type="text"
        dir="auto"
        lang={state.doc.language}
        aria-label={t('toolbar.title')}
        value={state.doc.title}
        readOnly={state.readOnly}
        maxLength={LIMITS.title}
        onChange={(e) => editor.change((d) => setTitle(d, e.target.value.slice(0, LIMITS.title)), { mergeKey: 'title' })}
        onBlur={() => editor.sealHistory()}
      />
      <LimitNote length={state.doc.title.length} max={LIMITS.title} />
      <EditButtons editor={editor} />
      <span className="spacer" />
      <span className={`save-status ${status}`} role="status">
        {t(`status.${status}`)}
      </span>
      <OpenFileButton onFile={(f) => void openFile(f)} labelKey="toolbar.openShort" />
      <button
        type="button"
        onClick={() => void saveDocumentFile(editor.doc).catch((e: unknown) => onError(t(openErrorKey(e))))}
      >
        <Icon name="save" /> {t('toolbar.save')}
      </button>
      <ExportButton editor={editor} profile={profile} onError={onError} />
      {passwordDialog}
    </header>
  );
}
