/** The document's title printed as a heading at the top of page 1 (a document setting). */
import type { SignpostDocument } from './schema';

/**
 * The id the title heading goes by where things are listed by element (words to avoid, what
 * does not fit). The app never gives an element an id starting with `#`; in the Scene the
 * heading is also the page's own item (kind `page`), so it is never taken for an element.
 */
export const TITLE_HEADING_ID = '#title';

/** Whether the document prints its title as a heading (on, and a title to print). */
export const printsTitle = (doc: Pick<SignpostDocument, 'titleHeading' | 'title'>): boolean => doc.titleHeading === true && doc.title.trim() !== '';

/** Space new Easy Read documents and templates keep clear above their first element, mm from the top margin. */
export const TITLE_BAND_MM = 18;
