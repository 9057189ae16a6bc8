/**
 * Containers lay out their items: a sequence of steps (with numbers, arrows and tick
 * boxes), a grid, a timeline with a "you are here" marker, and a scale. Each item is drawn
 * as a symbol card, so captions fit and shrink exactly as on any card.
 */
import { mmToPt, ptToMm } from '../model/units';
import type { Container, SymbolCard } from '../model/schema';
import { boldOf, fontForText } from './fontMetrics';
import type { LayoutDeps } from './deps';
import type { Prim, ScenePart, TextPrim } from './scene';
import type { LayoutStyle } from './style';
import { arrowHead, arrowInset } from './drawing';
import { layoutSymbolCard } from './elements/symbol';
import { PartsBuilder } from './elements/parts';

/** Smallest cell that still reads well, mm: larger text needs larger cells, so fewer fit a row. */
const minCell = (style: LayoutStyle) => Math.max(30, style.captionSize * 2.2);
const GAP = 4;
const ARROW_GAP = 9;
const MARKER_COLOUR = '#c62828';

/** A container as layout sees it: `first` numbers a continuation from where the last part stopped. */
export type PlacedContainer = Container & { first?: number };

interface Grid {
  cols: number;
  rows: number;
  cellW: number;
  cellH: number;
  gapX: number;
  gapY: number;
  /** Height kept under the cells for the timeline's line and marker. */
  foot: number;
}

function gridOf(c: Container, n: number, style: LayoutStyle): Grid {
  // points on a scale or a line can be narrower than cards: five must fit across a page
  const MIN_CELL = minCell(style) * (c.kind === 'scale' || c.kind === 'timeline' ? 0.8 : 1);
  const gapX = c.kind === 'sequence' && c.arrows && c.direction === 'horizontal' ? ARROW_GAP : GAP;
  const gapY = c.kind === 'sequence' && c.arrows && c.direction === 'vertical' ? ARROW_GAP : GAP;
  const foot = c.kind === 'timeline' ? 22 : 0;
  const fitAcross = (len: number, gap: number) => Math.max(1, Math.floor((len + gap) / (MIN_CELL + gap)));
  let cols: number;
  let rows: number;
  if (c.kind === 'grid' && c.keepColumns) {
    // a board: every place stays where the board put it, whatever the text size
    cols = c.columns;
    rows = Math.max(1, Math.ceil(n / cols));
  } else if (c.kind === 'grid') {
    cols = Math.min(c.columns, fitAcross(c.width, gapX));
    rows = Math.max(1, Math.ceil(n / cols));
  } else if (c.kind === 'sequence' && c.direction === 'vertical') {
    cols = 1;
    rows = Math.max(1, n);
  } else {
    // one row if it fits (at most `columns` for a sequence); a long one wraps into rows
    cols = Math.max(1, Math.min(n, fitAcross(c.width, gapX), c.kind === 'sequence' ? c.columns : Infinity));
    rows = c.kind === 'sequence' ? Math.max(1, Math.ceil(n / cols)) : 1;
  }
  const maxRows = c.kind === 'timeline' || c.kind === 'scale' ? 1 : fitAcross(c.height - foot, gapY);
  if (!(c.kind === 'grid' && c.keepColumns)) rows = Math.min(rows, maxRows);
  const cellW = (c.width - (cols - 1) * gapX) / cols;
  // cells no taller than a card: pictures should not float in tall empty boxes
  const cellH = Math.min((c.height - foot - (rows - 1) * gapY) / rows, cellW * (c.kind === 'scale' || c.kind === 'timeline' ? 1.6 : 1.3));
  return { cols, rows, cellW, cellH, gapX, gapY, foot };
}

/** Columns drawn: fewer than asked for when cells at this text size would be too narrow. */
export function columnsShown(c: Container, style: LayoutStyle): number {
  return gridOf(c, c.items.length, style).cols;
}

