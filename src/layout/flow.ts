/**
 * Symbol text that is longer than its box continues on the next page, in the same place and
 * at the same width, instead of printing cut off. Easy Read breaks between rows (a row never
 * splits); a picture above each word breaks between lines. The document is never changed.
 */
import type { Page, SymbolText } from '../model/schema';
import type { LayoutDeps } from './deps';
import type { LayoutStyle } from './style';
import { layoutSymbolText, tokensOf } from './symbolText';
import { elementBoundsPt } from './units';

/** More continuation pages than this means the box is far too small: the rest stays cut off. */
const MAX_PARTS = 50;

/** Offsets in the text where a part may end: after each sentence (Easy Read) or each word. */
function breakPoints(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): number[] {
  const tokens = tokensOf(e, { ...style, readingSupport: 'key-words' }, deps);
  const ends = tokens.map((t) => t.end);
  if (e.layout === 'above') return ends;
  return ends.filter((end) => /^\s*[.!?۔؟]/.test(e.text.slice(end)) || end === e.text.length).map((end) => end + (e.text.slice(end).match(/^\s*[.!?۔؟]+/)?.[0].length ?? 0));
}

const fits = (e: SymbolText, text: string, style: LayoutStyle, deps: LayoutDeps) => {
  const { width, height } = elementBoundsPt(e);
  return !layoutSymbolText({ ...e, text }, width, height, style, deps).overflow;
};

/** The end of the longest part that fits, among the places a part may end; null when none does. */
function longestFitting(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): number | null {
  const points = breakPoints(e, style, deps).filter((p) => p < e.text.length);
  // the longest prefix that fits (layout is monotonic in the amount of text)
  let lo = -1;
  let hi = points.length;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (fits(e, e.text.slice(0, points[mid]), style, deps)) lo = mid;
    else hi = mid;
  }
  return lo >= 0 ? points[lo] : null;
}

/** Where one printed part of symbol text ends and the next begins: offsets into the element's whole text. */
export interface TextBreak {
  /** The part on this page ends here. */
  end: number;
  /** The next page's part starts here (after the spaces between them). */
  start: number;
}

/** How symbol text prints: the places it continues onto a further page, and whether its last part fits its box. */
export interface SymbolTextFlow {
  breaks: TextBreak[];
  /** False when a part still does not fit (a row taller than the box, or more than 50 pages): it prints cut off. */
  fits: boolean;
}

/** Where symbol text breaks onto further pages in a style. */
export function symbolTextFlow(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): SymbolTextFlow {
  const breaks: TextBreak[] = [];
  let rest = e;
  let offset = 0;
  for (let part = 0; part < MAX_PARTS; part++) {
    if (fits(rest, rest.text, style, deps)) return { breaks, fits: true };
    const at = longestFitting(rest, style, deps);
    if (at === null) return { breaks, fits: false };
    const after = rest.text.slice(at);
    const tail = after.replace(/^\s+/, '');
    const start = offset + at + (after.length - tail.length);
    breaks.push({ end: offset + at, start });
    if (!tail) return { breaks, fits: true };
    offset = start;
    rest = { ...rest, text: tail };
  }
  return { breaks, fits: fits(rest, rest.text, style, deps) };
}

/**
 * The page, then a page for each continuation of its symbol text, in order. `flowOf` gives
 * each symbol text's breaks (the editor hands in remembered ones).
 */
export function flowSymbolText(page: Page, style: LayoutStyle, deps: LayoutDeps, flowOf: (e: SymbolText) => SymbolTextFlow = (e) => symbolTextFlow(e, style, deps)): Page[] {
  if (!page.elements.some((e) => e.type === 'symtext')) return [page];
  const first: Page = { ...page, elements: [...page.elements] };
  const out: Page[] = [first];
  page.elements.forEach((e, index) => {
    if (e.type !== 'symtext') return;
    const { breaks } = flowOf(e);
    if (!breaks.length) return;
    first.elements[index] = { ...e, text: e.text.slice(0, breaks[0].end) };
    breaks.forEach((b, i) => {
      if (b.start >= e.text.length) return;
      const end = i + 1 < breaks.length ? breaks[i + 1].end : e.text.length;
      out[i + 1] ??= { id: `${page.id}~${i + 2}`, elements: [] };
      out[i + 1].elements.push({ ...e, text: e.text.slice(b.start, end) });
    });
  });
  return out;
}

/**
 * Where, in the element's own layout (points from its top), each part that prints on a further
 * page begins: between the rows (or lines) on either side of each break. The canvas draws a
 * dashed page break there.
 */
export function pageBreakMarks(e: SymbolText, flow: SymbolTextFlow, style: LayoutStyle, deps: LayoutDeps): number[] {
  if (!flow.breaks.length) return [];
  const { width, height } = elementBoundsPt(e);
  const { rows } = layoutSymbolText(e, width, height, style, deps);
  return flow.breaks.flatMap((b) => {
    const row = rows.find((r) => r.start >= b.start);
    return row ? [row.top] : [];
  });
}
