/** Choosing the picture of one word in a symbolised text; the choice sticks for that word in the document. */
import { updateElements } from '../model/operations';
import type { ComposedPicture } from '../model/schema';
import type { Editor } from './editor';

/** `undefined` forgets the choice (back to the library's picture); `null` means no picture. */
export function setTokenChoice(ed: Editor, elementId: string, key: string, picture: ComposedPicture | null | undefined): void {
  const e = ed.page.elements.find((x) => x.id === elementId);
  if (!e || e.type !== 'symtext') return;
  // rebuilt with defineProperty semantics: a word such as "__proto__" stays an own key
  const choices = Object.fromEntries(Object.entries(e.choices).filter(([k]) => k !== key));
  if (picture !== undefined) Object.defineProperty(choices, key, { value: picture, enumerable: true, writable: true, configurable: true });
  ed.change((d) => updateElements(d, ed.page.id, { [elementId]: { choices } }));
}
