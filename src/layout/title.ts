/**
 * The document's title as a heading at the top of page 1, when the document asks for it.
 * It is the page's own item in the Scene (kind `page`), laid out as a bold text box across the
 * width between the margins, so the canvas, the PDF (an H1: it is the first heading), the
 * phone page and the thumbnails all show it, and renaming the document renames it. Elements
 * are never moved to make room: new Easy Read documents keep the band clear, and anything
 * that reaches into it is reported like text that does not fit.
 */
import { elementBounds, pageSizeMm, rectsIntersect } from '../model/geometry';
import type { Page, SignpostDocument, TextBox } from '../model/schema';
import { printsTitle, TITLE_HEADING_ID } from '../model/title';
import { ptToMm } from '../model/units';
import type { LayoutDeps } from './deps';
import { layoutElement } from './item';
import type { SceneItem } from './scene';
import type { LayoutStyle } from './style';

/** The title's size with no profile, points (the templates' headings are 26 pt). */
export const TITLE_SIZE = 26;

/** The heading's size: 26 pt, or a quarter larger than a profile's bigger text. */
export const titleSize = (style: LayoutStyle): number => Math.max(TITLE_SIZE, Math.ceil(style.captionSize * 1.25));

/** Whether a laid-out item is the title heading (not an element). */
export const isTitleItem = (item: Pick<SceneItem, 'kind' | 'elementId'>): boolean => item.kind === 'page' && item.elementId === TITLE_HEADING_ID;

/** The title heading of `page` (null unless it is the document's first page and the title prints). */
export function titleItem(doc: SignpostDocument, page: Page, style: LayoutStyle, deps: LayoutDeps): SceneItem | null {
  if (!printsTitle(doc) || page.id !== doc.pages[0]?.id) return null;
  const size = pageSizeMm(doc.page);
  const m = doc.page.margin;
  const box: TextBox = {
    id: TITLE_HEADING_ID,
    type: 'text',
    x: m,
    y: m,
    width: Math.max(10, size.width - 2 * m),
    height: Math.max(10, size.height - 2 * m),
    rotation: 0,
    text: doc.title.trim(),
    text2: '',
    fontSize: titleSize(style),
    bold: true,
    align: style.rtl ? 'right' : 'left',
    color: '#1a1a1a',
  };
  const item = layoutElement(box, style, deps);
  const height = item.needHeight ?? 0;
  // whatever reaches into the heading's lines would print over it
  const band = { x: box.x, y: box.y, width: box.width, height: ptToMm(height) };
  const overlaps = page.elements.some((e) => rectsIntersect(elementBounds(e), band));
  const { needHeight: _, ...rest } = item;
  return { ...rest, kind: 'page', height, overflow: overlaps };
}
