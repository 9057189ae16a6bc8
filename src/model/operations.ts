/**
 * Pure operations on a document: `(doc, args) → doc`. Each returns the same object when
 * nothing changed, so callers can tell a no-op from a change by identity.
 */
import { own } from './own';
import { newId } from './ids';
import { createPage } from './factory';
import { LIMITS, type Asset, type Element, type Page, type PageSetup, type SignpostDocument } from './schema';
import { assetsOf, textsOf, withTexts } from './elements';

type Patch<E> = Partial<Omit<E, 'id' | 'type'>>;
export type ElementPatch = Patch<Element> & Record<string, unknown>;

function withPages(doc: SignpostDocument, pages: Page[]): SignpostDocument {
  return { ...doc, pages };
}

function mapPage(doc: SignpostDocument, pageId: string, fn: (p: Page) => Page): SignpostDocument {
  let changed = false;
  const pages = doc.pages.map((p) => {
    if (p.id !== pageId) return p;
    const next = fn(p);
    if (next !== p) changed = true;
    return next;
  });
  return changed ? withPages(doc, pages) : doc;
}

/** Sets the title, cut at the schema's limit. */
export function setTitle(doc: SignpostDocument, text: string): SignpostDocument {
  const title = text.slice(0, LIMITS.title);
  return doc.title === title ? doc : { ...doc, title };
}

/** Prints the title as a heading at the top of page 1, or stops printing it. */
export function setTitleHeading(doc: SignpostDocument, on: boolean): SignpostDocument {
  return (doc.titleHeading ?? false) === on ? doc : { ...doc, titleHeading: on };
}

/** Sets the note for the professional (never printed), cut at the schema's limit; empty removes it. */
export function setNote(doc: SignpostDocument, text: string): SignpostDocument {
  const note = text.slice(0, LIMITS.note);
  if ((doc.note ?? '') === note) return doc;
  if (note) return { ...doc, note };
  const { note: _, ...rest } = doc;
  return rest;
}

/** Positions and sizes the schema accepts: a value past a bound is held at the bound. */
const BOUNDS: Record<string, readonly [number, number]> = {
  x: [-LIMITS.coordinate, LIMITS.coordinate],
  y: [-LIMITS.coordinate, LIMITS.coordinate],
  dx: [-LIMITS.coordinate, LIMITS.coordinate],
  dy: [-LIMITS.coordinate, LIMITS.coordinate],
  width: [LIMITS.size.min, LIMITS.size.max],
  height: [LIMITS.size.min, LIMITS.size.max],
};

/** A patch value held within its bounds (numbers only; NaN stays NaN and is refused at save). */
function bounded(key: string, v: unknown): unknown {
  const b = BOUNDS[key];
  return b && typeof v === 'number' && Number.isFinite(v) ? Math.min(b[1], Math.max(b[0], v)) : v;
}

/** Stores a picture in the document (once: an asset with the same id is kept). */
export function addAsset(doc: SignpostDocument, asset: Asset): SignpostDocument {
  if (doc.assets?.[asset.id]) return doc;
  return { ...doc, assets: { ...doc.assets, [asset.id]: asset } };
}

/** Drops pictures no image element uses any more, so files do not carry dead weight. */
export function pruneAssets(doc: SignpostDocument): SignpostDocument {
  const used = new Set(doc.pages.flatMap((p) => p.elements.flatMap(assetsOf)));
  const keep = Object.fromEntries(Object.entries(doc.assets ?? {}).filter(([id]) => used.has(id)));
  return Object.keys(keep).length === Object.keys(doc.assets ?? {}).length ? doc : { ...doc, assets: keep };
}

/** The document's main language (BCP 47); symbol search and names follow it. */
export function setLanguage(doc: SignpostDocument, language: string): SignpostDocument {
  return doc.language === language ? doc : { ...doc, language };
}

