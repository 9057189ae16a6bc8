/**
 * Card sheets: every symbol card of a document, in order, laid out as cards to cut out,
 * n per A4 sheet or wallet-sized (85 × 55 mm), with dashed cut lines.
 */
import { layoutElement, scenePage, footerText, styleForDocument, toScene, type LayoutDeps, type PrintOptions } from './layout';
import { DEFAULT_STYLE, type LayoutStyle } from './style';
import type { Prim, Scene, SceneItem } from './scene';
import { mmToPt, PAGE_SIZES } from '../model/units';
import type { Container, ContainerItem, SignpostDocument, SymbolCard, SymbolRef } from '../model/schema';

export const CARDS_PER_SHEET = [2, 4, 6, 8, 12] as const;
export type CardSheet = { kind: 'grid'; perSheet: (typeof CARDS_PER_SHEET)[number] } | { kind: 'wallet' };

/** Columns × rows on A4 portrait for each count. */
const GRIDS: Record<number, [number, number]> = { 2: [1, 2], 4: [2, 2], 6: [2, 3], 8: [2, 4], 12: [3, 4] };
/** Sheet margin, mm: room for the printer's unprintable edge and the footer. */
const SHEET_MARGIN = 10;
/** Space inside each cut line, mm. */
const CARD_INSET = 3;
const WALLET = { width: 85, height: 55 };
const CUT_DASH = [4, 3];
const CUT_COLOUR = '#888888';

function cells(sheet: CardSheet): { cols: number; rows: number; w: number; h: number; x0: number; y0: number } {
  const a4 = PAGE_SIZES.A4;
  if (sheet.kind === 'wallet') {
    const cols = Math.floor((a4.width - 2 * SHEET_MARGIN) / WALLET.width);
    const rows = Math.floor((a4.height - 2 * SHEET_MARGIN - 6) / WALLET.height);
    return { cols, rows, w: WALLET.width, h: WALLET.height, x0: (a4.width - cols * WALLET.width) / 2, y0: SHEET_MARGIN };
  }
  const [cols, rows] = GRIDS[sheet.perSheet];
  const w = (a4.width - 2 * SHEET_MARGIN) / cols;
  const h = (a4.height - 2 * SHEET_MARGIN - 6) / rows;
  return { cols, rows, w, h, x0: SHEET_MARGIN, y0: SHEET_MARGIN };
}

/** Dashed cut lines along every cell edge of a sheet with `n` cards. */
function cutLines(c: ReturnType<typeof cells>, n: number): Prim[] {
  const lines: Prim[] = [];
  const line = (x1: number, y1: number, x2: number, y2: number): Prim => ({
    t: 'rect',
    x: mmToPt(Math.min(x1, x2)),
    y: mmToPt(Math.min(y1, y2)),
    w: mmToPt(Math.abs(x2 - x1)),
    h: mmToPt(Math.abs(y2 - y1)),
    fill: null,
    stroke: CUT_COLOUR,
    strokeWidth: 0.6,
    dash: CUT_DASH,
  });
  for (let i = 0; i < n; i++) {
    const col = i % c.cols;
    const row = Math.floor(i / c.cols);
    lines.push(line(c.x0 + col * c.w, c.y0 + row * c.h, c.x0 + (col + 1) * c.w, c.y0 + (row + 1) * c.h));
  }
  return lines;
}

/**
 * The symbol cards of a document in reading order: page by page, top to bottom, left to
 * right; the pictured steps and cells of a sequence or grid are cards too, in their order
 * (a bail card's conditions are a grid: printed as wallet cards, they were left out).
 */
export function cardsOf(doc: SignpostDocument): SymbolCard[] {
  return doc.pages.flatMap((p) =>
    p.elements
      .filter((e): e is SymbolCard | Container => e.type === 'symbol' || e.type === 'container')
      .sort((a, b) => (Math.abs(a.y - b.y) > 5 ? a.y - b.y : a.x - b.x))
      .flatMap((e): SymbolCard[] => (e.type === 'symbol' ? [e] : e.items.flatMap((item) => (item.symbol ? [itemCard(e, item, item.symbol)] : [])))),
  );
}

/** A container's item as a card of its own. */
function itemCard(c: Container, item: ContainerItem, symbol: SymbolRef): SymbolCard {
  return { id: `${c.id}/${item.id}`, type: 'symbol', x: c.x, y: c.y, width: c.width, height: c.height, rotation: 0, symbol, also: item.also ?? [], modifier: item.modifier ?? null, caption: item.caption, caption2: '', captionPosition: 'below', border: true, background: item.color ?? null };
}

/** Lays out a document's symbol cards as sheets of cards with cut lines. */
export function layoutCardSheets(doc: SignpostDocument, deps: LayoutDeps, sheet: CardSheet, baseStyle: LayoutStyle = DEFAULT_STYLE, options: PrintOptions = {}): Scene {
  const style = styleForDocument(doc, baseStyle);
  const c = cells(sheet);
  const per = c.cols * c.rows;
  const cards = cardsOf(doc);
  const footer = footerText(doc, deps, options, style);
  const pages = [];
  for (let start = 0; start < Math.max(cards.length, 1); start += per) {
    const batch = cards.slice(start, start + per);
    const items: SceneItem[] = batch.map((card, i) => {
      const col = i % c.cols;
      const row = Math.floor(i / c.cols);
      const sized: SymbolCard = {
        ...card,
        x: c.x0 + col * c.w + CARD_INSET,
        y: c.y0 + row * c.h + CARD_INSET,
        width: c.w - 2 * CARD_INSET,
        height: c.h - 2 * CARD_INSET,
        rotation: 0,
        border: false,
        captionPosition: card.captionPosition,
      };
      return layoutElement(sized, { ...style, captionSize: Math.max(style.captionSize, Math.min(28, (c.h - 2 * CARD_INSET) * 0.35)) }, deps, {}, i + 1);
    });
    const cut: SceneItem = { elementId: `cut-${start}`, kind: 'page', order: 0, parts: [], x: 0, y: 0, rotation: 0, width: 0, height: 0, prims: cutLines(c, batch.length), overflow: false };
    pages.push(scenePage(`sheet-${start / per + 1}`, mmToPt(PAGE_SIZES.A4.width), mmToPt(PAGE_SIZES.A4.height), [cut, ...items], footer, mmToPt(SHEET_MARGIN), style, deps));
  }
  return toScene(doc, pages, deps, style);
}
