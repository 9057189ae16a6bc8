/**
 * The document's note for the professional ("Print it as wallet cards"): on screen beside
 * the page, never on it, so it is never printed or exported as part of a page.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { useEditorState } from '../editor/useEditorState';
import { setNote } from '../model/operations';
import { LIMITS } from '../model/schema';
import { LimitNote } from './LimitFields';

export function DocumentNote({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const note = state.doc.note ?? '';
  // open at first when there is a note; after that the user opens and closes it
  const [open] = useState(() => note !== '');
  const field = (
    <label className="field">
      <span className="visually-hidden">{t('note.label')}</span>
      <textarea
        rows={3}
        dir="auto"
        lang={state.doc.language}
        value={note}
        maxLength={LIMITS.note}
        aria-label={t('note.label')}
        onChange={(e) => editor.change((d) => setNote(d, e.target.value), { mergeKey: 'note' })}
        onBlur={() => editor.sealHistory()}
      />
      <LimitNote length={note.length} max={LIMITS.note} />
    </label>
  );
  return (
    <section className="panel document-note" aria-labelledby="note-h">
      <details open={open}>
        <summary>
          <h2 id="note-h" className="inline-heading">
            {t(note ? 'note.heading' : 'note.add')}
          </h2>
        </summary>
        <p className="muted small">{t('note.notPrinted')}</p>
        {field}
      </details>
    </section>
  );
}