/** Sets or clears the document's second language. */
export function setSecondLanguage(doc: SignpostDocument, language: string | null): SignpostDocument {
  return (doc.secondLanguage ?? null) === language ? doc : { ...doc, secondLanguage: language };
}

/** Shown texts (of any kind) with no second-language line, while the document has a second language. */
export function missingTranslations(doc: SignpostDocument): { pageIndex: number; elementId: string; field: string }[] {
  if (!doc.secondLanguage) return [];
  return doc.pages.flatMap((p, pageIndex) =>
    p.elements.flatMap((e) => {
      const slots = textsOf(e);
      const byField = new Map(slots.map((s) => [s.field, s]));
      return slots.filter((s) => s.shown && s.translation && s.text.trim() && !byField.get(s.translation)?.text.trim()).map((s) => ({ pageIndex, elementId: e.id, field: s.field }));
    }),
  );
}

/** Sets one text of an element (`field` as its kind's `texts` names it), cut at its limit. */
export function setElementText(doc: SignpostDocument, pageId: string, elementId: string, field: string, text: string): SignpostDocument {
  return mapPage(doc, pageId, (p) => {
    const elements = p.elements.map((e) => (e.id === elementId ? withTexts(e, (s) => (s.field === field ? text : s.text)) : e));
    return elements.every((e, i) => e === p.elements[i]) ? p : { ...p, elements };
  });
}

/**
 * Replaces a whole word or phrase in every text of every kind (case-insensitive, whole words
 * only), keeping a capital at the start. Returns the document and how many were replaced.
 */
export function replaceWords(doc: SignpostDocument, find: string, replacement: string): { doc: SignpostDocument; count: number } {
  const word = find.trim();
  if (!word) return { doc, count: 0 };
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
  let count = 0;
  const swap = (text: string) =>
    text.replace(re, (m) => {
      count++;
      const capital = m[0] !== m[0].toLowerCase() && replacement.length > 0;
      return capital ? replacement[0].toUpperCase() + replacement.slice(1) : replacement;
    });
  let changed = false;
  const pages = doc.pages.map((p) => {
    const elements = p.elements.map((e) => withTexts(e, (s) => swap(s.text)));
    if (elements.every((e, i) => e === p.elements[i])) return p;
    changed = true;
    return { ...p, elements };
  });
  return { doc: changed ? withPages(doc, pages) : doc, count };
}

/** Chooses the profile a document is made for; the content is not touched. */
export function setProfile(doc: SignpostDocument, profileId: string | null): SignpostDocument {
  return doc.profileId === profileId ? doc : { ...doc, profileId };
}

export function setPageSetup(doc: SignpostDocument, setup: Partial<PageSetup>): SignpostDocument {
  const page = { ...doc.page, ...setup };
  return JSON.stringify(page) === JSON.stringify(doc.page) ? doc : { ...doc, page };
}

export function addElements(doc: SignpostDocument, pageId: string, elements: Element[], index?: number): SignpostDocument {
  if (!elements.length) return doc;
  return mapPage(doc, pageId, (p) => {
    if (p.elements.length + elements.length > LIMITS.elements) return p;
    const list = p.elements.slice();
    list.splice(index ?? list.length, 0, ...elements);
    return { ...p, elements: list };
  });
}

/** Applies a patch per element id; unknown ids and equal values are ignored. */
export function updateElements(doc: SignpostDocument, pageId: string, patches: Record<string, ElementPatch>): SignpostDocument {
  return mapPage(doc, pageId, (p) => {
    let changed = false;
    const elements = p.elements.map((e) => {
      const raw = own(patches, e.id);
      if (!raw) return e;
      const patch = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, bounded(k, v)]));
      const keys = Object.keys(patch).filter((k) => (e as Record<string, unknown>)[k] !== patch[k] && Object.hasOwn(e, k));
      if (!keys.length) return e;
      changed = true;
      const next = { ...e } as Record<string, unknown>;
      for (const k of keys) next[k] = patch[k];
      return next as Element;
    });
    return changed ? { ...p, elements } : p;
  });
}

