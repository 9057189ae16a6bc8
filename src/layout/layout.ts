/**
 * Layout: (document, style) → Scene. Pure and synchronous: symbol drawings and font
 * metrics are handed in, so the same code runs in the browser, a worker and Node. Each kind
 * of element is laid out by its entry in the layout registry (`elements/`).
 */
import { elementBoundsPt } from './units';
import { fontForText } from './fontMetrics';
import { breakLines } from './text';
import { FOOTER_SEPARATOR, footerLines } from './footer';
import { isRtlLanguage } from './bidi';
import { DEFAULT_STYLE, type LayoutStyle } from './style';
import { splitPage } from './paginate';
import { flowSymbolText, type SymbolTextFlow } from './flow';
import { makeRoom } from './room';
import type { LayoutDeps } from './deps';
import { picturesOf } from './elements';
import { layoutElement } from './item';
import { fontsOf, withRuns } from './runs';
import { titleItem } from './title';
import type { Scene, SceneItem, ScenePage, TextPrim } from './scene';
import { mmToPt } from '../model/units';
import { pageSizeMm } from '../model/geometry';
import type { Element, Page, SignpostDocument, SymbolText } from '../model/schema';
import { boardCreditLine } from '../model/boardLicence';

export type { LayoutDeps } from './deps';
export { layoutElement } from './item';
export { withRuns } from './runs';
export { makeRoom } from './room';

/** Footer text size, points. */
export const FOOTER_SIZE = 7;

/**
 * The order a reader meets a page's elements: top to bottom, and along a row left to right
 * (right to left in a right-to-left document); things level within 5 mm count as one row.
 */
export function readingOrder(elements: readonly Element[], rtl: boolean): Map<string, number> {
  const boxes = elements.map((e) => ({ id: e.id, b: elementBoundsPt(e) }));
  const row = mmToPt(5);
  boxes.sort((p, q) => (Math.abs(p.b.y - q.b.y) > row ? p.b.y - q.b.y : rtl ? q.b.x + q.b.width - (p.b.x + p.b.width) : p.b.x - q.b.x));
  return new Map(boxes.map((x, i) => [x.id, i]));
}

/** Each page's symbol sets, kept while the page (immutable), the style, the language and the drawings are the same. */
const pageSets = new WeakMap<Page, { style: LayoutStyle; language: string; deps: LayoutDeps; sets: readonly string[] }>();

/**
 * Symbol sets a document shows in a style, as drawn (through each kind's layout). Each page's
 * are remembered: the footer asks on every edit, and renaming a 100-page document must not
 * walk its 30,000 elements at every key.
 */
function setsUsed(doc: SignpostDocument, deps: LayoutDeps, style: LayoutStyle): string[] {
  const sets = new Set<string>();
  let ctx: { style: LayoutStyle; deps: LayoutDeps } | undefined;
  for (const p of doc.pages) {
    const hit = pageSets.get(p);
    if (hit && hit.style === style && hit.language === doc.language && hit.deps === deps) {
      for (const set of hit.sets) sets.add(set);
      continue;
    }
    ctx ??= { style: { ...style, language: doc.language }, deps };
    const mine = new Set<string>();
    for (const e of p.elements) for (const r of picturesOf(e, ctx)) mine.add(r.set);
    pageSets.set(p, { style, language: doc.language, deps, sets: [...mine] });
    for (const set of mine) sets.add(set);
  }
  return [...sets].sort();
}

export interface PrintOptions {
  /** Optional first line of the footer, e.g. "For Sam · 26 November 2026". */
  footerNote?: string;
}

/**
 * Attribution lines of the symbol sets a document shows in a style, then the licences its
 * pages state for themselves (a board's own licence, which holds whether or not the board
 * has pictures), each line once.
 */
export function attributionsOf(doc: SignpostDocument, deps: LayoutDeps, style: LayoutStyle = DEFAULT_STYLE): string[] {
  const sets = setsUsed(doc, deps, style)
    .map((s) => deps.attribution(s))
    .filter((a): a is string => !!a);
  const pages = doc.pages.flatMap((p) => (p.credit ? [boardCreditLine(p.credit.board, p.credit.licence)] : []));
  return [...new Set([...sets, ...pages])];
}

/** The footer's parts: the optional note, then the attributions. */
export function footerParts(doc: SignpostDocument, deps: LayoutDeps, options: PrintOptions = {}, style: LayoutStyle = DEFAULT_STYLE): string[] {
  return [options.footerNote?.trim(), ...attributionsOf(doc, deps, style)].filter((s): s is string => !!s);
}

/** The footer line: the optional note, then the attributions. */
export function footerText(doc: SignpostDocument, deps: LayoutDeps, options: PrintOptions = {}, style: LayoutStyle = DEFAULT_STYLE): string {
  return footerParts(doc, deps, options, style).join(FOOTER_SEPARATOR);
}

/** Line height of the footer, as a multiple of its size. */
const FOOTER_LEADING = 1.25;
/** Nearest a footer's last line comes to the page's edge, points (inside what printers print). */
const FOOTER_EDGE = 11;

/**
 * The footer, centred, wrapped to the width between the margins: one line as before when
 * it fits; more lines, in the bottom margin, when a pack's full licence needs them.
 */
