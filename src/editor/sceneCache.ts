/**
 * Lays out the current page for the canvas, re-using each element's layout while the
 * element object (immutable) and the loaded drawings are unchanged.
 */
import { firstPrintedPages, hasLinks, readingOrder, layoutElement, layoutPage, styleForDocument, type LayoutDeps } from '../layout/layout';
import { splitPage } from '../layout/paginate';
import { flowSymbolText } from '../layout/flow';
import type { LayoutStyle } from '../layout/style';
import type { SceneItem, ScenePage } from '../layout/scene';
import type { Element, Page, SignpostDocument } from '../model/schema';

export class SceneCache {
  private items = new WeakMap<Element, { version: number; style: LayoutStyle; item: SceneItem }>();

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

  page(doc: SignpostDocument, page: Page, baseStyle: LayoutStyle, footer: string): ScenePage {
    const style = this.numbered(doc, this.styleFor(doc, baseStyle), baseStyle);
    const scene = layoutPage(doc, { ...page, elements: [] }, style, this.deps, footer);
    const order = readingOrder(page.elements, style.rtl);
    scene.items = page.elements.map((e) => {
      const item = this.item(e, style, doc.assets);
      const at = order.get(e.id) ?? 0;
      return item.order === at ? item : { ...item, order: at };
    });
    return scene;
  }

  /** How many pages this page prints as (a profile's cards per page, symbol text that continues). */
  printedPages(doc: SignpostDocument, page: Page, baseStyle: LayoutStyle): number {
    const style = this.styleFor(doc, baseStyle);
    const hit = this.printed.get(page);
    if (hit && hit.version === this.version && hit.style === style) return hit.pages;
    const pages = splitPage(page, style).flatMap((p) => flowSymbolText(p, style, this.deps)).length;
    this.printed.set(page, { version: this.version, style, pages });
    return pages;
  }

  /** Printed page counts of unchanged pages (pages are immutable). */
  private printed = new WeakMap<Page, { version: number; style: LayoutStyle; pages: number }>();

  item(e: Element, style: LayoutStyle, assets: SignpostDocument['assets'] = {}): SceneItem {
    const hit = this.items.get(e);
    if (hit && hit.version === this.version && hit.style === style) return hit.item;
    const item = layoutElement(e, style, this.deps, assets);
    this.items.set(e, { version: this.version, style, item });
    return item;
  }
}
