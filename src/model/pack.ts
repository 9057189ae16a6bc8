/** A symbol pack the user imported: its licence, and its pictures with their words. */
import { z } from 'zod';

export const PACK_SCHEMA_VERSION = 1;

export const PackSymbolSchema = z.object({
  /** Unique within the pack (from the file name). */
  id: z.string().min(1).max(200),
  /** The word or phrase the picture stands for. */
  label: z.string().min(1).max(200),
  /** More words to find it by. */
  keywords: z.array(z.string().max(100)).max(50),
  /** Category, if the pack has them. */
  category: z.string().max(100),
  /** The picture's type: sanitised SVG, PNG or JPEG. */
  mime: z.enum(['image/svg+xml', 'image/png', 'image/jpeg']),
  /** The picture, base64. */
  data: z.string().max(4_000_000),
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});

export const PackSchema = z.object({
  /** Format version. */
  schemaVersion: z.literal(PACK_SCHEMA_VERSION),
  /** Set id used in documents, e.g. `pack-mulberry-3f2a`. */
  id: z.string().min(1).max(64),
  /** Name shown in the library. */
  name: z.string().min(1).max(100),
  /** Licence and attribution printed on exports that use the pack. */
  attribution: z.string().max(500),
  /** Whether the pack takes part in search. */
  enabled: z.boolean(),
  symbols: z.array(PackSymbolSchema).max(20_000),
});

export type Pack = z.infer<typeof PackSchema>;
export type PackSymbol = z.infer<typeof PackSymbolSchema>;