function layoutFooter(text: string, width: number, height: number, margin: number, deps: LayoutDeps, style: LayoutStyle): TextPrim[] {
  if (!text) return [];
  // the note may hold a name written in Arabic script
  const font = fontForText(text, style.font);
  const m = deps.measurer;
  const maxWidth = Math.max(FOOTER_SIZE * 10, width - 2 * margin);
  const lines = footerLines(text.split(FOOTER_SEPARATOR), maxWidth, (s) => m.width(s, font, FOOTER_SIZE), (s) => breakLines(m, s, font, FOOTER_SIZE, maxWidth));
  const lead = FOOTER_SIZE * FOOTER_LEADING;
  // the last line sits where a one-line footer always sat, or lower when more lines would
  // reach above the margin, but never below the edge printers print to
  const low = height - Math.max(8, margin / 2);
  const fitted = height - margin + FOOTER_SIZE + (lines.length - 1) * lead;
  const last = Math.min(Math.max(low, fitted), Math.max(low, height - FOOTER_EDGE));
  return lines.map((line, i) => {
    const w = m.width(line, font, FOOTER_SIZE);
    return withRuns(m, { t: 'text', x: Math.max(margin, (width - w) / 2), y: last - (lines.length - 1 - i) * lead, text: line, font, size: FOOTER_SIZE, color: '#555555' });
  });
}

/** A page of the scene with the footer laid out. */
export function scenePage(pageId: string, width: number, height: number, items: SceneItem[], footer: string, margin: number, style: LayoutStyle, deps: LayoutDeps): ScenePage {
  return { pageId, width, height, background: style.background, items, footer: layoutFooter(footer, width, height, margin, deps, style), footerText: footer };
}

/**
 * A page as it prints: the title heading first when it is the document's first page and the
 * title prints (read first), then its elements in reading order.
 */
export function layoutPage(doc: SignpostDocument, page: Page, style: LayoutStyle, deps: LayoutDeps, footer: string): ScenePage {
  const size = pageSizeMm(doc.page);
  const order = readingOrder(page.elements, style.rtl);
  const title = titleItem(doc, page, style, deps);
  const first = title ? 1 : 0;
  const items = page.elements.map((e) => layoutElement(e, style, deps, doc.assets, (order.get(e.id) ?? 0) + first));
  return scenePage(page.id, mmToPt(size.width), mmToPt(size.height), title ? [title, ...items] : items, footer, mmToPt(doc.page.margin), style, deps);
}

/** Collects the fonts the pages use into a Scene. */
export function toScene(doc: SignpostDocument, pages: ScenePage[], deps: LayoutDeps, style: LayoutStyle = DEFAULT_STYLE): Scene {
  const fonts = new Set<string>();
  for (const p of pages) {
    for (const it of p.items) for (const pr of it.prims) if (pr.t === 'text') for (const f of fontsOf(pr)) fonts.add(f);
    for (const line of p.footer) for (const f of fontsOf(line)) fonts.add(f);
  }
  return { title: doc.title, language: doc.language, ...(doc.secondLanguage ? { secondLanguage: doc.secondLanguage } : {}), pages, fonts: [...fonts].sort(), attributions: attributionsOf(doc, deps, style) };
}

/** The style for a document: a second language switches the translated lines on. */
export function styleForDocument(doc: SignpostDocument, style: LayoutStyle): LayoutStyle {
  const bilingual = !!doc.secondLanguage;
  const secondFirst = bilingual && !!style.preferredLanguage && style.preferredLanguage.split('-')[0] === doc.secondLanguage!.split('-')[0];
  const rtl = isRtlLanguage(doc.language);
  const same = bilingual === style.bilingual && secondFirst === style.secondFirst && rtl === style.rtl && doc.language === style.language;
  return same ? style : { ...style, bilingual, secondFirst, rtl, language: doc.language };
}

/**
 * The pages one page of the document prints as: text boxes grown to hold the profile's text
 * size (down to `bottom`, mm), split where a profile allows fewer pictures a page, and continued
 * where symbol text is longer than its box (`flowOf` gives remembered breaks).
 */
export function printParts(page: Page, style: LayoutStyle, deps: LayoutDeps, bottom: number, flowOf?: (e: SymbolText) => SymbolTextFlow): Page[] {
  return splitPage(makeRoom(page, style, deps, bottom), style).flatMap((p) => flowSymbolText(p, style, deps, flowOf));
}

/** How far down a page things may reach, mm from its top: the bottom margin. */
export function pageBottom(doc: SignpostDocument): number {
  return pageSizeMm(doc.page).height - doc.page.margin;
}

/** Lays out the whole document, page by page, splitting pages that hold more cards than the style allows. */
export function layoutDocument(doc: SignpostDocument, deps: LayoutDeps, baseStyle: LayoutStyle = DEFAULT_STYLE, options: PrintOptions = {}): Scene {
  const docStyle = styleForDocument(doc, baseStyle);
  const footer = footerText(doc, deps, options, docStyle);
  const pages = doc.pages.flatMap((p) => printParts(p, docStyle, deps, pageBottom(doc)));
  // items that lead to another page print that page's number, as it is printed
  const style = hasLinks(doc) ? { ...docStyle, pageNumbers: firstPrintedPages(pages.map((p) => p.id)) } : docStyle;
  return toScene(doc, pages.map((p) => layoutPage(doc, p, style, deps, footer)), deps, docStyle);
}

/** Whether any item of the document leads to another page. */
export function hasLinks(doc: SignpostDocument): boolean {
  return doc.pages.some((p) => p.elements.some((e) => e.type === 'container' && e.items.some((it) => !!it.link)));
}

/** The printed number of each page by id, from the ids of the printed pages in order (a page's first part counts). */
export function firstPrintedPages(printedIds: readonly string[]): Map<string, number> {
  const numbers = new Map<string, number>();
  printedIds.forEach((id, i) => {
    if (!numbers.has(id)) numbers.set(id, i + 1);
  });
  return numbers;
}
