import { useSyncExternalStore } from 'react';
import type { Editor, EditorState } from './editor';

/** Subscribes a component to the editor store. */
export function useEditorState(editor: Editor): EditorState {
  return useSyncExternalStore(editor.subscribe, editor.getState, editor.getState);
}
