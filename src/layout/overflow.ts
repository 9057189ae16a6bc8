/** What does not fit: listed before printing, so nothing prints cut off without saying so. */
import type { ScenePage } from './scene';
import { isTitleItem } from './title';

export interface Overflowing {
  /** 0-based page number in the laid-out pages. */
  pageIndex: number;
  pageId: string;
  elementId: string;
  /** The title heading, with something printed over it (not an element: nothing to select). */
  title?: true;
}

/** Every item whose text does not fit its box, and a title heading something overlaps, page by page. */
export function overflowing(pages: readonly ScenePage[]): Overflowing[] {
  return pages.flatMap((p, pageIndex) => p.items.filter((i) => i.overflow).map((i) => ({ pageIndex, pageId: p.pageId, elementId: i.elementId, ...(isTitleItem(i) ? { title: true as const } : {}) })));
}
