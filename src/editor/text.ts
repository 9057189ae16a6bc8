/** Editing the words of an element typed straight onto the canvas: a caption or a text box. */
import { setElementText, updateElements } from '../model/operations';
import { LIMITS, type Element } from '../model/schema';
import { modelOf, textsOf } from '../model/elements';
import type { Editor } from './editor';

const inlineSlot = (e: Element) => {
  const field = modelOf(e).inlineField;
  return field === null ? undefined : textsOf(e).find((s) => s.field === field);
};

/** The text typed onto the canvas for an element, or null when its kind has none. */
export function textOf(e: Element): string | null {
  return inlineSlot(e)?.text ?? null;
}

/** Longest text the schema accepts for an element's `textOf`. */
export const textLimitOf = (e: Element): number => inlineSlot(e)?.limit ?? LIMITS.text;

/** Sets one text of an element (its canvas text when `field` is omitted); a run of edits to one text is one undo step. */
export function editText(ed: Editor, id: string, text: string, field?: string): void {
  const e = ed.page.elements.find((x) => x.id === id);
  const inline = e ? modelOf(e).inlineField : null;
  const f = field ?? inline;
  if (!e || !f) return;
  // the properties panel's edits of the same text share the key, so they merge into one step
  ed.change((d) => setElementText(d, ed.page.id, id, f, text), { mergeKey: f === inline ? `text:${id}` : `text:${id}:${f}`, label: 'command.editText' });
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
