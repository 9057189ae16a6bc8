/**
 * The picture of a card or a container item, and whether it was chosen for its words
 * automatically (`pictureFor`) or by a person. Pure operations, like the rest of the model.
 */
import { updateElements } from './operations';
import type { ComposedPicture, ContainerItem, SignpostDocument, SymbolCard, SymbolRef } from './schema';

/** What a card or an item holds of its picture. */
export interface PictureHolder {
  symbol: SymbolRef | null;
  also?: SymbolRef[];
  modifier?: ComposedPicture['modifier'] | null;
  caption: string;
  pictureFor?: string;
}

/** Words compared as a reader sees them: case, spaces and end punctuation aside. */
export const sameWords = (a: string, b: string): boolean => norm(a) === norm(b);
const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']/g, "'")
    .replace(/[\s.!?,;:۔؟]+/g, ' ')
    .trim();

/** The holder's picture as a composed picture, or null when it has none. */
export function pictureOf(h: PictureHolder): ComposedPicture | null {
  if (!h.symbol || !h.symbol.id) return null;
  const ids = [h.symbol.id, ...(h.also ?? []).filter((a) => a.set === h.symbol!.set).map((a) => a.id)];
  return { set: h.symbol.set, ids, ...(h.modifier ? { modifier: h.modifier } : {}) };
}

/** Two pictures are the same symbols in the same order with the same mark. */
export function samePicture(a: ComposedPicture | null, b: ComposedPicture | null): boolean {
  if (!a || !b) return a === b;
  return a.set === b.set && a.ids.join() === b.ids.join() && (a.modifier ?? null) === (b.modifier ?? null);
}

/**
 * The picture was chosen automatically for other words than the holder's now, and the
 * picture for the new words (`suggestion`, null when there is none) is a different one.
 */
export function isStale(h: PictureHolder, suggestion: ComposedPicture | null): boolean {
  return h.pictureFor !== undefined && !sameWords(h.pictureFor, h.caption) && !samePicture(pictureOf(h), suggestion);
}

/** The fields a card or item stores for a picture; `pictureFor` when it was chosen automatically. */
function fields(pic: ComposedPicture | null, pictureFor: string | undefined) {
  return {
    symbol: pic ? { set: pic.set, id: pic.ids[0] } : null,
    also: pic ? pic.ids.slice(1, 3).map((id) => ({ set: pic.set, id })) : [],
    modifier: pic?.modifier ?? null,
    ...(pictureFor !== undefined ? { pictureFor } : {}),
  };
}

function withoutPictureFor<T extends { pictureFor?: string }>(x: T): T {
  const { pictureFor: _, ...rest } = x;
  return rest as T;
}

/**
 * Sets the picture of a container item; `pictureFor` records the words it was chosen for
 * automatically, and its absence that a person chose it.
 */
export function setItemPicture(doc: SignpostDocument, pageId: string, containerId: string, itemId: string, pic: ComposedPicture | null, pictureFor?: string): SignpostDocument {
  const c = doc.pages.find((p) => p.id === pageId)?.elements.find((e) => e.id === containerId);
  if (c?.type !== 'container' || !c.items.some((i) => i.id === itemId)) return doc;
  const items = c.items.map((i): ContainerItem => (i.id === itemId ? { ...withoutPictureFor(i), ...fields(pic, pictureFor) } : i));
  return updateElements(doc, pageId, { [containerId]: { items } });
}

/** Sets the picture of a symbol card (a card always has one); `pictureFor` as for items. */
export function setCardPicture(doc: SignpostDocument, pageId: string, cardId: string, pic: ComposedPicture, pictureFor?: string): SignpostDocument {
  const page = doc.pages.find((p) => p.id === pageId);
  const card = page?.elements.find((e) => e.id === cardId);
  if (!page || card?.type !== 'symbol') return doc;
  const { symbol, also, modifier } = fields(pic, undefined);
  const next: SymbolCard = { ...withoutPictureFor(card), symbol: symbol!, also, modifier, ...(pictureFor !== undefined ? { pictureFor } : {}) };
  return { ...doc, pages: doc.pages.map((p) => (p === page ? { ...p, elements: p.elements.map((e) => (e === card ? next : e)) } : p)) };
}

/** A person keeps the picture for the new words: it is no longer an automatic choice. */
export function keepPicture(doc: SignpostDocument, pageId: string, elementId: string, itemId?: string): SignpostDocument {
  const page = doc.pages.find((p) => p.id === pageId);
  const e = page?.elements.find((x) => x.id === elementId);
  if (!page || !e) return doc;
  let next = e;
  if (e.type === 'symbol' && e.pictureFor !== undefined) next = withoutPictureFor(e);
  if (e.type === 'container' && itemId) {
    const it = e.items.find((i) => i.id === itemId);
    if (it?.pictureFor !== undefined) next = { ...e, items: e.items.map((i) => (i === it ? withoutPictureFor(i) : i)) };
  }
  if (next === e) return doc;
  return { ...doc, pages: doc.pages.map((p) => (p === page ? { ...p, elements: p.elements.map((x) => (x === e ? next : x)) } : p)) };
}
