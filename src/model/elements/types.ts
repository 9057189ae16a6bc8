/** What every element kind tells the model layer about itself (see DESIGN.md, "Element kinds"). */
import type { z } from 'zod';
import type { Modifier, SymbolRef } from './fields';

/** One text of an element: a caption, a text box's words, a step's words, a marker's label. */
export interface TextSlot {
  /** Where the text lives, e.g. `caption` or `items.i3.caption`; unique within the element. */
  field: string;
  text: string;
  /** Longest text the field accepts. */
  limit: number;
  /** Written in the document's main language, or the line in its second language. */
  language: 'main' | 'second';
  /** Printed and shown to the young person (a hidden caption is not). */
  shown: boolean;
  /** For a main-language text that can be translated: the `field` of its second-language line. */
  translation?: string;
}

/** One symbol an element shows, with the words it stands for. */
export interface SymbolUse {
  ref: SymbolRef;
  /** The caption or words next to it. */
  label: string;
  /** A mark drawn over the picture. */
  modifier: Modifier | null;
}

/** Where a new element goes, mm from the page's top-left corner. */
export interface At {
  x: number;
  y: number;
}

/** The model layer's definition of one element kind. */
export interface ElementModel<E extends { type: string }> {
  /** Validates a stored element of this kind. */
  schema: z.ZodType<E, unknown>;
  /** The text typed straight onto the canvas (double-click), by `texts` field, or null for none. */
  inlineField: string | null;
  /** A new element of this kind with sensible defaults. */
  create(at: At): E;
  /** Every text of the element, in reading order (container items included). */
  texts(e: E): TextSlot[];
  /** The element with each text replaced by `f(slot)` (cut at the slot's limit); the same object when nothing changed. */
  withTexts(e: E, f: (slot: TextSlot) => string): E;
  /** Symbols the element shows by itself (symbol text's chosen pictures included; pictures it symbolises are layout's). */
  symbols(e: E): SymbolUse[];
  /** Ids of the document's pictures (assets) it shows. */
  assets(e: E): string[];
}

/** Applies `f` to each slot and writes back the fields that changed, by slot field name. */
export function changedTexts(slots: TextSlot[], f: (slot: TextSlot) => string): Map<string, string> {
  const out = new Map<string, string>();
  for (const s of slots) {
    const next = f(s).slice(0, s.limit);
    if (next !== s.text) out.set(s.field, next);
  }
  return out;
}
