/** Choosing the picture of one word in a symbolised text; the choice sticks for that word in the document. */
import { updateElements } from '../model/operations';
import type { ComposedPicture } from '../model/schema';
import type { Editor } from './editor';

/** `undefined` forgets the choice (back to the library's picture); `null` means no picture. */
export function setTokenChoice(ed: Editor, elementId: string, key: string, picture: ComposedPicture | null | undefined): void {
  const e = ed.page.elements.find((x) => x.id === elementId);
  if (!e || e.type !== 'symtext') return;
  const choices = { ...e.choices };
  if (picture === undefined) delete choices[key];
  else choices[key] = picture;
  ed.change((d) => updateElements(d, ed.page.id, { [elementId]: { choices } }));
}
