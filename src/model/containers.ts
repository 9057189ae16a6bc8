/** Pure operations on a container's items: the rest reflow in layout. */
import { newId } from './ids';
import { updateElements } from './operations';
import { LIMITS, type Container, type ContainerItem, type SignpostDocument, type SymbolRef } from './schema';

function withItems(doc: SignpostDocument, pageId: string, c: Container, items: ContainerItem[]): SignpostDocument {
  return updateElements(doc, pageId, { [c.id]: { items } });
}

function find(doc: SignpostDocument, pageId: string, id: string): Container | undefined {
  const e = doc.pages.find((p) => p.id === pageId)?.elements.find((x) => x.id === id);
  return e?.type === 'container' ? e : undefined;
}

export const newItem = (symbol: SymbolRef | null, caption: string): ContainerItem => ({ id: newId('i'), symbol, also: [], modifier: null, caption: caption.slice(0, LIMITS.caption), color: null });

/** Inserts an item at `index` (the end when omitted). */
export function addItem(doc: SignpostDocument, pageId: string, id: string, item: ContainerItem, index?: number): SignpostDocument {
  const c = find(doc, pageId, id);
  if (!c || c.items.length >= LIMITS.containerItems) return doc;
  const items = c.items.slice();
  items.splice(index ?? items.length, 0, item);
  return withItems(doc, pageId, c, items);
}

export function removeItem(doc: SignpostDocument, pageId: string, id: string, itemId: string): SignpostDocument {
  const c = find(doc, pageId, id);
  if (!c || !c.items.some((i) => i.id === itemId)) return doc;
  return withItems(doc, pageId, c, c.items.filter((i) => i.id !== itemId));
}

/** Moves an item by `by` places, keeping it inside the list. */
export function moveItem(doc: SignpostDocument, pageId: string, id: string, itemId: string, by: number): SignpostDocument {
  const c = find(doc, pageId, id);
  const from = c ? c.items.findIndex((i) => i.id === itemId) : -1;
  const to = Math.max(0, Math.min((c?.items.length ?? 1) - 1, from + by));
  if (!c || from < 0 || from === to) return doc;
  const items = c.items.slice();
  const [it] = items.splice(from, 1);
  items.splice(to, 0, it);
  return withItems(doc, pageId, c, items);
}

export function updateItem(doc: SignpostDocument, pageId: string, id: string, itemId: string, patch: Partial<Omit<ContainerItem, 'id'>>): SignpostDocument {
  const c = find(doc, pageId, id);
  const it = c?.items.find((i) => i.id === itemId);
  if (!c || !it || Object.entries(patch).every(([k, v]) => (it as Record<string, unknown>)[k] === v)) return doc;
  return withItems(doc, pageId, c, c.items.map((i) => (i.id === itemId ? { ...i, ...patch } : i)));
}
