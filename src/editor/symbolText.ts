/** Choosing the picture of one word in a symbolised text; the choice sticks for that word in the document. */
import { updateElements } from '../model/operations';
import type { ComposedPicture } from '../model/schema';
import { isOccurrenceOf, occurrenceKey } from '../symbols/choices';
import type { Editor } from './editor';

type Choices = Readonly<Record<string, ComposedPicture | null>>;

/** Rewrites one symbol text's choices as one undo step. */
function changeChoices(ed: Editor, elementId: string, fn: (choices: Choices) => [string, ComposedPicture | null][]): void {
  const e = ed.page.elements.find((x) => x.id === elementId);
  if (!e || e.type !== 'symtext') return;
  // rebuilt with defineProperty semantics: a word such as "__proto__" stays an own key
  const choices: Record<string, ComposedPicture | null> = {};
  for (const [k, v] of fn(e.choices)) Object.defineProperty(choices, k, { value: v, enumerable: true, writable: true, configurable: true });
  ed.change((d) => updateElements(d, ed.page.id, { [elementId]: { choices } }));
}

/** `undefined` forgets the choice (back to the library's picture); `null` means no picture. */
export function setTokenChoice(ed: Editor, elementId: string, key: string, picture: ComposedPicture | null | undefined): void {
  changeChoices(ed, elementId, (c) => {
    const rest = Object.entries(c).filter(([k]) => k !== key);
    return picture === undefined ? rest : [...rest, [key, picture]];
  });
}

/** Whether a choice applies to this use of the word only, or to every use of it in the element. */
export type ChoiceScope = 'here' | 'everywhere';

/**
 * Chooses the picture of the n-th use (0-based) of a word: for that use only (`key#n`), or for
 * every use, which also forgets the choices made for single uses so that every use shows it.
 * `undefined` forgets the choice; `null` means no picture.
 */
export function setWordChoice(ed: Editor, elementId: string, word: { key: string; n: number }, scope: ChoiceScope, picture: ComposedPicture | null | undefined): void {
  const own = occurrenceKey(word.key, word.n);
  changeChoices(ed, elementId, (c) => {
    const drop = (k: string) => (scope === 'here' ? k === own : k === word.key || isOccurrenceOf(k, word.key));
    const rest = Object.entries(c).filter(([k]) => !drop(k));
    return picture === undefined ? rest : [...rest, [scope === 'here' ? own : word.key, picture]];
  });
}
