/** Editing the words of an element: a caption or a text box. */
import { updateElements } from '../model/operations';
import { LIMITS, type Element } from '../model/schema';
import type { Editor } from './editor';

/** The editable text of an element, or null when it has none. */
export function textOf(e: Element): string | null {
  if (e.type === 'symbol') return e.caption;
  if (e.type === 'text' || e.type === 'symtext') return e.text;
  return null;
}

/** Longest text the schema accepts for an element's `textOf`. */
export const textLimitOf = (e: Element): number => (e.type === 'symbol' ? LIMITS.caption : e.type === 'symtext' ? LIMITS.symbolText : LIMITS.text);

/** Sets an element's text (cut at its limit); a run of edits to one element is one undo step. */
export function editText(ed: Editor, id: string, text: string): void {
  const e = ed.page.elements.find((x) => x.id === id);
  if (!e) return;
  const value = text.slice(0, textLimitOf(e));
  const patch = e.type === 'symbol' ? { caption: value } : e.type === 'text' || e.type === 'symtext' ? { text: value } : null;
  if (patch) ed.change((d) => updateElements(d, ed.page.id, { [id]: patch }), { mergeKey: `text:${id}` });
}

/**
 * Grows a text box that its words have outgrown (as typing goes on), as part of the same
 * undo step as the typing. Heights are in mm.
 */
export function growToFit(ed: Editor, id: string, needMm: number): void {
  const e = ed.page.elements.find((x) => x.id === id);
  const height = Math.min(LIMITS.size.max, Math.ceil(needMm * 10) / 10);
  if (!e || e.type !== 'text' || height <= e.height + 0.05) return;
  ed.change((d) => updateElements(d, ed.page.id, { [id]: { height } }), { mergeKey: `text:${id}` });
}