export function moveElements(doc: SignpostDocument, pageId: string, ids: string[], dx: number, dy: number): SignpostDocument {
  if (!dx && !dy) return doc;
  const page = doc.pages.find((p) => p.id === pageId);
  if (!page) return doc;
  const patches: Record<string, ElementPatch> = {};
  for (const e of page.elements) if (ids.includes(e.id)) patches[e.id] = { x: e.x + dx, y: e.y + dy };
  return updateElements(doc, pageId, patches);
}

export function removeElements(doc: SignpostDocument, pageId: string, ids: string[]): SignpostDocument {
  return mapPage(doc, pageId, (p) => {
    const elements = p.elements.filter((e) => !ids.includes(e.id));
    return elements.length === p.elements.length ? p : { ...p, elements };
  });
}

/** Copies of elements with new ids, offset by (dx, dy) mm. */
export function cloneElements(elements: readonly Element[], dx: number, dy: number): Element[] {
  return elements.map((e) => ({ ...e, id: newId('e'), x: bounded('x', e.x + dx) as number, y: bounded('y', e.y + dy) as number }));
}

/** Moves the given elements one step up (+1) or down (-1) the stacking order, or to the top/bottom. */
export function restack(doc: SignpostDocument, pageId: string, ids: string[], where: 'forward' | 'backward' | 'front' | 'back'): SignpostDocument {
  return mapPage(doc, pageId, (p) => {
    const sel = new Set(ids);
    let list = p.elements.slice();
    if (where === 'front' || where === 'back') {
      const picked = list.filter((e) => sel.has(e.id));
      const rest = list.filter((e) => !sel.has(e.id));
      list = where === 'front' ? [...rest, ...picked] : [...picked, ...rest];
    } else if (where === 'forward') {
      for (let i = list.length - 2; i >= 0; i--) {
        if (sel.has(list[i].id) && !sel.has(list[i + 1].id)) [list[i], list[i + 1]] = [list[i + 1], list[i]];
      }
    } else {
      for (let i = 1; i < list.length; i++) {
        if (sel.has(list[i].id) && !sel.has(list[i - 1].id)) [list[i], list[i - 1]] = [list[i - 1], list[i]];
      }
    }
    return list.every((e, i) => e === p.elements[i]) ? p : { ...p, elements: list };
  });
}

/** Adds a page; a document already at the page limit is returned unchanged. */
export function addPage(doc: SignpostDocument, index = doc.pages.length, page: Page = createPage()): SignpostDocument {
  if (doc.pages.length >= LIMITS.pages) return doc;
  const pages = doc.pages.slice();
  pages.splice(index, 0, page);
  return withPages(doc, pages);
}

export function duplicatePage(doc: SignpostDocument, pageId: string): SignpostDocument {
  const i = doc.pages.findIndex((p) => p.id === pageId);
  if (i < 0) return doc;
  const copy: Page = { id: newId('p'), elements: cloneElements(doc.pages[i].elements, 0, 0) };
  return addPage(doc, i + 1, copy);
}

export function movePage(doc: SignpostDocument, pageId: string, to: number): SignpostDocument {
  const from = doc.pages.findIndex((p) => p.id === pageId);
  const target = Math.max(0, Math.min(doc.pages.length - 1, to));
  if (from < 0 || from === target) return doc;
  const pages = doc.pages.slice();
  const [p] = pages.splice(from, 1);
  pages.splice(target, 0, p);
  return withPages(doc, pages);
}

/** Removes a page; the last page cannot be removed. */
export function removePage(doc: SignpostDocument, pageId: string): SignpostDocument {
  if (doc.pages.length <= 1) return doc;
  const pages = doc.pages.filter((p) => p.id !== pageId);
  return pages.length === doc.pages.length ? doc : withPages(doc, pages);
}
