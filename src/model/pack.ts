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

/** Limits of a pack's text, as the schema above enforces them. */
export const PACK_LIMITS = { id: 64, symbolId: 200, label: 200, keyword: 100, keywords: 50, category: 100, name: 100, attribution: 500 } as const;

/** FNV-1a, 32 bits, as 8 hex digits: a short stable digest for shortening ids. */
function digest(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(16).padStart(8, '0');
}

/** An id cut to `max` characters, deterministically: the start, then a digest of the whole. */
export function shortenId(id: string, max: number): string {
  return id.length <= max ? id : `${id.slice(0, max - 9)}-${digest(id)}`;
}

/** Text cut to `max` characters, at a word boundary where one is near, with an ellipsis. */
export function clipText(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.7 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

const words = (s: string) => s.replace(/[_-]+/g, ' ').replace(/\s+/g, ' ').trim();

function normaliseSymbol(s: PackSymbol, i: number, used: Set<string>): PackSymbol {
  let id = shortenId(s.id.trim() || `symbol-${i + 1}`, PACK_LIMITS.symbolId);
  for (let n = 2; used.has(id); n++) id = shortenId(`${s.id}-${n}`, PACK_LIMITS.symbolId);
  used.add(id);
  const label = clipText(s.label, PACK_LIMITS.label) || clipText(words(id), PACK_LIMITS.label) || id.slice(0, PACK_LIMITS.label);
  const keywords = [...new Set(s.keywords.map((k) => clipText(k, PACK_LIMITS.keyword)).filter(Boolean))].slice(0, PACK_LIMITS.keywords);
  return { ...s, id, label, keywords, category: clipText(s.category, PACK_LIMITS.category) };
}

/**
 * A pack cut to what the schema accepts: long text shortened, empty labels and names filled
 * in, tags capped, long ids shortened deterministically. `changed` counts the fields altered,
 * so the import can say so. Pictures are left as they are (their checks are elsewhere).
 */
export function normalisePack(pack: Pack): { pack: Pack; changed: number } {
  let changed = 0;
  const used = new Set<string>();
  const symbols = pack.symbols.slice(0, 20_000).map((s, i) => {
    const n = normaliseSymbol(s, i, used);
    changed += Number(n.id !== s.id) + Number(n.label !== s.label) + Number(n.keywords.join() !== s.keywords.join()) + Number(n.category !== s.category);
    return n;
  });
  const id = shortenId(pack.id.trim() || `pack-${digest(pack.name)}`, PACK_LIMITS.id);
  const name = clipText(pack.name, PACK_LIMITS.name) || id;
  const attribution = clipText(pack.attribution, PACK_LIMITS.attribution);
  changed += Number(id !== pack.id) + Number(name !== pack.name) + Number(attribution !== pack.attribution);
  return { pack: { ...pack, id, name, attribution, symbols }, changed };
}
