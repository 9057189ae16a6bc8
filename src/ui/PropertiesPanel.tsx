/** Changing the selected element (through its kind's panel), or the page when nothing is selected. */
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { bringForward, bringToFront, deleteSelection, duplicateSelection, runCommand, sendBackward, sendToBack } from '../editor/commands';
import { setProps, type PropsOf } from '../editor/commands/setElementProps';
import type { ScenePage } from '../layout/scene';
import type { Element, ElementType } from '../model/schema';
import { useEditorState } from '../editor/useEditorState';
import { Icon } from './Icon';
import { PagePanel } from './PagePanel';
import { isTitleItem } from '../layout/title';
import { uiOf, type PanelProps } from './elements';
import type { Profile } from '../model/profile';

/** The selected element's own fields, from its kind's entry in the UI registry. */
function KindPanel({ editor, element, profile, secondLabel }: { editor: Editor; element: Element; profile: Profile | null; secondLabel: string | null }) {
  const state = useEditorState(editor);
  const Panel = uiOf(element).Panel as unknown as React.ComponentType<PanelProps<ElementType>>;
  const set = (props: PropsOf<ElementType>, options: { mergeKey?: string; labelKey?: string } = {}) => setProps(editor, { kind: element.type, ids: state.selection, props, ...options });
  return <Panel editor={editor} element={element as never} profile={profile} set={set} secondLabel={secondLabel} />;
}

/** Duplicate, delete and the stacking order of the selection. */
function SelectionButtons({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button type="button" onClick={() => runCommand(editor, duplicateSelection, undefined)}>
        <Icon name="copy" /> {t('command.duplicate')}
      </button>
      <button type="button" onClick={() => runCommand(editor, deleteSelection, undefined)}>
        <Icon name="trash" /> {t('command.delete')}
      </button>
      <button type="button" onClick={() => runCommand(editor, bringForward, undefined)}>
        <Icon name="front" /> {t('command.bringForward')}
      </button>
      <button type="button" onClick={() => runCommand(editor, sendBackward, undefined)}>
        <Icon name="back" /> {t('command.sendBackward')}
      </button>
      <button type="button" onClick={() => runCommand(editor, bringToFront, undefined)}>
        {t('command.bringToFront')}
      </button>
      <button type="button" onClick={() => runCommand(editor, sendToBack, undefined)}>
        {t('command.sendToBack')}
      </button>
    </div>
  );
}

export function PropertiesPanel({ editor, scene, profile = null }: { editor: Editor; scene: ScenePage; profile?: Profile | null }) {
  const { t, i18n } = useTranslation();
  const state = useEditorState(editor);
  const sel = editor.selectedElements;
  if (sel.length === 0) return <PagePanel editor={editor} titleOverlaps={scene.items.some((i) => isTitleItem(i) && i.overflow)} />;
  const e = sel[0];
  const single = sel.length === 1;
  const second = state.doc.secondLanguage ? (new Intl.DisplayNames([i18n.language], { type: 'language' }).of(state.doc.secondLanguage) ?? state.doc.secondLanguage) : null;
  const item = single ? scene.items.find((i) => i.elementId === e.id && i.kind !== 'page') : undefined;
  const overflow = item?.overflow;
  // symbol text longer than its box continues on further printed pages
  const continues = item?.breaks?.length ?? 0;
  return (
    <section className="panel" aria-labelledby="props-h">
      <h2 id="props-h">{single ? t('props.label') : t('props.many', { count: sel.length })}</h2>
      {overflow && (
        <p className="warning" role="status">
          {t('props.overflow')}
        </p>
      )}
      {continues > 0 && (
        <p className="muted" role="status">
          {t('props.continues', { count: continues })}
        </p>
      )}
      {single && <KindPanel key={e.id} editor={editor} element={e} profile={profile} secondLabel={second} />}
      <SelectionButtons editor={editor} />
    </section>
  );
}
