/**
 * A young person's communication profile: recorded once, applied to every document made
 * for them, on screen and on paper. Plain, versioned, validated data like the document.
 */
import { z } from 'zod';
import { newId } from './ids';
import { AssetSchema, SymbolRefSchema } from './schema';

export const PROFILE_SCHEMA_VERSION = 1;

/** Limits of a profile's fields: the schema below and the profile editor's inputs both use them. */
export const PROFILE_LIMITS = {
  /** Name, characters. */
  name: 60,
  /** A vocabulary phrase or a word to avoid, characters. */
  phrase: 100,
  /** Why something is avoided, characters. */
  reason: 300,
  /** Text size, points. */
  textSize: { min: 14, max: 48 },
  /** Line height, multiples of the text size. */
  lineSpacing: { min: 1, max: 2.5 },
  /** Picture size, share of its card. */
  symbolScale: { min: 0.5, max: 1 },
  /** Symbol cards on one page. */
  maxItemsPerPage: { min: 1, max: 50 },
} as const;

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/);

/** A picture stored inside the profile: the same form as a document's pictures. */
export const PhotoSchema = AssetSchema;

/** What a vocabulary entry shows: a library symbol or one of the profile's photos. */
export const PictureSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('symbol'), symbol: SymbolRefSchema }),
  z.object({ kind: z.literal('photo'), photoId: z.string().min(1).max(64) }),
]);

export const VocabularyEntrySchema = z.object({
  /** The word or phrase, as the young person says it ("my mum", "home"). */
  phrase: z.string().min(1).max(PROFILE_LIMITS.phrase),
  /** The picture that replaces the library's wherever the phrase appears. */
  picture: PictureSchema,
});

export const AvoidSchema = z.object({
  /** A word or phrase to avoid; empty when only a symbol is avoided. */
  word: z.string().max(PROFILE_LIMITS.phrase),
  /** A symbol to avoid, if any. */
  symbol: SymbolRefSchema.nullable(),
  /** Why, in the professional's words ("reminds him of the arrest"). */
  reason: z.string().max(PROFILE_LIMITS.reason),
});

export const READING_SUPPORT = ['every-word', 'key-words', 'text-only'] as const;
export const READING_LEVELS = ['emerging', 'developing', 'fluent'] as const;
export const TINTS = { none: '#ffffff', cream: '#fdf6e3', paleBlue: '#e8f1fb', paleYellow: '#fdf9d8', paleGreen: '#eaf6ea', palePink: '#fbeef2' } as const;

