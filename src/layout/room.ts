/**
 * Room for larger text. A profile's text size is a floor for every text the young person
 * reads, so a text box laid out for smaller text may need more height. It grows down into the
 * free space below it; when a container or symbol text sits right under it, that box gives up
 * the top of its height (its items then continue on a further page, as symbol text does). What
 * still does not fit is reported (Export lists it) and never printed cut off silently. The
 * document itself is never changed: this is how a page prints, and how the canvas shows it.
 */
import { elementBounds, type Rect } from '../model/geometry';
import { mmToPt, ptToMm } from '../model/units';
import type { Container, Element, Page } from '../model/schema';
import { containerCapacity } from './containers';
import type { LayoutDeps } from './deps';
import type { LayoutStyle } from './style';
import { layoutOf } from './elements';
import { elementBoundsPt } from './units';

/** A box below a text box keeps at least this share of its height when it gives room, and this many mm. */
const KEEP_SHARE = 0.5;
const KEEP_MM = 30;

const overlapsAcross = (a: Rect, b: Rect) => a.x < b.x + b.width - 0.01 && b.x < a.x + a.width - 0.01;

/** Height a text box's words need at this style, mm (undefined when it is not a text box or fits). */
function needed(e: Element, style: LayoutStyle, deps: LayoutDeps): number | undefined {
  if (e.type !== 'text' || e.rotation) return undefined;
  const b = elementBoundsPt(e);
  const laid = layoutOf(e).layout(e, b.width, b.height, { style, deps, assets: {} });
  return laid.overflow && laid.needHeight !== undefined ? ptToMm(laid.needHeight) + 0.05 : undefined;
}

/**
 * Whether a container's words stop fitting its cards once it is `smaller` (items that no longer
 * fit its rows continue on a further page, so only what is left on this one is checked).
 * Symbol text continues on a further page whatever its height.
 */
function newlyCutOff(before: Element, smaller: Element, style: LayoutStyle, deps: LayoutDeps): boolean {
  if (before.type !== 'container' || smaller.type !== 'container') return false;
  const cut = (c: Container) => layoutOf(c).layout({ ...c, items: c.items.slice(0, containerCapacity(c, style)) }, mmToPt(c.width), mmToPt(c.height), { style, deps, assets: {} }).overflow;
  return cut(smaller) && !cut(before);
}

/**
 * The page with each text box that the style's sizes overflow grown down, as far as the page
 * (down to `bottom`, mm from the top) and the things under it allow. Returns the same page
 * when nothing changes.
 */
export function makeRoom(page: Page, style: LayoutStyle, deps: LayoutDeps, bottom: number): Page {
  let elements: Element[] | null = null;
  const current = () => elements ?? page.elements;
  const order = page.elements.map((e, i) => ({ e, i })).filter(({ e }) => e.type === 'text').sort((p, q) => p.e.y - q.e.y);
  for (const { i } of order) {
    const e = current()[i];
    if (e.type !== 'text') continue;
    const need = needed(e, style, deps);
    if (need === undefined) continue;
    const box = elementBounds(e);
    // the nearest thing under the box, across its width
    const under = current()
      .map((o, j) => ({ o, j, b: elementBounds(o) }))
      .filter(({ j, b }) => j !== i && overlapsAcross(box, b) && b.y >= box.y + box.height - 0.01)
      .sort((p, q) => p.b.y - q.b.y)[0];
    const limit = Math.min(bottom, under ? under.b.y : Infinity);
    let height = Math.max(e.height, Math.min(need, limit - e.y));
    const next = [...current()];
    if (e.y + need > limit + 0.01 && under && limit < bottom && (under.o.type === 'container' || under.o.type === 'symtext')) {
      // the box under gives up the top of its height, keeping enough to show something
      const o = under.o;
      const give = Math.min(e.y + need - under.b.y, o.height - Math.max(KEEP_MM, o.height * KEEP_SHARE));
      // nothing else may sit in the strip it gives up
      const strip = { x: o.x, y: o.y, width: o.width, height: give };
      const clear = give > 0 && !current().some((x, k) => k !== i && k !== under.j && overlapsAcross(strip, elementBounds(x)) && elementBounds(x).y < strip.y + strip.height && elementBounds(x).y + elementBounds(x).height > strip.y);
      const given = { ...o, y: o.y + give, height: o.height - give };
      if (clear && !newlyCutOff(o, given, style, deps)) {
        next[under.j] = given;
        height = Math.max(e.height, Math.min(need, under.b.y + give - e.y));
      }
    }
    if (height <= e.height + 0.001 && next[under?.j ?? -1] === current()[under?.j ?? -1]) continue;
    next[i] = { ...e, height };
    elements = next;
  }
  return elements ? { ...page, elements } : page;
}
