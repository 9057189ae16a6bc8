/**
 * The document format. Plain, JSON-serialisable, versioned data; every file that enters
 * the app is checked against these schemas after migration (see `migrations/`). Each element
 * kind's schema lives with its definition in `elements/`.
 */
import { z } from 'zod';
import { LIMITS } from './limits';
import { elementId, ownRecord } from './elements/fields';
import { ElementSchema } from './elements';

export { LIMITS } from './limits';
export { SymbolRefSchema, ComposedPictureSchema, MODIFIER_VALUES, type SymbolRef, type ComposedPicture, type Modifier } from './elements/fields';
export { SymbolCardSchema, type SymbolCard } from './elements/symbol';
export { TextBoxSchema, type TextBox } from './elements/text';
export { SymbolTextSchema, type SymbolText } from './elements/symtext';
export { ShapeSchema, type Shape } from './elements/shape';
export { LineSchema, type Line } from './elements/line';
export { ContainerSchema, ContainerItemSchema, type Container, type ContainerItem } from './elements/container';
export { ImageElementSchema, type ImageElement } from './elements/image';
export { ElementSchema, type Element, type ElementType, type ElementOf } from './elements';

/** Current `schemaVersion` written by this build. */
export const SCHEMA_VERSION = 1;

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

/** An Open Board Format licence, as a board's file states it (see `boardLicence.ts`). */
export const BoardLicenceSchema = z.object({
  /** e.g. "CC BY-SA 4.0". */
  type: z.string().max(LIMITS.licenceField),
  /** Where the licence's terms are. */
  copyright_notice_url: z.string().max(LIMITS.licenceField).optional(),
  /** Where the work came from. */
  source_url: z.string().max(LIMITS.licenceField).optional(),
  author_name: z.string().max(LIMITS.licenceField).optional(),
  author_url: z.string().max(LIMITS.licenceField).optional(),
});

export const PageSchema = z.object({
  /** Unique within the document. */
  id: elementId,
  /**
   * The licence of what the page itself holds (a board opened from a file that states one),
   * credited on every export with the pictures' licences, and saved back with the board.
   * Absent for a page of the user's own.
   */
  credit: z.object({ board: z.string().max(LIMITS.title), licence: BoardLicenceSchema }).optional(),
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
  /**
   * A note for the professional ("Print it as wallet cards"): shown on screen, never printed
   * or exported as part of a page. Absent or empty when there is none.
   */
  note: z.string().max(LIMITS.note).optional(),
  /**
   * Print the title as a heading at the top of page 1 (drawn by layout, not an element, so it
   * follows renaming). Absent in documents made before it existed: they print as they did.
   */
  titleHeading: z.boolean().optional(),
  /** Pictures used by image elements, each stored once, by id. */
  assets: ownRecord(assetKey, AssetSchema)
    .refine((r) => Object.entries(r).every(([k, a]) => a.id === k), 'a picture is stored under another id than its own')
    .default({}),
  /** Creation time, ISO 8601. */
  createdAt: z.string(),
  /** Last change, ISO 8601. */
  updatedAt: z.string(),
});

export type Asset = z.infer<typeof AssetSchema>;
export type Page = z.infer<typeof PageSchema>;
export type PageSetup = z.infer<typeof PageSetupSchema>;
export type SignpostDocument = z.infer<typeof DocumentSchema>;
