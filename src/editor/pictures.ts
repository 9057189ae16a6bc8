/**
 * Pictures for a card's or a step's words: the picture the meaning engine gives them (as
 * for an Easy Read row: the forbidden thing with the not-mark, a place with its times), and
 * the pictures that were chosen automatically for other words than those they now carry.
 */
import { rowPicture } from '../layout/symbolText';
import type { Symboliser } from '../symbols/symbolise';
import { isStale, type PictureHolder } from '../model/pictures';
import type { ComposedPicture, SignpostDocument } from '../model/schema';

/** The picture for a caption's words, or null when nothing fits them. */
export function suggestPicture(symboliser: Pick<Symboliser, 'symbolise'>, words: string, language: string): ComposedPicture | null {
  if (!words.trim()) return null;
  const pic = rowPicture(symboliser.symbolise(words, { mode: 'key-words', language }), words);
  if (!pic || !('ids' in pic) || !pic.ids.length) return null;
  return { set: pic.set, ids: pic.ids.slice(0, 3), ...(pic.modifier ? { modifier: pic.modifier } : {}) };
}

/** A card (no `itemId`) or a container item whose picture was chosen for other words. */
export interface StalePicture {
  pageIndex: number;
  elementId: string;
  itemId?: string;
}

/** Every picture chosen automatically for other words than its card's or step's now. */
export function stalePictures(doc: SignpostDocument, suggest: (words: string) => ComposedPicture | null): StalePicture[] {
  const stale = (h: PictureHolder) => h.pictureFor !== undefined && isStale(h, suggest(h.caption));
  return doc.pages.flatMap((p, pageIndex) =>
    p.elements.flatMap((e): StalePicture[] => {
      if (e.type === 'symbol') return stale(e) ? [{ pageIndex, elementId: e.id }] : [];
      if (e.type === 'container') return e.items.filter(stale).map((i) => ({ pageIndex, elementId: e.id, itemId: i.id }));
      return [];
    }),
  );
}
