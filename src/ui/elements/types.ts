/** What every element kind tells the UI layer: its properties panel and how the element list names it. */
import type { ComponentType } from 'react';
import type { TFunction } from 'i18next';
import type { Editor } from '../../editor/editor';
import type { PropsOf } from '../../editor/commands/setElementProps';
import type { ElementOf, ElementType } from '../../model/schema';
import type { Profile } from '../../model/profile';

export interface PanelProps<K extends ElementType> {
  editor: Editor;
  element: ElementOf<K>;
  profile: Profile | null;
  /** Sets fields of this element (typed to its kind) as one undo step. */
  set: (props: PropsOf<K>, options?: { mergeKey?: string; labelKey?: string }) => void;
  /** The document's second language as a name, or null when it has none. */
  secondLabel: string | null;
}

/** The UI layer's definition of one element kind. */
export interface ElementUi<K extends ElementType> {
  /** The kind's own fields in the properties panel. */
  Panel: ComponentType<PanelProps<K>>;
  /** How the element is named in "On this page" (a screen reader's list of the page). */
  describe: (e: ElementOf<K>, t: TFunction) => string;
}
