/** Laying out a symbol card: its picture (or the young person's own), and its caption lines. */
import { mmToPt } from '../../model/units';
import type { SymbolCard } from '../../model/schema';
import { ELEMENT_MODELS } from '../../model/elements';
import { fontForText } from '../fontMetrics';
import { breakLines } from '../text';
import { normalisePhrase, type LayoutStyle } from '../style';
import { composedPrims, pictureWidth } from '../picture';
import { generatedPrims, isGeneratedId, symbolRefsOf } from '../generated';
import { fittedImage } from '../drawing';
import type { LayoutDeps } from '../deps';
import type { Prim, ScenePart, TextPrim } from '../scene';
import { PartsBuilder } from './parts';
import { pictureName } from './names';
import { badgeRefs } from './badges';
import type { ElementLayout, LayoutContext, ShownSymbol } from './types';

/** Space between a card's edge and its content, mm. */
const CARD_PADDING_MM = 2;
/** Gap between picture and caption, mm. */
const CAPTION_GAP_MM = 1.5;
/** Caption area takes at most this share of a card's inner height while the words fit in it. */
const CAPTION_SHARE = 0.45;
/**
 * Shares the caption may grow to when its words do not fit at the profile's size: the picture
 * shrinks before the words do (the words never go below the profile's size).
 */
const CAPTION_SHARES = [CAPTION_SHARE, 0.55, 0.65, 0.75];
/** Share of the main size the line shown second is set at (never below the minimum). */
const SECOND_SCALE = 0.85;
const SECOND_COLOUR = '#4a4a4a';

/** The picture of a card: the young person's own picture when the caption is in their vocabulary. */
function pictureOf(e: SymbolCard, style: LayoutStyle, deps: LayoutDeps, x: number, y: number, side: number): { prims: Prim[]; part: ScenePart } {
  const own = style.vocabulary.get(normalisePhrase(e.caption));
  if (own?.kind === 'photo') {
    const photo = style.photos.get(own.photoId);
    if (photo) return { prims: [fittedImage(photo, `photo/${photo.id}`, x, y, side, side)], part: { role: 'figure', name: e.caption.trim() } };
  }
  if (own?.kind === 'symbol') {
    const ref = own.symbol;
    const name = pictureName(ref.set, [ref.id], e.caption, style, deps);
    if (isGeneratedId(ref.id)) return { prims: generatedPrims(ref.id, x, y, side, style, deps), part: { role: 'figure', name } };
    return { prims: [{ t: 'symbol', x, y, w: side, h: side, key: `${ref.set}/${ref.id}/${style.symbolStyle}`, drawing: deps.drawing(ref, style.symbolStyle) ?? null }], part: { role: 'figure', name } };
  }
  // a composition (house + clock + moon) fits side by side inside the square
  const ids = [e.symbol.id, ...(e.also ?? []).filter((r) => r.set === e.symbol.set).map((r) => r.id)];
  const pw = pictureWidth(ids.length, side);
  const size = pw > side ? (side * side) / pw : side;
  const prims = composedPrims({ set: e.symbol.set, ids, modifier: e.modifier }, x + (side - pictureWidth(ids.length, size)) / 2, y + (side - size) / 2, size, style, deps);
  return { prims, part: { role: 'figure', name: pictureName(e.symbol.set, ids, e.caption, style, deps), ...(e.modifier ? { modifier: e.modifier } : {}) } };
}

/**
 * Fits one or two blocks of centred text (a caption and its translation) into a width and
 * height, shrinking both together; `secondIndex` marks the block set smaller and softer:
 * the one shown second, whichever language it is in.
 */
export function fitBlocks(deps: LayoutDeps, style: LayoutStyle, blocks: string[], secondIndex: number, width: number, height: number): { lines: (TextPrim & { width: number; block: number })[]; height: number; overflow: boolean } {
  const m = deps.measurer;
  const layoutAt = (size: number) => {
    const lines: (TextPrim & { width: number; block: number })[] = [];
    let y = 0;
    blocks.forEach((text, b) => {
      const sz = b === secondIndex ? Math.max(style.minTextSize, size * SECOND_SCALE) : size;
      const font = fontForText(text, style.font);
      const lh = sz * style.lineHeight;
      const base = m.baseline(font, sz, style.lineHeight);
      for (const line of breakLines(m, text, font, sz, width)) {
        lines.push({ t: 'text', x: 0, y: y + base, text: line, font, size: sz, color: b === secondIndex && !style.forceTextColor ? SECOND_COLOUR : style.textColor, width: m.width(line, font, sz), block: b });
        y += lh;
      }
    });
    const longest = Math.max(0, ...blocks.flatMap((t) => t.split(/\s+/).map((wd) => m.width(wd, fontForText(t, style.font), size))));
    return { lines, height: y, fits: y <= height + 0.01 && longest <= width };
  };
  for (let size = style.captionSize; size >= style.minTextSize; size -= 0.5) {
    const r = layoutAt(size);
    if (r.fits) return { lines: r.lines, height: r.height, overflow: false };
  }
  const r = layoutAt(style.minTextSize);
  return { lines: r.lines, height: r.height, overflow: r.height > height + 0.01 };
}

