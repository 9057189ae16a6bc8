/**
 * "On this page": every element as a button, so the page can be used without a mouse or
 * by screen reader. Selecting here selects on the canvas; arrow keys then nudge and
 * Delete removes, as on the canvas.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { describeElement } from './elements';
import { useEditorState } from '../editor/useEditorState';

export function ElementList({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const elements = editor.page.elements;
  const { selection } = state;
  // rebuilt only when this page's elements or the selection change, not on every edit
  const list = useMemo(
    () =>
      [...elements].reverse().map((e) => {
        const selected = selection.includes(e.id);
        return (
          <li key={e.id}>
            <button
              type="button"
              aria-pressed={selected}
              className={selected ? 'selected' : undefined}
              onClick={(ev) => {
                if (ev.shiftKey) editor.select(selected ? selection.filter((id) => id !== e.id) : [...selection, e.id]);
                else editor.select([e.id]);
              }}
            >
              {describeElement(e, t)}
            </button>
          </li>
        );
      }),
    [elements, selection, editor, t],
  );
  return (
    <section className="panel" aria-labelledby="elements-h">
      <h2 id="elements-h">{t('elements.label')}</h2>
      {elements.length === 0 ? (
        <p className="muted">{t('elements.empty')}</p>
      ) : (
        <ul className="element-list" data-canvas-keys="true">
          {list}
        </ul>
      )}
    </section>
  );
}
