/**
 * Lays out the current page for the canvas, re-using each element's layout while the
 * element object (immutable) and the loaded drawings are unchanged; and the pages a page
 * prints as, laid out as the PDF lays them out.
 */
import { firstPrintedPages, hasLinks, readingOrder, layoutElement, layoutPage, makeRoom, pageBottom, printParts, scenePage, styleForDocument, type LayoutDeps } from '../layout/layout';
import { pageBreakMarks, symbolTextFlow, type SymbolTextFlow } from '../layout/flow';
import { titleItem } from '../layout/title';
import type { LayoutStyle } from '../layout/style';
import type { SceneItem, ScenePage } from '../layout/scene';
import { mmToPt } from '../model/units';
import { pageSizeMm } from '../model/geometry';
import type { Element, Page, SignpostDocument, SymbolText } from '../model/schema';

/** A remembered result, valid while the drawings (version) and the style are the same. */
interface Kept<T> {
  version: number;
  style: LayoutStyle;
  value: T;
}

export class SceneCache {
  private items = new WeakMap<Element, Kept<SceneItem>>();
  /** How each symbol text flows onto further printed pages, and where the canvas marks it. */
  private flows = new WeakMap<SymbolText, Kept<{ flow: SymbolTextFlow; marks?: number[] }>>();
  /** The pages each page prints as (pages are immutable). */
  private parts = new WeakMap<Page, Kept<Page[]>>();

  constructor(private readonly deps: LayoutDeps) {}

  private styles = new WeakMap<LayoutStyle, Map<string, LayoutStyle>>();

  /** The document's style, kept as one object per (style, languages) so cached items stay valid. */
  private styleFor(doc: SignpostDocument, base: LayoutStyle): LayoutStyle {
    let byLang = this.styles.get(base);
    if (!byLang) this.styles.set(base, (byLang = new Map()));
    const key = `${doc.language}|${doc.secondLanguage ?? ''}`;
    let s = byLang.get(key);
    if (!s) byLang.set(key, (s = styleForDocument(doc, base)));
    return s;
  }

  private withNumbers = new WeakMap<LayoutStyle, { key: string; style: LayoutStyle }>();

  /**
   * The style with the printed number of each page, when an item leads to another page (a
   * board set): the canvas shows the same page references as the print. One style object
   * per set of numbers, so cached items stay valid until a page's number changes.
   */
  private numbered(doc: SignpostDocument, style: LayoutStyle, baseStyle: LayoutStyle): LayoutStyle {
    if (!hasLinks(doc)) return style;
    const ids: string[] = [];
    for (const p of doc.pages) {
      ids.push(p.id);
      for (let i = 1; i < this.printedPages(doc, p, baseStyle); i++) ids.push(`${p.id}#part`);
    }
    const key = ids.join(',');
    const hit = this.withNumbers.get(style);
    if (hit?.key === key) return hit.style;
    const out = { ...style, pageNumbers: firstPrintedPages(ids) };
    this.withNumbers.set(style, { key, style: out });
    return out;
  }

  /** Bump when drawings finish loading, so placeholders are replaced. */
  version = 0;

  private kept<K extends object, T>(map: WeakMap<K, Kept<T>>, key: K, style: LayoutStyle, make: () => T): T {
    const hit = map.get(key);
    if (hit && hit.version === this.version && hit.style === style) return hit.value;
    const value = make();
    map.set(key, { version: this.version, style, value });
    return value;
  }

  /** Each page with its text boxes grown for the profile's text size, as it prints (pages are immutable). */
  private roomy = new WeakMap<Page, Kept<{ bottom: number; page: Page }>>();