/** Lays out a card in a box of w × h points: border, picture, caption (and its translation). */
export function layoutSymbolCard(e: SymbolCard, w: number, h: number, style: LayoutStyle, deps: LayoutDeps): { prims: Prim[]; parts: ScenePart[]; overflow: boolean } {
  const out = new PartsBuilder();
  if (e.background || e.border) {
    const stroke = e.border ? (style.forceTextColor ? style.textColor : '#333333') : null;
    out.add(null, [{ t: 'rect', x: 0, y: 0, w, h, fill: e.background, stroke, strokeWidth: e.border ? style.borderWidth : 0, radius: mmToPt(2) }]);
  }
  const position = style.captionPosition === 'document' ? e.captionPosition : e.captionPosition === 'none' ? 'none' : style.captionPosition;
  const pad = mmToPt(CARD_PADDING_MM);
  const innerW = w - 2 * pad;
  const innerH = h - 2 * pad;
  const caption = position === 'none' ? '' : e.caption.trim();
  // a second-language line goes under (or over) the caption, a little smaller
  const second = position === 'none' || !style.bilingual ? '' : (e.caption2 ?? '').trim();
  let blocks: { text: string; second: boolean; lines: TextPrim[] }[] = [];
  let captionH = 0;
  let overflow = false;
  if (caption || second) {
    const texts = [caption && { text: caption, second: false }, second && { text: second, second: true }].filter((b): b is { text: string; second: boolean } => !!b);
    // the young person's first language comes first and at full size; the other line under it, smaller
    if (style.secondFirst && second) texts.reverse();
    const fit = (share: number) => fitBlocks(deps, style, texts.map((b) => b.text), texts.length > 1 ? 1 : -1, innerW, innerH * share);
    let r = fit(CAPTION_SHARE);
    for (const share of CAPTION_SHARES.slice(1)) {
      if (!r.overflow) break;
      r = fit(share);
    }
    overflow = r.overflow;
    captionH = r.height;
    const top = position === 'above' ? pad : h - pad - captionH;
    blocks = texts.map((b, i) => ({ ...b, lines: r.lines.filter((l) => l.block === i).map(({ width, block: _b, ...t }) => ({ ...t, x: pad + (innerW - width) / 2, y: top + t.y })) }));
  }
  const gap = caption || second ? mmToPt(CAPTION_GAP_MM) : 0;
  const picH = Math.max(0, innerH - captionH - gap);
  const side = Math.max(0, Math.min(innerW, picH)) * style.symbolScale;
  const picTop = position === 'above' && (caption || second) ? pad + captionH + gap : pad;
  const pic = pictureOf(e, style, deps, pad + (innerW - side) / 2, picTop + (picH - side) / 2, side);
  // a caption above is read before the picture
  if (position === 'above') blocks.forEach((b) => out.add({ role: 'text', text: b.text, ...(b.second ? { second: true as const } : {}) }, b.lines));
  out.add(pic.part, pic.prims);
  if (position !== 'above') blocks.forEach((b) => out.add({ role: 'text', text: b.text, ...(b.second ? { second: true as const } : {}) }, b.lines));
  return { prims: out.prims, parts: out.parts, overflow };
}

/** The symbols a card shows in a style: its own picture from the vocabulary, or its composition. */
export function cardPictures(e: SymbolCard, style: LayoutStyle): ShownSymbol[] {
  const own = style.vocabulary.get(normalisePhrase(e.caption));
  if (own?.kind === 'photo' && style.photos.has(own.photoId)) return [];
  if (own?.kind === 'symbol') return symbolRefsOf(own.symbol.set, [own.symbol.id]).map((r) => ({ ...r, label: e.caption }));
  const uses = ELEMENT_MODELS.symbol.symbols(e);
  return [...uses.flatMap((u) => symbolRefsOf(u.ref.set, [u.ref.id])), ...badgeRefs(e.modifier)].map((r) => ({ ...r, label: e.caption }));
}

export const symbolCardLayout: ElementLayout<SymbolCard> = {
  layout: (e, w, h, { style, deps }: LayoutContext) => layoutSymbolCard(e, w, h, style, deps),
  pictures: (e, { style }) => cardPictures(e, style),
};
