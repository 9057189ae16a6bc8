/**
 * Lays out the current page for the canvas, re-using each element's layout while the
 * element object (immutable) and the loaded drawings are unchanged.
 */
import { layoutElement, layoutPage, type LayoutDeps } from '../layout/layout';
import type { LayoutStyle } from '../layout/style';
import type { SceneItem, ScenePage } from '../layout/scene';
import type { Element, Page, SignpostDocument } from '../model/schema';

export class SceneCache {
  private items = new WeakMap<Element, { version: number; style: LayoutStyle; item: SceneItem }>();

  constructor(private readonly deps: LayoutDeps) {}

  /** Bump when drawings finish loading, so placeholders are replaced. */
  version = 0;

  page(doc: SignpostDocument, page: Page, style: LayoutStyle, footer: string): ScenePage {
    const scene = layoutPage(doc, { ...page, elements: [] }, style, this.deps, footer);
    scene.items = page.elements.map((e) => this.item(e, style, doc.assets));
    return scene;
  }

  item(e: Element, style: LayoutStyle, assets: SignpostDocument['assets'] = {}): SceneItem {
    const hit = this.items.get(e);
    if (hit && hit.version === this.version && hit.style === style) return hit.item;
    const item = layoutElement(e, style, this.deps, assets);
    this.items.set(e, { version: this.version, style, item });
    return item;
  }
}
