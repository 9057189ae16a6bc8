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

/** Where the first part of the text ends so that it fits its box, or null when all of it fits. */
export function symbolTextBreak(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): number | null {
  if (fits(e, e.text, style, deps)) return null;
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

/** The page, then a page for each continuation of its symbol text, in order. */
export function flowSymbolText(page: Page, style: LayoutStyle, deps: LayoutDeps): Page[] {
  if (!page.elements.some((e) => e.type === 'symtext')) return [page];
  const first: Page = { ...page, elements: [...page.elements] };
  const out: Page[] = [first];
  page.elements.forEach((e, index) => {
    if (e.type !== 'symtext') return;
    let rest: SymbolText = e;
    for (let part = 0; part < MAX_PARTS; part++) {
      const at = symbolTextBreak(rest, style, deps);
      if (at === null) break;
      const head = { ...rest, text: rest.text.slice(0, at) };
      const tail = { ...rest, text: rest.text.slice(at).replace(/^\s+/, '') };
      if (part === 0) first.elements[index] = head;
      else out[part].elements[out[part].elements.length - 1] = head;
      if (!tail.text) break;
      out[part + 1] ??= { id: `${page.id}~${part + 2}`, elements: [] };
      out[part + 1].elements.push(tail);
      rest = tail;
    }
  });
  return out;
}