/** How many items fit in the container's box, and within a profile's limit. */
export function containerCapacity(c: Container, style: LayoutStyle): number {
  const g = gridOf(c, c.items.length, style);
  const fit = c.kind === 'sequence' && c.direction === 'vertical' ? Math.max(1, Math.floor((c.height + g.gapY) / (minCell(style) + g.gapY))) : g.cols * g.rows;
  return Math.max(1, Math.min(fit, style.maxItemsPerPage ?? Infinity));
}

/** An arrow between steps: a line stopping short of its head. */
function arrow(x1: number, y1: number, x2: number, y2: number, color: string): Prim[] {
  const len = 7;
  const a = Math.atan2(y2 - y1, x2 - x1);
  return [
    { t: 'line', points: [x1, y1, x2 - arrowInset(len) * Math.cos(a), y2 - arrowInset(len) * Math.sin(a)], color, width: 2 },
    arrowHead(x2, y2, x1, y1, len, color),
  ];
}

/** Where an item that leads to another page sits (points from the element's origin), and that page's id. */
export interface LinkArea {
  x: number;
  y: number;
  w: number;
  h: number;
  pageId: string;
  /** The item's group in the element's parts (its place in reading order). */
  group?: number;
}

/** Size of the printed page reference under a linked item's caption, points: the profile's floor, as all text the young person reads. */
const refSize = (style: LayoutStyle) => style.minTextSize;

/**
 * The reference printed under an item that leads to another page: an arrow and the page's
 * number ("→ 3"), drawn rather than typed so it reads the same in every language and font.
 */
function pageRef(n: number, cx: number, baseline: number, style: LayoutStyle, deps: LayoutDeps, ink: string): Prim[] {
  const size = refSize(style);
  const text = String(n);
  const w = deps.measurer.width(text, style.font, size);
  const arrowW = size * 1.1;
  const total = arrowW + size * 0.3 + w;
  const left = cx - total / 2;
  const ay = baseline - size * 0.33;
  // the arrow points the way the document reads
  const [ax1, ax2, tx] = style.rtl ? [left + total, left + total - arrowW, left] : [left, left + arrowW, left + arrowW + size * 0.3];
  return [...arrow(ax1, ay, ax2, ay, ink), { t: 'text', x: tx, y: baseline, text, font: style.font, size, color: ink }];
}

/** Text lines moved so that together they sit in the middle of a box `h` high; other prims stay. */
function centredWords(prims: Prim[], h: number): Prim[] {
  const lines = prims.filter((p): p is TextPrim => p.t === 'text');
  if (!lines.length) return prims;
  const top = Math.min(...lines.map((l) => l.y - l.size * 0.8));
  const bottom = Math.max(...lines.map((l) => l.y + l.size * 0.25));
  const dy = (h - (bottom - top)) / 2 - top;
  return prims.map((p) => (p.t === 'text' ? { ...p, y: p.y + dy } : p));
}

/** Where item `i` sits (mm from the container's origin), its column and row. */
type Cell = { x: number; y: number; col: number; row: number };

