/** What one Signpost symbol is: its id, English name and keywords, category and drawing. */
import type { Drawing } from './draw';

/** Browse categories of the set. */
export const CATEGORIES = ['justice', 'care', 'health', 'education-work', 'money', 'online', 'safety'] as const;
export type Category = (typeof CATEGORIES)[number];

export interface Concept {
  /** Stable id within the set, lower case with hyphens: `court-room`. Never reused for another picture. */
  id: string;
  /** English name, as a search result shows it. */
  label: string;
  /** English search words (the label's own words are found anyway). */
  keywords: string[];
  category: Category;
  /** Draws the symbol; the same function draws colour, black and every skin tone. */
  draw(d: Drawing): void;
}