  /**
   * The page as the canvas shows it: every element in its place (a text box grown, and what is
   * under it moved down, as the print does), the title heading on page 1.
   */
  page(doc: SignpostDocument, shown: Page, baseStyle: LayoutStyle, footer: string): ScenePage {
    const flowStyle = this.styleFor(doc, baseStyle);
    const style = this.numbered(doc, flowStyle, baseStyle);
    const bottom = pageBottom(doc);
    let kept = this.kept(this.roomy, shown, flowStyle, () => ({ bottom, page: makeRoom(shown, flowStyle, this.deps, bottom) }));
    // a new page size or margin changes the room, without a new page
    if (kept.bottom !== bottom) this.roomy.set(shown, { version: this.version, style: flowStyle, value: (kept = { bottom, page: makeRoom(shown, flowStyle, this.deps, bottom) }) });
    const page = kept.page;
    const size = pageSizeMm(doc.page);
    const order = readingOrder(page.elements, style.rtl);
    const title = titleItem(doc, page, style, this.deps);
    const first = title ? 1 : 0;
    const items = page.elements.map((e) => this.inOrder(this.item(e, style, doc.assets, flowStyle), (order.get(e.id) ?? 0) + first));
    return scenePage(page.id, mmToPt(size.width), mmToPt(size.height), title ? [title, ...items] : items, footer, mmToPt(doc.page.margin), style, this.deps);
  }

  /** Items with their place in the reading order, one object per (item, place). */
  private ordered = new WeakMap<SceneItem, Map<number, SceneItem>>();

  /**
   * The item at its place in the reading order, the same object as long as both are the same:
   * the canvas redraws an element only when its item changes, and a new object at every edit
   * (renaming the document, say) redrew all 300 symbols of a page at every key.
   */
  private inOrder(item: SceneItem, at: number): SceneItem {
    if (item.order === at) return item;
    let byPlace = this.ordered.get(item);
    if (!byPlace) this.ordered.set(item, (byPlace = new Map()));
    let out = byPlace.get(at);
    if (!out) byPlace.set(at, (out = { ...item, order: at }));
    return out;
  }

  /** The pages this page prints as: a profile's pictures per page, symbol text that continues. */
  private printPartsOf(doc: SignpostDocument, page: Page, baseStyle: LayoutStyle): Page[] {
    const style = this.styleFor(doc, baseStyle);
    return this.kept(this.parts, page, style, () => printParts(page, style, this.deps, pageBottom(doc), (e) => this.flowOf(e, style).flow));
  }

  /** How many pages this page prints as (a profile's cards per page, symbol text that continues). */
  printedPages(doc: SignpostDocument, page: Page, baseStyle: LayoutStyle): number {
    return this.printPartsOf(doc, page, baseStyle).length;
  }

  /**
   * The pages this page prints as, each laid out exactly as the PDF lays it out (the same
   * split, the same layout, the same footer), for showing a split before printing.
   */
  printedScenes(doc: SignpostDocument, page: Page, baseStyle: LayoutStyle, footer: string): ScenePage[] {
    const style = this.numbered(doc, this.styleFor(doc, baseStyle), baseStyle);
    return this.printPartsOf(doc, page, baseStyle).map((p) => layoutPage(doc, p, style, this.deps, footer));
  }

  private flowOf(e: SymbolText, style: LayoutStyle): { flow: SymbolTextFlow; marks?: number[] } {
    return this.kept(this.flows, e, style, () => ({ flow: symbolTextFlow(e, style, this.deps) }));
  }

  /**
   * One element as the canvas shows it. Symbol text longer than its box is drawn whole, with a
   * dashed page break where the print continues on the next page; it is marked as not fitting
   * only when a part would still print cut off.
   */
  item(e: Element, style: LayoutStyle, assets: SignpostDocument['assets'] = {}, flowStyle: LayoutStyle = style): SceneItem {
    return this.kept(this.items, e, style, () => {
      const item = layoutElement(e, style, this.deps, assets);
      if (e.type !== 'symtext' || !item.overflow) return item;
      const kept = this.flowOf(e, flowStyle);
      if (!kept.flow.breaks.length) return item;
      kept.marks ??= pageBreakMarks(e, kept.flow, flowStyle, this.deps);
      return { ...item, overflow: !kept.flow.fits, breaks: kept.marks };
    });
  }
}
