/**
 * "On this page": every element as a button, so the page can be used without a mouse or
 * by screen reader. Selecting here selects on the canvas; arrow keys then nudge and
 * Delete removes, as on the canvas.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import type { Element } from '../model/schema';
import { useEditorState } from '../canvas/useEditorState';

function describe(e: Element, t: (k: string, o?: Record<string, unknown>) => string): string {
  switch (e.type) {
    case 'symbol':
      return t('elements.symbol', { caption: e.caption || t('elements.noCaption') });
    case 'text':
      return t('elements.text', { text: e.text.length > 40 ? `${e.text.slice(0, 40)}…` : e.text });
    case 'shape':
      return t(e.shape === 'rect' ? 'elements.rect' : 'elements.ellipse');
    case 'line':
      return t(e.arrow === 'none' ? 'elements.line' : 'elements.arrow');
    case 'symtext':
      return t('elements.symtext', { text: e.text.length > 40 ? `${e.text.slice(0, 40)}…` : e.text });
    case 'container':
      return t(`elements.${e.kind}`, { count: e.items.length });
    case 'image':
      return t('elements.image');
  }
}

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
              {describe(e, t)}
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