export const ProfileSchema = z.object({
  /** Format version. */
  schemaVersion: z.literal(PROFILE_SCHEMA_VERSION),
  /** Unique id. */
  id: z.string().min(1).max(64),
  /** First name or initials; no surname is needed. */
  name: z.string().min(1).max(PROFILE_LIMITS.name),
  /** Photo id of the young person's own picture, if any. */
  photoId: z.string().max(64).nullable(),
  /** Preferred languages, BCP 47, most preferred first. */
  languages: z.array(z.string().min(2).max(35)).max(4),
  /** Notes in their own words. */
  notes: z.object({
    /** "I like…" */
    likes: z.string().max(1000),
    /** "Help me by…" */
    helpMe: z.string().max(1000),
    /** "Please don't…" */
    dont: z.string().max(1000),
    /** How they read and which pictures help, in the professional's words (for the passport). */
    reading: z.string().max(1000).optional(),
    /** Who to contact about them, and how (for the passport). */
    contact: z.string().max(1000).optional(),
  }),
  /** A symbol for every word, for key words only, or text only. */
  readingSupport: z.enum(READING_SUPPORT),
  /** Sets sensible defaults for the rest. */
  readingLevel: z.enum(READING_LEVELS),
  /** Font id: atkinson, lexend or opendyslexic. */
  font: z.enum(['atkinson', 'lexend', 'opendyslexic']),
  /** Text size in points; never below 14. */
  textSize: z.number().min(PROFILE_LIMITS.textSize.min).max(PROFILE_LIMITS.textSize.max),
  /** Line height as a multiple of the text size. */
  lineSpacing: z.number().min(PROFILE_LIMITS.lineSpacing.min).max(PROFILE_LIMITS.lineSpacing.max),
  /** Picture size as a share of its card (0.5–1). */
  symbolScale: z.number().min(PROFILE_LIMITS.symbolScale.min).max(PROFILE_LIMITS.symbolScale.max),
  /** Where captions go; `document` keeps each card's own choice. */
  captionPosition: z.enum(['document', 'above', 'below']),
  /** Page background tint, for visual stress. */
  tint: z.enum(Object.keys(TINTS) as [keyof typeof TINTS, ...(keyof typeof TINTS)[]]),
  /** Black text, thicker borders, no tint. */
  highContrast: z.boolean(),
  /** Symbols in colour or black outline. */
  symbolStyle: z.enum(['color', 'black']),
  /**
   * Symbol sets the young person knows, most preferred first: `openmoji` or an imported
   * pack's id. Symbol text, search and the word picker put their pictures first. Absent or
   * empty: OpenMoji, with packs in search only.
   */
  symbolSets: z.array(z.string().min(1).max(64)).max(8).optional(),
  /** The most symbol cards on one page; a fuller page is split. */
  maxItemsPerPage: z.number().int().min(PROFILE_LIMITS.maxItemsPerPage.min).max(PROFILE_LIMITS.maxItemsPerPage.max),
  /** Their own words and pictures. */
  vocabulary: z.array(VocabularyEntrySchema).max(500),
  /** Words and symbols to avoid. */
  avoid: z.array(AvoidSchema).max(500),
  /** Photos used by the profile and its vocabulary. */
  photos: z.array(PhotoSchema).max(200),
  /** Text colour when not high contrast. */
  textColor: colour,
  /** Last change, ISO 8601. */
  updatedAt: z.string(),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type Photo = z.infer<typeof PhotoSchema>;
export type Picture = z.infer<typeof PictureSchema>;
export type VocabularyEntry = z.infer<typeof VocabularyEntrySchema>;
export type AvoidEntry = z.infer<typeof AvoidSchema>;
export type ReadingLevel = (typeof READING_LEVELS)[number];

/** Defaults a reading level sets; the professional can change each one after. */
export const LEVEL_DEFAULTS: Record<ReadingLevel, Pick<Profile, 'readingSupport' | 'textSize' | 'lineSpacing' | 'maxItemsPerPage' | 'symbolScale'>> = {
  emerging: { readingSupport: 'every-word', textSize: 22, lineSpacing: 1.5, maxItemsPerPage: 4, symbolScale: 1 },
  developing: { readingSupport: 'key-words', textSize: 18, lineSpacing: 1.4, maxItemsPerPage: 6, symbolScale: 0.9 },
  fluent: { readingSupport: 'key-words', textSize: 16, lineSpacing: 1.25, maxItemsPerPage: 12, symbolScale: 0.8 },
};

export function createProfile(name: string, level: ReadingLevel = 'developing', now = new Date()): Profile {
  return {
    schemaVersion: PROFILE_SCHEMA_VERSION,
    id: newId('y'),
    name,
    photoId: null,
    languages: ['en-GB'],
    notes: { likes: '', helpMe: '', dont: '' },
    readingLevel: level,
    ...LEVEL_DEFAULTS[level],
    font: 'atkinson',
    captionPosition: 'document',
    tint: 'none',
    highContrast: false,
    symbolStyle: 'color',
    vocabulary: [],
    avoid: [],
    photos: [],
    textColor: '#1a1a1a',
    updatedAt: now.toISOString(),
  };
}

/** Why a profile file was refused. */
export class ProfileError extends Error {
  constructor(
    readonly code: 'not-profile' | 'newer-version' | 'damaged',
    detail: string,
  ) {
    super(detail);
    this.name = 'ProfileError';
  }
}

/** Validates unknown JSON as a profile, or throws a ProfileError. */
export function parseProfile(data: unknown): Profile {
  if (typeof data !== 'object' || data === null || !('schemaVersion' in data) || !('readingSupport' in data)) {
    throw new ProfileError('not-profile', 'Not a profile');
  }
  const v = (data as { schemaVersion: unknown }).schemaVersion;
  if (typeof v === 'number' && v > PROFILE_SCHEMA_VERSION) throw new ProfileError('newer-version', `version ${v}`);
  const r = ProfileSchema.safeParse(data);
  if (!r.success) {
    const i = r.error.issues[0];
    throw new ProfileError('damaged', `${i.path.join('.')}: ${i.message}`);
  }
  // every picture must point at a photo that is there
  const ids = new Set(r.data.photos.map((p) => p.id));
  for (const v of r.data.vocabulary) if (v.picture.kind === 'photo' && !ids.has(v.picture.photoId)) throw new ProfileError('damaged', `missing photo ${v.picture.photoId}`);
  if (r.data.photoId && !ids.has(r.data.photoId)) throw new ProfileError('damaged', `missing photo ${r.data.photoId}`);
  return r.data;
}
