/**
 * Changing elements' properties from a panel: one typed command for every kind, so a panel
 * can only set fields its kind has, and each change is one labelled undo step.
 */
import { updateElements, type ElementPatch } from '../../model/operations';
import type { ElementOf, ElementType } from '../../model/schema';
import type { Editor } from '../editor';
import { defineCommand, hasSelection } from './command';

/** The fields of a kind a panel may set (not its id or kind). */
export type PropsOf<K extends ElementType> = Partial<Omit<ElementOf<K>, 'id' | 'type'>>;

export interface SetPropsArgs<K extends ElementType = ElementType> {
  /** The kind the fields belong to; elements of other kinds are left alone. */
  kind: K;
  ids: readonly string[];
  props: PropsOf<K>;
  /** Edits with the same key in a row are one undo step (typing in a field). */
  mergeKey?: string;
  /** What the undo button says it takes back; "Change" when absent. */
  labelKey?: string;
}

/** Sets fields of the given elements of one kind, as one undo step. */
export function setProps<K extends ElementType>(ed: Editor, args: SetPropsArgs<K>): boolean {
  const ids = new Set(args.ids);
  const patches: Record<string, ElementPatch> = {};
  for (const e of ed.page.elements) if (ids.has(e.id) && e.type === args.kind) patches[e.id] = args.props as ElementPatch;
  return ed.change((d) => updateElements(d, ed.page.id, patches), { mergeKey: args.mergeKey, label: args.labelKey ?? 'command.setElementProps' });
}

export const setElementProps = defineCommand<SetPropsArgs>({
  id: 'setElementProps',
  labelKey: 'command.setElementProps',
  history: true,
  enabled: hasSelection,
  run: (ed, args) => void setProps(ed, args),
});
