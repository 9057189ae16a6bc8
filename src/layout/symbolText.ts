/**
 * Symbolised text: "above" flows like text with a picture over each word (it wraps);
 * "easy-read" gives each sentence a row with one picture on the left.
 */
import type { Token, TokenPicture } from '../symbols/symbolise';
import type { ComposedPicture, SymbolText } from '../model/schema';
import { breakLines } from './text';
import { fontForText } from './fontMetrics';
import { composedPrims, pictureWidth } from './picture';
import { occurrences } from '../symbols/choices';
import type { Prim } from './scene';
import type { LayoutDeps } from './layout';
import type { LayoutStyle } from './style';

/** A word's place in the laid-out text, for clicking on its picture. */
export interface TokenBox {
  key: string;
  /** Which use of the key this is (0-based), for a choice made for this use only. */
  n: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 6;

/** Verbs too general to stand for a sentence on their own. */
const GENERIC = new Set(['go', 'come', 'be', 'have', 'do', 'get', 'can', 'will', 'must', 'see', 'say', 'make', 'take', 'give', 'new', 'want', 'need', 'know', 'think', 'like']);

/** The one picture of an Easy Read row: the last specific word with a picture ("school" in "I am going to a new school"). */
function rowPicture(sentence: Token[]): TokenPicture | null {
  const pictured = sentence.filter((t) => t.picture && !t.functionWord);
  return ([...pictured].reverse().find((t) => !GENERIC.has(t.key)) ?? pictured[0])?.picture ?? null;
}

function picturePrims(pic: TokenPicture, x: number, y: number, size: number, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  if ('photoId' in pic) {
    const photo = style.photos.get(pic.photoId);
    if (!photo) return [];
    const k = Math.min(size / photo.width, size / photo.height);
    return [{ t: 'image', x: x + (size - photo.width * k) / 2, y: y + (size - photo.height * k) / 2, w: photo.width * k, h: photo.height * k, key: `photo/${photo.id}`, mime: photo.mime, data: photo.data }];
  }
  return composedPrims(pic, x, y, size, style, deps);
}

const picWidth = (pic: TokenPicture | null, size: number) => (!pic ? 0 : 'photoId' in pic ? size : pictureWidth(pic.ids.length, size));

/** Tokens of the element's text for the style (choices and the profile's words applied). */
export function tokensOf(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): Token[] {
  if (!deps.symboliser) return [];
  return deps.symboliser.symbolise(e.text, {
    mode: style.readingSupport,
    personal: style.vocabulary,
    choices: e.choices as Record<string, ComposedPicture | null>,
    language: style.language,
  });
}

/** Each token's text with the punctuation that follows it, so the sentence still reads right. */
function withPunctuation(text: string, tokens: Token[]): string[] {
  return tokens.map((t, i) => {
    const next = i + 1 < tokens.length ? tokens[i + 1].start : text.length;
    const tail = text.slice(t.end, next).replace(/\s+/g, ' ').trimEnd();
    return text.slice(t.start, t.end) + (tail.trim() ? tail.trim() : '');
  });
}

export function layoutSymbolText(e: SymbolText, w: number, h: number, style: LayoutStyle, deps: LayoutDeps): { prims: Prim[]; overflow: boolean; boxes: TokenBox[] } {
  const size = Math.max(e.fontSize, style.minTextSize);
  const font = style.font;
  const m = deps.measurer;
  const tokens = tokensOf(e, style, deps);
  const uses = occurrences(tokens);
  const labels = withPunctuation(e.text, tokens);
  const prims: Prim[] = [];
  const boxes: TokenBox[] = [];
  const color = style.textColor;
  if (e.layout === 'above') {
    const picSize = size * 2.2;
    const lineH = picSize + size * style.lineHeight + GAP;
    const base = m.baseline(font, size, style.lineHeight);
    let x = 0;
    let y = 0;
    tokens.forEach((t, i) => {
      const label = labels[i];
      const tw = m.width(label, font, size);
      const cw = Math.max(tw, picWidth(t.picture, picSize));
      if (x > 0 && x + cw > w + 0.01) {
        x = 0;
        y += lineH;
      }
      // right to left: the first word is at the right-hand end of the line
      const left = style.rtl ? w - x - cw : x;
      const cx = left + (cw - picWidth(t.picture, picSize)) / 2;
      if (t.picture) prims.push(...picturePrims(t.picture, cx, y, picSize, style, deps));
      prims.push({ t: 'text', x: left + (cw - tw) / 2, y: y + picSize + base, text: label, font: fontForText(label, font), size, color });
      boxes.push({ key: t.key, n: uses[i], text: t.text, x: left, y, w: cw, h: lineH - GAP });
      x += cw + size * 0.6;
    });
    return { prims, overflow: tokens.length > 0 && y + lineH - GAP > h + 0.01, boxes };
  }
  // Easy Read: a row per sentence, its picture on the left (on the right in a right-to-left document)
  const picSize = Math.max(size * 3, 48);
  const textX = picSize + size;
  let y = 0;
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((t, i) => {
    current.push(t);
    if (/[.!?۔؟]/.test(labels[i].slice(-1)) || i === tokens.length - 1) {
      sentences.push(current);
      current = [];
    }
  });
  for (const sentence of sentences) {
    const first = sentence[0];
    const last = sentence[sentence.length - 1];
    const text = e.text.slice(first.start, labels[tokens.indexOf(last)].length + last.start);
    const pic = rowPicture(sentence);
    const rowFont = fontForText(text, font);
    const lines = breakLines(m, text, rowFont, size, Math.max(20, w - textX));
    const textH = lines.length * size * style.lineHeight;
    const rowH = Math.max(picSize, textH);
    const picX = style.rtl ? w - picSize : 0;
    if (pic) prims.push(...picturePrims(pic, picX, y + (rowH - picSize) / 2, picSize, style, deps));
    const base = m.baseline(rowFont, size, style.lineHeight);
    const top = y + (rowH - textH) / 2;
    lines.forEach((line, i) => {
      // right to left, each line ends against the picture
      const lx = style.rtl ? w - textX - m.width(line, rowFont, size) : textX;
      prims.push({ t: 'text', x: lx, y: top + i * size * style.lineHeight + base, text: line, font: rowFont, size, color });
    });
    const owner = sentence.find((t) => t.picture === pic);
    if (owner) boxes.push({ key: owner.key, n: uses[tokens.indexOf(owner)], text: owner.text, x: picX, y, w: picSize, h: rowH });
    y += rowH + GAP * 2;
  }
  return { prims, overflow: y - GAP * 2 > h + 0.01, boxes };
}
