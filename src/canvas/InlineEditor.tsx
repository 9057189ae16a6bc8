/** Editing a caption or text box in place: a textarea laid over the element. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SceneItem } from '../layout/scene';
import type { Editor } from '../editor/editor';
import { editText, textLimitOf, textOf } from '../editor/text';
import { useEditorState } from '../editor/useEditorState';

export function InlineEditor({ editor, item, scale, offset }: { editor: Editor; item: SceneItem; scale: number; offset: { x: number; y: number } }) {
  const { t } = useTranslation();
  useEditorState(editor);
  const ref = useRef<HTMLTextAreaElement>(null);
  const element = editor.page.elements.find((e) => e.id === item.elementId);
  const value = element ? textOf(element) : null;

  useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [item.elementId]);

  if (value === null) return null;
  const style = {
    left: offset.x + item.x * scale,
    top: offset.y + item.y * scale,
    width: Math.max(80, item.width * scale),
    minHeight: Math.max(32, item.height * scale * 0.4),
    transform: item.rotation ? `rotate(${item.rotation}deg)` : undefined,
  };
  return (
    <textarea
      ref={ref}
      className="inline-editor"
      style={style}
      dir="auto"
      lang={editor.doc.language}
      aria-label={element?.type === 'symbol' ? t('canvas.editCaption') : t('canvas.editText')}
      value={value}
      maxLength={element ? textLimitOf(element) : undefined}
      onChange={(e) => editText(editor, item.elementId, e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape' || (e.key === 'Enter' && (e.ctrlKey || e.metaKey || element?.type === 'symbol'))) {
          e.preventDefault();
          editor.setEditing(null);
        }
      }}
      onBlur={() => editor.setEditing(null)}
    />
  );
}