/** Lays out a container's items inside its box (w × h points). */
export function layoutContainer(c: PlacedContainer, style: LayoutStyle, deps: LayoutDeps): { prims: Prim[]; parts: ScenePart[]; overflow: boolean; links: LinkArea[] } {
  const cap = containerCapacity(c, { ...style, maxItemsPerPage: null });
  const items = c.items.slice(0, cap);
  const g = gridOf(c, items.length, style);
  const out = new PartsBuilder();
  const prims: Prim[] = [];
  const links: LinkArea[] = [];
  const ink = style.forceTextColor ? style.textColor : '#333333';
  let overflow = c.items.length > cap;
  // in a right-to-left document the first item is on the right, and rows run leftwards
  const cell = (i: number): Cell => {
    const col = i % g.cols;
    const row = Math.floor(i / g.cols);
    const place = style.rtl ? g.cols - 1 - col : col;
    return { x: place * (g.cellW + g.gapX), y: row * (g.cellH + g.gapY), col, row };
  };
  items.forEach((item, i) => {
    const at = cell(i);
    // an empty place of a board: nothing is drawn there (until it is given words or a picture)
    if (item.gap && !item.symbol && !item.caption.trim()) return;
    const target = item.link ? style.pageNumbers?.get(item.link) : undefined;
    // a linked item keeps a band under its caption for the page reference
    const band = target !== undefined ? ptToMm(refSize(style) * 1.7) : 0;
    const x = mmToPt(at.x);
    const y = mmToPt(at.y);
    const group = (c.first ?? 0) + i;
    if (drawItem(c, item, { x, y, band, group }, g, style, deps, out)) overflow = true;
    if (target !== undefined && item.link) {
      prims.push(...pageRef(target, x + mmToPt(g.cellW) / 2, y + mmToPt(g.cellH) - mmToPt(band) * 0.35, style, deps, ink));
      links.push({ x, y, w: mmToPt(g.cellW), h: mmToPt(g.cellH), pageId: item.link, group });
    }
    if (c.numbered || c.kind === 'scale') prims.push(...stepNumber(group + 1, x, y, g, style, deps));
    if (c.ticks) prims.push(tickBox(x, y, g, style, ink));
    if (c.kind === 'sequence' && c.arrows && i + 1 < items.length) prims.push(...stepArrow(c, at, cell(i + 1), x, y, g, style, ink));
  });
  if (c.kind === 'timeline' && items.length) timelineFoot(c, items.length, g, cell, style, deps, prims, out);
  // numbers, tick boxes, arrows and the line are decoration drawn over the items
  out.add(null, prims);
  return { prims: out.prims, parts: out.parts, overflow, links };
}

/**
 * Draws one item as a symbol card in its cell (at x, y points; `band` mm kept under it for a
 * page reference; `group` its place in reading order). A coloured border is the item's own,
 * as is the frame of a linked item: the card is then drawn without its frame, framed here.
 * Returns whether its words overflow.
 */
function drawItem(c: PlacedContainer, item: Container['items'][number], { x, y, band, group }: { x: number; y: number; band: number; group: number }, g: Grid, style: LayoutStyle, deps: LayoutDeps, out: PartsBuilder): boolean {
  const ownFrame = band > 0 || !!item.borderColor;
  const border = c.kind !== 'timeline';
  const card: SymbolCard = {
    id: `${c.id}/${item.id}`,
    type: 'symbol',
    x: 0,
    y: 0,
    width: g.cellW,
    height: g.cellH - band,
    rotation: 0,
    symbol: item.symbol ?? { set: 'openmoji', id: '' },
    also: item.also ?? [],
    modifier: item.modifier ?? null,
    caption: item.caption,
    caption2: '',
    captionPosition: 'below',
    border: border && !ownFrame,
    background: ownFrame ? null : (item.color ?? null),
  };
  const laid = layoutSymbolCard(card, mmToPt(g.cellW), mmToPt(g.cellH - band), style, deps);
  if (ownFrame && (border || item.color)) {
    const stroke = border ? (style.forceTextColor ? style.textColor : (item.borderColor ?? '#333333')) : null;
    out.add(null, [{ t: 'rect', x, y, w: mmToPt(g.cellW), h: mmToPt(g.cellH), fill: item.color ?? null, stroke, strokeWidth: border ? style.borderWidth : 0, radius: mmToPt(2) }]);
  }
  // an item with no picture shows its words alone (on a board, in the middle of the button)
  let own = item.symbol ? laid : withoutFigures(laid);
  if (!item.symbol && c.keepColumns) own = { ...own, prims: centredWords(own.prims, mmToPt(g.cellH - band)) };
  out.merge(own, x, y, group);
  return laid.overflow;
}

/** A step's number, read too: at the profile's size, in a circle at the corner where reading starts. */
function stepNumber(number: number, x: number, y: number, g: Grid, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  const size = style.minTextSize;
  const r = Math.max(9, size * 0.8);
  const n = String(number);
  const font = boldOf(style.font);
  // the tick box is at the other corner
  const bx = style.rtl ? x + mmToPt(g.cellW) - 4 - 2 * r : x + 4;
  return [
    { t: 'ellipse', x: bx, y: y + 4, w: 2 * r, h: 2 * r, fill: '#1f5f8b', stroke: null, strokeWidth: 0 },
    { t: 'text', x: bx + r - deps.measurer.width(n, font, size) / 2, y: y + 4 + r + size * 0.36, text: n, font, size, color: '#ffffff' },
  ];
}

