/**
 * The document format. Plain, JSON-serialisable, versioned data; every file that enters
 * the app is checked against these schemas after migration (see `migrations/`).
 */
import { z } from 'zod';

/** Current `schemaVersion` written by this build. */
export const SCHEMA_VERSION = 1;

/**
 * Limits of what a document may hold. The schema below is built from them, and the inputs
 * take their maxLength / min / max from them, so whatever can be typed can be saved and reopened.
 */
export const LIMITS = {
  /** Document title, characters. */
  title: 200,
  /** Caption of a card or container item, characters. */
  caption: 500,
  /** Text box text, characters. */
  text: 10_000,
  /** Symbol text, characters. */
  symbolText: 5000,
  /** Words under a timeline's marker, characters. */
  markerLabel: 60,
  /** Text box font size, points. */
  textFontSize: { min: 6, max: 200 },
  /** Symbol text word size, points. */
  symbolFontSize: { min: 6, max: 120 },
  /** Pages in a document. */
  pages: 500,
  /** Elements on one page. */
  elements: 2000,
  /** Steps, cells or events of one container. */
  containerItems: 100,
  /** Columns of a container. */
  columns: { min: 1, max: 8 },
  /** Any position or offset, mm either side of the page's origin. */
  coordinate: 10_000,
  /** Width or height of a box, mm. */
  size: { min: 1, max: 2000 },
  /** Id of a page, element, item or asset, characters. */
  id: 64,
} as const;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);
const mm = z.number().finite().min(-LIMITS.coordinate).max(LIMITS.coordinate);
const size = z.number().finite().min(LIMITS.size.min).max(LIMITS.size.max);
const elementId = z.string().min(1).max(LIMITS.id);

/**
 * A record keyed by user text (words, ids). zod's `z.record` skips a `__proto__` key, so a
 * picture chosen for the word "__proto__" was saved and then silently lost on open; this
 * checks the entries instead and builds the result with `Object.fromEntries`, which keeps
 * every key as an own property.
 */
