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

/** A pack's licence as its licence file states it, read at import and confirmed by the user. */
export const PackLicenceSchema = z.object({
  /** The licence file as written, with plain line ends, for the preview. */
  text: z.string().max(20_000),
  /** What the licensed work is called, e.g. "The Mulberry Symbol set". */
  title: z.string().max(200),
  /** The licence's short name, e.g. "CC BY-SA 4.0" (its full name when it has no short one). */
  licence: z.string().max(200),
  /** The licence's address, e.g. https://creativecommons.org/licenses/by-sa/4.0/ (printed, never fetched). */
  url: z.string().max(500),
  /** Who made the pictures or holds their copyright, e.g. "Steve Lee". */
  author: z.string().max(200),
  /** The copyright notice as written, e.g. "Copyright 2018-2026 Steve Lee". */
  copyright: z.string().max(300),
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
  /** The licence read from the pack and confirmed in the preview; absent for packs imported before it was read. */
  licence: PackLicenceSchema.optional(),
  /** Language of the pack's words (BCP 47, e.g. `en`); symbol text in that language may use its pictures. */
  language: z.string().min(2).max(35).optional(),
  symbols: z.array(PackSymbolSchema).max(20_000),
});

export type Pack = z.infer<typeof PackSchema>;
export type PackSymbol = z.infer<typeof PackSymbolSchema>;
export type PackLicence = z.infer<typeof PackLicenceSchema>;

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

/** A licence cut to what the schema accepts (the text keeps its lines). */
function normaliseLicence(l: PackLicence): PackLicence {
  const line = (s: string, max: number) => clipText(plainLine(s), max);
  return { text: l.text.slice(0, 20_000), title: line(l.title, 200), licence: line(l.licence, 200), url: plainLine(l.url).slice(0, 500), author: line(l.author, 200), copyright: line(l.copyright, 300) };
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
  const licence = pack.licence && normaliseLicence(pack.licence);
  changed += Number(!!licence && JSON.stringify(licence) !== JSON.stringify(pack.licence));
  return { pack: { ...pack, id, name, attribution, symbols, ...(licence ? { licence } : {}) }, changed };
}

/** Text with no control characters (a `\r` prints as a missing-glyph box), spaces collapsed. */
export function plainLine(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * The credit printed on every export that uses a pack, from its licence: what it is, the
 * copyright notice (or author), the licence and its address, each once. Separators, not
 * words, so it reads the same in every language of the document.
 */
export function creditOf(l: Omit<PackLicence, 'text'>): string {
  const parts: string[] = [];
  const add = (p: string) => {
    const t = plainLine(p);
    if (t && !parts.some((q) => q.toLowerCase().includes(t.toLowerCase()))) parts.push(t);
  };
  add(l.title);
  add(l.copyright || l.author);
  if (l.copyright && l.author && !l.copyright.toLowerCase().includes(l.author.toLowerCase())) add(l.author);
  add(l.licence);
  add(l.url);
  return parts.join(' · ');
}

/** What a pack's exports print: its attribution as confirmed, tidied of stray line ends and rules ("====="). */
export function packCredit(pack: Pick<Pack, 'attribution' | 'licence'>): string {
  const a = plainLine(pack.attribution.replace(/(^|\s)[=\-_*#~]{3,}(?=\s|$)/g, ' '));
  return a || (pack.licence ? creditOf(pack.licence) : '');
}
