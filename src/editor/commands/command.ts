/** A named change or action, shared by menus, shortcuts and tests. */
import type { Editor } from '../editor';

export interface Shortcut<A> {
  /** Key combination, e.g. `Mod+Z` (Mod is Ctrl, or Cmd on a Mac), `Shift+ArrowLeft`. */
  keys: string;
  args?: A;
}

export interface Command<A = void> {
  id: string;
  /** i18next key of the label. */
  labelKey: string;
  shortcuts?: Shortcut<A>[];
  /** Whether running it is recorded in undo history. */
  history: boolean;
  enabled?: (ed: Editor) => boolean;
  run: (ed: Editor, args: A) => void;
}

export const hasSelection = (ed: Editor): boolean => ed.getState().selection.length > 0;

/** Declares a command with its types checked. */
export const defineCommand = <A = void>(c: Command<A>): Command<A> => c;