function ownRecord<V extends z.ZodType>(key: z.ZodString, value: V) {
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

const box = {
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

/** A picture with an optional caption. */
export const SymbolCardSchema = z.object({
  ...box,
  type: z.literal('symbol'),
  /** The picture. */
  symbol: SymbolRefSchema,
  /** Caption text; empty for none. */
  caption: z.string().max(LIMITS.caption),
  /** The caption in the document's second language; empty when not translated. */
  caption2: z.string().max(LIMITS.caption).default(''),
  /** Where the caption sits. */
  captionPosition: z.enum(['above', 'below', 'none']),
  /** Draw a border round the card. */
  border: z.boolean(),
  /** Card background colour, or null for none. */
  background: colour.nullable(),
  /** Up to two more symbols shown beside the first (house + clock + moon for a curfew). */
  also: z.array(SymbolRefSchema).max(2).default([]),
  /** A mark over the picture. */
  modifier: z.enum(MODIFIER_VALUES).nullable().default(null),
});

/** Text in which each word or phrase can carry a picture. */
export const SymbolTextSchema = z.object({
  ...box,
  type: z.literal('symtext'),
  /** The text as written. */
  text: z.string().max(LIMITS.symbolText),
  /** A picture above each word, or Easy Read: one picture then one sentence, a row each. */
  layout: z.enum(['above', 'easy-read']),
  /** Word size in points. */
  fontSize: z.number().min(LIMITS.symbolFontSize.min).max(LIMITS.symbolFontSize.max),
  /** Pictures chosen in this document, by word (its dictionary form); null means none. */
  choices: ownRecord(z.string().max(200), ComposedPictureSchema.nullable()).default({}),
});

/** A block of text. */
export const TextBoxSchema = z.object({
  ...box,
  type: z.literal('text'),
  /** The text; newlines start new paragraphs. */
  text: z.string().max(LIMITS.text),
  /** The text in the document's second language; empty when not translated. */
  text2: z.string().max(LIMITS.text).default(''),
  /** Font size in points. */
  fontSize: z.number().min(LIMITS.textFontSize.min).max(LIMITS.textFontSize.max),
  /** Bold face. */
  bold: z.boolean(),
  /** Horizontal alignment. */
  align: z.enum(['left', 'center', 'right']),
  /** Text colour. */
  color: colour,
});

/** A rectangle or ellipse. */
export const ShapeSchema = z.object({
  ...box,
  type: z.literal('shape'),
  /** Which shape. */
  shape: z.enum(['rect', 'ellipse']),
  /** Fill colour, or null for none. */
  fill: colour.nullable(),
  /** Outline colour, or null for none. */
  stroke: colour.nullable(),
  /** Outline width in mm. */
  strokeWidth: z.number().min(0).max(20),
});

/** A straight line or arrow from (x, y) to (x + dx, y + dy). */
export const LineSchema = z.object({
  /** Unique within the document. */
  id: elementId,
  type: z.literal('line'),
  /** Start, mm from the page's left edge. */
  x: mm,
  /** Start, mm from the page's top edge. */
  y: mm,
  /** End minus start, horizontally, in mm. */
  dx: mm,
  /** End minus start, vertically, in mm. */
  dy: mm,
  /** Arrow heads. */
  arrow: z.enum(['none', 'end', 'both']),
  /** Line colour. */
  color: colour,
  /** Line width in mm. */
  strokeWidth: z.number().min(0.1).max(20),
});

/** One step, cell, event or point of a container. */
export const ContainerItemSchema = z.object({
  /** Unique within the container. */
  id: elementId,
  /** The picture, or null for words only. */
  symbol: SymbolRefSchema.nullable(),
  /** Up to two more symbols beside the first. */
  also: z.array(SymbolRefSchema).max(2).default([]),
  /** A mark over the picture. */
  modifier: z.enum(MODIFIER_VALUES).nullable().default(null),
  /** The words. */
  caption: z.string().max(LIMITS.caption),
  /** Background colour of the cell (scales), or null. */
  color: colour.nullable().default(null),
});

/**
 * An auto-layout element: its items are placed by layout, so adding, removing or
 * reordering one reflows the rest, and a long one continues on the next page.
 */
export const ContainerSchema = z.object({
  ...box,
  type: z.literal('container'),
  /** sequence: steps in order; grid: rows × columns; timeline: events along a line; scale: 1 to n with colours. */
  kind: z.enum(['sequence', 'grid', 'timeline', 'scale']),
  /** Direction of a sequence. */
  direction: z.enum(['horizontal', 'vertical']),
  /** Columns of a grid (and of a sequence that wraps). */
  columns: z.number().int().min(LIMITS.columns.min).max(LIMITS.columns.max),
  /** Number the items. */
  numbered: z.boolean(),
  /** Arrows between steps. */
  arrows: z.boolean(),
  /** A tick box on each step. */
  ticks: z.boolean(),
  /** Index of the "you are here" item on a timeline, or null. */
  marker: z.number().int().min(0).nullable(),
  /** Words of the marker, e.g. "You are here". */
  markerLabel: z.string().max(LIMITS.markerLabel),
  /** The items in order. */
  items: z.array(ContainerItemSchema).max(LIMITS.containerItems),
});

/** A picture stored once in the document: a downscaled JPEG or PNG with no EXIF data. */
export const AssetSchema = z.object({
  /** Unique within the document. */
  id: elementId,
  /** `image/jpeg` or `image/png`. */
  mime: z.enum(['image/jpeg', 'image/png']),
  /** Base64 bytes. */
  data: z.string().max(12_000_000),
  /** Pixel size. */
  width: z.number().int().min(1).max(4000),
  height: z.number().int().min(1).max(4000),
});

/** A photo or picture of the user's own, placed on the page. */
export const ImageElementSchema = z.object({
  ...box,
  type: z.literal('image'),
  /** The asset shown. */
  assetId: z.string().min(1).max(64),
  /** Show it whole, or cropped to a square or a circle from its centre. */
  crop: z.enum(['none', 'square', 'circle']),
});

export const ElementSchema = z.discriminatedUnion('type', [SymbolCardSchema, TextBoxSchema, ShapeSchema, LineSchema, SymbolTextSchema, ContainerSchema, ImageElementSchema]);

export const PageSchema = z.object({
  /** Unique within the document. */
  id: elementId,
  /** Elements in stacking order, bottom first. */
  elements: z.array(ElementSchema).max(LIMITS.elements),
});

export const PageSetupSchema = z.object({
  /** Paper size. */
  size: z.enum(['A4', 'A5', 'Letter']),
  /** Orientation. */
  orientation: z.enum(['portrait', 'landscape']),
  /** Margin on every side, mm. */
  margin: z.number().min(0).max(50),
});

/**
 * Key of a picture in `assets`: its own id, which also names its file in the zip
 * (`assets/<id>.png`), so a plain name: a key that differed from the id, or an id such as
 * `../x`, opened from document.json but was saved where it could not be found again.
 */
const assetKey = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export const DocumentSchema = z.object({
  /** Format version; see `migrations/`. */
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** Unique id of the document. */
  id: elementId,
  /** Title shown on the home screen and in the PDF metadata. */
  title: z.string().max(LIMITS.title),
  /** Main language, BCP 47 (e.g. `en-GB`). */
  language: z.string().min(2).max(35),
  /** Optional second language: captions and text can carry a line in it. */
  secondLanguage: z.string().min(2).max(35).nullable().default(null),
  /** Paper. */
  page: PageSetupSchema,
  /** At least one page. */
  pages: z.array(PageSchema).min(1).max(LIMITS.pages),
  /** Profile the document is made for, or null. */
  profileId: z.string().max(64).nullable(),
  /** Pictures used by image elements, each stored once, by id. */
  assets: ownRecord(assetKey, AssetSchema)
    .refine((r) => Object.entries(r).every(([k, a]) => a.id === k), 'a picture is stored under another id than its own')
    .default({}),
  /** Creation time, ISO 8601. */
  createdAt: z.string(),
  /** Last change, ISO 8601. */
  updatedAt: z.string(),
});

export type SymbolRef = z.infer<typeof SymbolRefSchema>;
export type SymbolCard = z.infer<typeof SymbolCardSchema>;
export type TextBox = z.infer<typeof TextBoxSchema>;
export type Shape = z.infer<typeof ShapeSchema>;
export type Line = z.infer<typeof LineSchema>;
export type SymbolText = z.infer<typeof SymbolTextSchema>;
export type Container = z.infer<typeof ContainerSchema>;
export type ImageElement = z.infer<typeof ImageElementSchema>;
export type Asset = z.infer<typeof AssetSchema>;
export type ContainerItem = z.infer<typeof ContainerItemSchema>;
export type ComposedPicture = z.infer<typeof ComposedPictureSchema>;
export type Element = z.infer<typeof ElementSchema>;
export type Page = z.infer<typeof PageSchema>;
export type PageSetup = z.infer<typeof PageSetupSchema>;
export type SignpostDocument = z.infer<typeof DocumentSchema>;
export type ElementType = Element['type'];
