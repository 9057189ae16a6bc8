/**
 * Splitting a page that holds more symbol cards than a profile allows. The cards keep
 * their reading order and move, a batch at a time, into the places of the first cards;
 * headings (text above the first card) repeat on every part; arrows and other things go
 * with the places they touch. The document itself is never changed.
 */
import { elementBounds, rectsIntersect, type Rect } from '../model/geometry';
import type { Container, Element, Page, SymbolCard } from '../model/schema';
import { containerCapacity, type PlacedContainer } from './containers';
import type { LayoutStyle } from './style';

const readingOrder = (a: Rect, b: Rect) => (Math.abs(a.y - b.y) > 5 ? a.y - b.y : a.x - b.x);

/**
 * A page whose containers hold more items than fit (or than the profile allows) continues
 * on further pages: each part takes the next items, numbering carries on, and headings
 * above the containers repeat.
 */
function splitContainers(page: Page, style: LayoutStyle): Page[] | null {
  const containers = page.elements.filter((e): e is Container => e.type === 'container');
  if (!containers.length) return null;
  const full = new Map(containers.map((c) => [c.id, containerCapacity(c, style)]));
  const parts = Math.max(...containers.map((c) => Math.ceil(c.items.length / full.get(c.id)!)));
  if (parts <= 1) return null;
  // balanced: 9 steps at 4 a page print 3, 3, 3, never 4, 4, 1
  const caps = new Map(containers.map((c) => [c.id, Math.ceil(c.items.length / parts)]));
  const top = Math.min(...containers.map((c) => c.y));
  const isHeading = (e: Element) => e.type === 'text' && elementBounds(e).y + elementBounds(e).height <= top + 0.01;
  const out: Page[] = [];
  for (let part = 0; part < parts; part++) {
    const elements: Element[] = [];
    for (const e of page.elements) {
      if (e.type === 'container') {
        const cap = caps.get(e.id)!;
        const items = e.items.slice(part * cap, (part + 1) * cap);
        if (items.length) elements.push({ ...e, items, first: part * cap } as PlacedContainer);
      } else if (part === 0 || isHeading(e)) {
        elements.push(e);
      }
    }
    out.push({ id: part === 0 ? page.id : `${page.id}#${part + 1}`, elements });
  }
  return out;
}

/** The page as one or more pages of at most `max` cards each. */
export function splitPage(page: Page, style: LayoutStyle): Page[] {
  const max = style.maxItemsPerPage;
  const byContainers = splitContainers(page, style);
  if (byContainers) return byContainers;
  const cards = page.elements.filter((e): e is SymbolCard => e.type === 'symbol');
  if (max === null || cards.length <= max) return [page];
  // balanced parts: 9 cards at 4 a page print 3, 3, 3
  const per = Math.ceil(cards.length / Math.ceil(cards.length / max));
  const ordered = [...cards].sort((a, b) => readingOrder(elementBounds(a), elementBounds(b)));
  const slots = ordered.slice(0, per).map(elementBounds);
  const firstTop = Math.min(...slots.map((r) => r.y));
  const others = page.elements.filter((e) => e.type !== 'symbol');
  // a heading is text above the cards, or beside the first row without touching a card
  // (a title at the top of the page with the first card placed next to it)
  const headings = others.filter((e) => {
    if (e.type !== 'text') return false;
    const b = elementBounds(e);
    return b.y + b.height <= firstTop + 0.01 || (b.y <= firstTop + 0.01 && !slots.some((s) => rectsIntersect(b, s)));
  });
  // which slots each other element touches (a little slack so arrows between cards count)
  const touches = new Map<Element, number[]>();
  for (const e of others) {
    if (headings.includes(e)) continue;
    const b = elementBounds(e);
    const grown = { x: b.x - 3, y: b.y - 3, width: b.width + 6, height: b.height + 6 };
    touches.set(e, slots.flatMap((s, i) => (rectsIntersect(grown, s) ? [i] : [])));
  }
  const parts: Page[] = [];
  for (let start = 0, part = 0; start < ordered.length; start += per, part++) {
    const batch = ordered.slice(start, start + per);
    const placed = batch.map((c, i) => ({ ...c, x: slots[i].x, y: slots[i].y, width: slots[i].width, height: slots[i].height, rotation: 0 }));
    const extra = others.filter((e) => {
      if (headings.includes(e)) return true;
      const t = touches.get(e)!;
      // loose things stay on the first part; connectors go where all their places are filled
      return t.length === 0 ? part === 0 : t.every((i) => i < batch.length);
    });
    // keep the original stacking: things in page order, cards in their places
    const byId = new Map<string, Element>([...extra, ...placed].map((e) => [e.id, e]));
    const elements = page.elements.filter((e) => byId.has(e.id)).map((e) => byId.get(e.id)!);
    parts.push({ id: part === 0 ? page.id : `${page.id}#${part + 1}`, elements });
  }
  return parts;
}
