/** Fields that several element kinds share: boxes, colours, symbol references and pictures. */
import { z } from 'zod';
import { LIMITS } from '../limits';

export const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
export const mm = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
export const size = z.number().finite().min(LIMITS.size.min).max(LIMITS.size.max);
export const elementId = z.string().min(1).max(LIMITS.id);

/**
 * A record keyed by user text (words, ids). zod's `z.record` skips a `__proto__` key, so a
 * picture chosen for the word "__proto__" was saved and then silently lost on open; this
 * checks the entries instead and builds the result with `Object.fromEntries`, which keeps
 * every key as an own property.
 */
export function ownRecord<V extends z.ZodType>(key: z.ZodString, value: V) {
  const plain = (v: unknown) => typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));
  return z.preprocess((v) => (plain(v) ? Object.entries(v as object) : v), z.array(z.tuple([key, value]))).transform((entries) => Object.fromEntries(entries) as Record<string, z.output<V>>);
}

/** A reference to a symbol in a set. */
export const SymbolRefSchema = z.object({
  /** Set id, e.g. `openmoji`. */
  set: z.string().min(1).max(100),
  /** Symbol id within the set. */
  id: z.string().min(1).max(200),
});

/** The position and size every boxed element has. */
export const box = {
  /** Unique within the document. */
  id: elementId,
  /** Left edge of the unrotated box, mm from the page's left edge. */
  x: mm,
  /** Top edge of the unrotated box, mm from the page's top edge. */
  y: mm,
  /** Width in mm. */
  width: size,
  /** Height in mm. */
  height: size,
  /** Clockwise rotation in degrees about the top-left corner. */
  rotation: z.number().finite().min(-3600).max(3600).default(0),
};

export const MODIFIER_VALUES = ['not', 'question', 'plus', 'past', 'future'] as const;

/** A picture made of one to three symbols of a set, perhaps with a modifier. */
export const ComposedPictureSchema = z.object({
  /** Set id. */
  set: z.string().min(1).max(100),
  /** Symbol ids, side by side. */
  ids: z.array(z.string().min(1).max(200)).min(1).max(3),
  /** A mark over the picture: a red bar (not), question mark, plus, past or future arrow. */
  modifier: z.enum(MODIFIER_VALUES).optional(),
});

export type SymbolRef = z.infer<typeof SymbolRefSchema>;
export type ComposedPicture = z.infer<typeof ComposedPictureSchema>;
export type Modifier = (typeof MODIFIER_VALUES)[number];
