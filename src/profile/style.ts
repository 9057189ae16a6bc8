/**
 * The presentation a document is laid out with. With no profile it is DEFAULT_STYLE;
 * a profile resolves into one (see resolve.ts). Layout reads nothing else about a profile.
 */
import type { Photo, Picture } from '../model/profile';

export interface LayoutStyle {
  /** Font id (atkinson, lexend, opendyslexic). */
  font: string;
  /** Caption size, points, before any shrinking. */
  captionSize: number;
  /** Smallest size of any text the young person reads, points: a profile's text size is this floor. */
  minTextSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Colour of captions and, when `forceTextColor`, of all text. */
  textColor: string;
  /** Use `textColor` for every text box too (high contrast). */
  forceTextColor: boolean;
  /** Symbol drawing style. */
  symbolStyle: 'color' | 'black';
  /** Symbol sets the reader knows, most preferred first (`openmoji`, a pack id); empty for OpenMoji. */
  symbolSets: readonly string[];
  /** Share of the available picture area a symbol fills (0.5–1). */
  symbolScale: number;
  /** Overrides each card's caption position, unless `document`. */
  captionPosition: 'document' | 'above' | 'below';
  /** Page colour. */
  background: string;
  /** Card border width, points. */
  borderWidth: number;
  /** Most symbol cards on one page; fuller pages are split. Null for no limit. */
  maxItemsPerPage: number | null;
  /** Normalised phrase → the young person's own picture. */
  vocabulary: ReadonlyMap<string, Picture>;
  /** The profile's photos by id. */
  photos: ReadonlyMap<string, Photo>;
  /** Which words of symbolised text get a picture. */
  readingSupport: 'every-word' | 'key-words' | 'text-only';
  /** The young person's first language (BCP 47), or null. */
  preferredLanguage: string | null;
  /** Show second-language lines (the document has a second language). */
  bilingual: boolean;
  /** Put the second-language line first (it is the reader's first language). */
  secondFirst: boolean;
  /** The document's language (BCP 47): symbolised text is matched in it. */
  language: string;
  /** The document's language is written right to left: sequences run right to left, Easy Read pictures sit on the right. */
  rtl: boolean;
  /** Printed number of each page, by page id, for items that lead to another page (absent: none printed). */
  pageNumbers?: ReadonlyMap<string, number>;
}

export const DEFAULT_STYLE: LayoutStyle = {
  font: 'atkinson',
  captionSize: 16,
  minTextSize: 14,
  lineHeight: 1.2,
  textColor: '#1a1a1a',
  forceTextColor: false,
  symbolStyle: 'color',
  symbolSets: [],
  symbolScale: 1,
  captionPosition: 'document',
  background: '#ffffff',
  borderWidth: 1,
  maxItemsPerPage: null,
  vocabulary: new Map(),
  photos: new Map(),
  readingSupport: 'key-words',
  preferredLanguage: null,
  bilingual: false,
  secondFirst: false,
  language: 'en-GB',
  rtl: false,
};

/** Lower case, no punctuation, single spaces: how phrases are compared. */
export function normalisePhrase(s: string): string {
  return s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