/** A box to tick when a step is done, at the corner where reading ends. */
function tickBox(x: number, y: number, g: Grid, style: LayoutStyle, ink: string): Prim {
  const s = 14;
  return { t: 'rect', x: style.rtl ? x + 5 : x + mmToPt(g.cellW) - s - 5, y: y + 5, w: s, h: s, fill: '#ffffff', stroke: ink, strokeWidth: 1.2, radius: 2 };
}

/** The arrow from a step (at x, y points) to the next, in the sequence's direction; none across a row break. */
function stepArrow(c: PlacedContainer, at: Cell, next: Cell, x: number, y: number, g: Grid, style: LayoutStyle, ink: string): Prim[] {
  if (c.direction === 'horizontal' && next.row === at.row) {
    const ay = y + mmToPt(g.cellH) / 2;
    return style.rtl ? arrow(x - 2, ay, mmToPt(next.x + g.cellW) + 2, ay, ink) : arrow(x + mmToPt(g.cellW) + 2, ay, mmToPt(next.x) - 2, ay, ink);
  }
  if (c.direction === 'vertical') {
    const ax = x + mmToPt(g.cellW) / 2;
    return arrow(ax, y + mmToPt(g.cellH) + 2, ax, mmToPt(next.y) - 2, ink);
  }
  return [];
}

/** A timeline's line under its events, a dot for each, and the "you are here" marker with its words. */
function timelineFoot(c: PlacedContainer, n: number, g: Grid, cell: (i: number) => { x: number }, style: LayoutStyle, deps: LayoutDeps, prims: Prim[], out: PartsBuilder): void {
  const ink = style.forceTextColor ? style.textColor : '#333333';
  const lineY = mmToPt(g.cellH + 6);
  const xs = Array.from({ length: n }, (_, i) => cell(i).x);
  prims.push({ t: 'line', points: [mmToPt(Math.min(...xs)), lineY, mmToPt(Math.max(...xs) + g.cellW), lineY], color: ink, width: 3 });
  for (const x of xs) prims.push({ t: 'ellipse', x: mmToPt(x + g.cellW / 2) - 6, y: lineY - 6, w: 12, h: 12, fill: '#ffffff', stroke: ink, strokeWidth: 2.5 });
  const m = (c.marker ?? -1) - (c.first ?? 0);
  if (m < 0 || m >= n) return;
  const cx = mmToPt(cell(m).x + g.cellW / 2);
  prims.push({ t: 'ellipse', x: cx - 6, y: lineY - 6, w: 12, h: 12, fill: MARKER_COLOUR, stroke: null, strokeWidth: 0 });
  prims.push({ t: 'poly', points: [cx, lineY + 9, cx - 8, lineY + 21, cx + 8, lineY + 21], fill: MARKER_COLOUR });
  if (!c.markerLabel) return;
  const font = fontForText(c.markerLabel, boldOf(style.font));
  const size = Math.max(style.minTextSize, 14);
  const w = deps.measurer.width(c.markerLabel, font, size);
  const tx = Math.max(0, Math.min(mmToPt(c.width) - w, cx - w / 2));
  out.add({ role: 'text', text: c.markerLabel, group: (c.first ?? 0) + m }, [{ t: 'text', x: tx, y: lineY + 22 + size, text: c.markerLabel, font, size, color: MARKER_COLOUR }]);
}

/** A laid-out card without its picture (an item with words only). */
function withoutFigures(laid: { prims: Prim[]; parts: ScenePart[] }): { prims: Prim[]; parts: ScenePart[] } {
  const keep = laid.parts.map((p) => p.role !== 'figure');
  const index = laid.parts.map((_, i) => keep.slice(0, i).filter(Boolean).length);
  return {
    parts: laid.parts.filter((_, i) => keep[i]),
    prims: laid.prims.filter((p) => p.t !== 'symbol' && (p.part === undefined || keep[p.part])).map((p) => (p.part === undefined ? p : { ...p, part: index[p.part] })),
  };
}
