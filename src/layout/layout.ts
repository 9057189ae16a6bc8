/**
 * Layout: (document, style) → Scene. Pure and synchronous: symbol drawings and font
 * metrics are handed in, so the same code runs in the browser, a worker and Node.
 */
import { own } from '../model/own';
import { elementBoundsPt } from './units';
import { boldOf, fontForText, type TextMeasurer } from './fontMetrics';
import { isRtlLanguage, isRtlText } from './bidi';
import { breakLines } from './text';
import { DEFAULT_STYLE, normalisePhrase, type LayoutStyle } from './style';
import { splitPage } from './paginate';
import { flowSymbolText } from './flow';
import { composedPrims, pictureWidth } from './picture';
import { generatedPrims, isGeneratedId } from './generated';
import { layoutSymbolText } from './symbolText';
import { layoutContainer } from './containers';
import type { Symboliser } from '../symbols/symbolise';
import type { Prim, Scene, SceneItem, ScenePage, TextPrim, VectorSymbol } from './scene';
import { mmToPt } from '../model/units';
import { pageSizeMm } from '../model/geometry';
import type { Asset, Element, ImageElement, Line, Page, Shape, SignpostDocument, SymbolCard, SymbolRef, TextBox } from '../model/schema';

export interface LayoutDeps {
  measurer: TextMeasurer;
  /** A loaded drawing in a style, or undefined while loading or when missing. */
  drawing: (ref: SymbolRef, style: 'color' | 'black') => VectorSymbol | undefined;
  /** Attribution line of a symbol set. */
  attribution: (setId: string) => string | undefined;
  /** The picture of an imported pack's symbol (PNG), when the set is a pack. */
  packImage?: (ref: SymbolRef) => { mime: 'image/svg+xml' | 'image/png' | 'image/jpeg'; data: string; width: number; height: number } | undefined;
  /** Symbolises text; without one, symbolised text lays out as plain words. */
  symboliser?: Pick<Symboliser, 'symbolise'>;
}

/** Space between a card's edge and its content, mm. */
const CARD_PADDING_MM = 2;
/** Gap between picture and caption, mm. */
const CAPTION_GAP_MM = 1.5;
/** Caption area may take at most this share of a card's inner height. */
const CAPTION_SHARE = 0.45;
/** Footer text size, points. */
export const FOOTER_SIZE = 7;

/** The picture of a card: the young person's own picture when the caption is in their vocabulary. */
function pictureOf(e: SymbolCard, style: LayoutStyle, deps: LayoutDeps, x: number, y: number, side: number): Prim[] {
  const own = style.vocabulary.get(normalisePhrase(e.caption));
  if (own?.kind === 'photo') {
    const photo = style.photos.get(own.photoId);
    if (photo) {
      // fit the photo's proportions inside the square
      const k = Math.min(side / photo.width, side / photo.height);
      const w = photo.width * k;
      const h = photo.height * k;
      return [{ t: 'image', x: x + (side - w) / 2, y: y + (side - h) / 2, w, h, key: `photo/${photo.id}`, mime: photo.mime, data: photo.data }];
    }
  }
  if (own?.kind === 'symbol') {
    const ref = own.symbol;
    if (isGeneratedId(ref.id)) return generatedPrims(ref.id, x, y, side, style, deps);
    return [{ t: 'symbol', x, y, w: side, h: side, key: `${ref.set}/${ref.id}/${style.symbolStyle}`, drawing: deps.drawing(ref, style.symbolStyle) ?? null }];
  }
  // a composition (house + clock + moon) fits side by side inside the square
  const ids = [e.symbol.id, ...(e.also ?? []).filter((r) => r.set === e.symbol.set).map((r) => r.id)];
  const pw = pictureWidth(ids.length, side);
  const size = pw > side ? (side * side) / pw : side;
  return composedPrims({ set: e.symbol.set, ids, modifier: e.modifier }, x + (side - pictureWidth(ids.length, size)) / 2, y + (side - size) / 2, size, style, deps);
}

/** Share of the main size the line shown second is set at (never below the minimum). */
const SECOND_SCALE = 0.85;
const SECOND_COLOUR = '#4a4a4a';

/**
 * Fits one or two blocks of centred text (a caption and its translation) into a width and
 * height, shrinking both together; `secondIndex` marks the block set smaller and softer:
 * the one shown second, whichever language it is in.
 */
function fitBlocks(deps: LayoutDeps, style: LayoutStyle, blocks: string[], secondIndex: number, width: number, height: number): { lines: (TextPrim & { width: number })[]; height: number; overflow: boolean } {
  const m = deps.measurer;
  const layoutAt = (size: number) => {
    const lines: (TextPrim & { width: number })[] = [];
    let y = 0;
    blocks.forEach((text, b) => {
      const sz = b === secondIndex ? Math.max(style.minTextSize, size * SECOND_SCALE) : size;
      const font = fontForText(text, style.font);
      const lh = sz * style.lineHeight;
      const base = m.baseline(font, sz, style.lineHeight);
      for (const line of breakLines(m, text, font, sz, width)) {
        lines.push({ t: 'text', x: 0, y: y + base, text: line, font, size: sz, color: b === secondIndex && !style.forceTextColor ? SECOND_COLOUR : style.textColor, width: m.width(line, font, sz) });
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

function layoutSymbolCard(e: SymbolCard, w: number, h: number, style: LayoutStyle, deps: LayoutDeps): { prims: Prim[]; overflow: boolean } {
  const prims: Prim[] = [];
  if (e.background || e.border) {
    const stroke = e.border ? (style.forceTextColor ? style.textColor : '#333333') : null;
    prims.push({ t: 'rect', x: 0, y: 0, w, h, fill: e.background, stroke, strokeWidth: e.border ? style.borderWidth : 0, radius: mmToPt(2) });
  }
  const position = style.captionPosition === 'document' ? e.captionPosition : e.captionPosition === 'none' ? 'none' : style.captionPosition;
  const pad = mmToPt(CARD_PADDING_MM);
  const innerW = w - 2 * pad;
  const innerH = h - 2 * pad;
  const caption = position === 'none' ? '' : e.caption.trim();
  // a second-language line goes under (or over) the caption, a little smaller
  const second = position === 'none' || !style.bilingual ? '' : (e.caption2 ?? '').trim();
  let captionLines: TextPrim[] = [];
  let captionH = 0;
  let overflow = false;
  if (caption || second) {
    const blocks = [caption, second].filter(Boolean);
    // the young person's first language comes first and at full size; the other line under it, smaller
    const r = fitBlocks(deps, style, style.secondFirst && second ? blocks.reverse() : blocks, blocks.length > 1 ? 1 : -1, innerW, innerH * CAPTION_SHARE);
    overflow = r.overflow;
    captionH = r.height;
    const top = position === 'above' ? pad : h - pad - captionH;
    captionLines = r.lines.map((l) => ({ ...l, x: pad + (innerW - l.width) / 2, y: top + l.y })).map(({ width: _w, ...t }) => t);
  }
  const gap = caption || second ? mmToPt(CAPTION_GAP_MM) : 0;
  const picH = Math.max(0, innerH - captionH - gap);
  const side = Math.max(0, Math.min(innerW, picH)) * style.symbolScale;
  const picTop = position === 'above' && (caption || second) ? pad + captionH + gap : pad;
  prims.push(...pictureOf(e, style, deps, pad + (innerW - side) / 2, picTop + (picH - side) / 2, side));
  prims.push(...captionLines);
  return { prims, overflow };
}

function layoutText(e: TextBox, w: number, h: number, style: LayoutStyle, deps: LayoutDeps): { prims: Prim[]; overflow: boolean; needHeight: number } {
  const m = deps.measurer;
  const face = e.bold ? boldOf(style.font) : style.font;
  const size = Math.max(e.fontSize, style.minTextSize);
  const second = style.bilingual ? (e.text2 ?? '').trim() : '';
  const blocks = second ? (style.secondFirst ? [second, e.text] : [e.text, second]) : [e.text];
  const lh = size * style.lineHeight;
  const prims: Prim[] = [];
  let y = 0;
  // each block in its own font (an Urdu line under an English one is set in Naskh)
  for (const block of blocks) {
    const font = fontForText(block, face);
    const base = m.baseline(font, size, style.lineHeight);
    for (const line of breakLines(m, block, font, size, w)) {
      const lw = m.width(line, font, size);
      // alignment follows the document's direction; a line written the other way starts at the other side
      const align = e.align !== 'center' && isRtlText(line) !== style.rtl ? (e.align === 'left' ? 'right' : 'left') : e.align;
      const x = align === 'left' ? 0 : align === 'center' ? (w - lw) / 2 : w - lw;
      prims.push({ t: 'text', x, y: y + base, text: line, font, size, color: style.forceTextColor ? style.textColor : e.color });
      y += lh;
    }
  }
  return { prims, overflow: y > h + 0.01, needHeight: y };
}

function layoutShape(e: Shape, w: number, h: number): Prim[] {
  return [{ t: e.shape, x: 0, y: 0, w, h, fill: e.fill, stroke: e.stroke, strokeWidth: mmToPt(e.strokeWidth) }];
}

function arrowHead(x: number, y: number, fromX: number, fromY: number, width: number, color: string): Prim {
  const len = Math.max(8, width * 4);
  const a = Math.atan2(y - fromY, x - fromX);
  const spread = Math.PI / 7;
  return {
    t: 'poly',
    points: [x, y, x - len * Math.cos(a - spread), y - len * Math.sin(a - spread), x - len * Math.cos(a + spread), y - len * Math.sin(a + spread)],
    fill: color,
  };
}

function layoutLine(e: Line): Prim[] {
  const w = mmToPt(e.strokeWidth);
  const x2 = mmToPt(e.dx);
  const y2 = mmToPt(e.dy);
  const len = Math.hypot(x2, y2) || 1;
  const head = Math.max(8, w * 4) * Math.cos(Math.PI / 7);
  // stop the line under the head so its square end does not poke through the point
  const cut = (at: boolean) => (at ? Math.min(head * 0.8, len / 2) / len : 0);
  const endCut = cut(e.arrow !== 'none');
  const startCut = cut(e.arrow === 'both');
  const prims: Prim[] = [{ t: 'line', points: [x2 * startCut, y2 * startCut, x2 * (1 - endCut), y2 * (1 - endCut)], color: e.color, width: w }];
  if (e.arrow !== 'none') prims.push(arrowHead(x2, y2, 0, 0, w, e.color));
  if (e.arrow === 'both') prims.push(arrowHead(0, 0, x2, y2, w, e.color));
  return prims;
}

function layoutImage(e: ImageElement, w: number, h: number, assets: Readonly<Record<string, Asset>>): Prim[] {
  const a = own(assets, e.assetId);
  if (!a) return [{ t: 'symbol', x: 0, y: 0, w, h, key: `missing/${e.assetId}`, drawing: null }];
  if (e.crop === 'none') {
    // the whole picture, fitted inside the box
    const k = Math.min(w / a.width, h / a.height);
    return [{ t: 'image', x: (w - a.width * k) / 2, y: (h - a.height * k) / 2, w: a.width * k, h: a.height * k, key: `asset/${a.id}`, mime: a.mime, data: a.data }];
  }
  // a square from the middle of the picture, filling the largest square in the box
  const side = Math.min(w, h);
  const s = Math.min(a.width, a.height);
  return [
    {
      t: 'image',
      x: (w - side) / 2,
      y: (h - side) / 2,
      w: side,
      h: side,
      key: `asset/${a.id}`,
      mime: a.mime,
      data: a.data,
      src: { x: (a.width - s) / 2, y: (a.height - s) / 2, w: s, h: s },
      ...(e.crop === 'circle' ? { circle: true } : {}),
    },
  ];
}

/** Lays out one element; image elements find their pictures in `assets`. */
/**
 * A line of text in a mixed font (Urdu with an English name in it) as one prim per run, each
 * in its own plain font, placed left to right as measured; other prims pass through.
 */
export function splitRuns(m: TextMeasurer, p: TextPrim): TextPrim[] {
  if (!p.font.includes('+')) return [p];
  const out: TextPrim[] = [];
  let x = p.x;
  for (const run of m.runs(p.text, p.font, p.size)) {
    if (run.text.trim()) out.push({ ...p, x, text: run.text, font: run.font });
    x += run.width;
  }
  return out;
}

export function layoutElement(e: Element, style: LayoutStyle, deps: LayoutDeps, assets: Readonly<Record<string, Asset>> = {}): SceneItem {
  const b = elementBoundsPt(e);
  let prims: Prim[];
  let overflow = false;
  let hotspots: SceneItem['hotspots'];
  let needHeight: number | undefined;
  switch (e.type) {
    case 'symbol':
      ({ prims, overflow } = layoutSymbolCard(e, b.width, b.height, style, deps));
      break;
    case 'text': {
      const r = layoutText(e, b.width, b.height, style, deps);
      ({ prims, overflow } = r);
      needHeight = r.needHeight;
      break;
    }
    case 'shape':
      prims = layoutShape(e, b.width, b.height);
      break;
    case 'line':
      prims = layoutLine(e);
      break;
    case 'container':
      ({ prims, overflow } = layoutContainer(e, style, deps));
      break;
    case 'image':
      prims = layoutImage(e, b.width, b.height, assets);
      break;
    case 'symtext': {
      const r = layoutSymbolText(e, b.width, b.height, style, deps);
      ({ prims, overflow } = r);
      hotspots = r.boxes.map(({ key, n, x, y, w, h }) => ({ key, n, x, y, w, h }));
      break;
    }
  }
  prims = prims.flatMap((p): Prim[] => (p.t === 'text' ? splitRuns(deps.measurer, p) : [p]));
  return { elementId: e.id, x: b.x, y: b.y, rotation: e.type === 'line' ? 0 : e.rotation, width: b.width, height: b.height, prims, overflow, ...(hotspots ? { hotspots } : {}), ...(needHeight !== undefined ? { needHeight } : {}) };
}

/** Symbol sets a document shows: cards and their compositions, container items, symbolised text and modifier badges. */
function setsUsed(doc: SignpostDocument): string[] {
  const sets = new Set<string>();
  const badge = (m: string | null | undefined) => m && m !== 'not' && sets.add('openmoji');
  for (const p of doc.pages) {
    for (const e of p.elements) {
      if (e.type === 'symbol') {
        sets.add(e.symbol.set);
        (e.also ?? []).forEach((r) => sets.add(r.set));
        badge(e.modifier);
      } else if (e.type === 'container') {
        for (const it of e.items) {
          if (it.symbol) sets.add(it.symbol.set);
          (it.also ?? []).forEach((r) => sets.add(r.set));
          badge(it.modifier);
        }
      } else if (e.type === 'symtext' && e.text.trim()) {
        // symbolised text draws from the curated vocabulary and the library
        sets.add('openmoji');
        for (const c of Object.values(e.choices ?? {})) if (c) sets.add(c.set);
      }
    }
  }
  return [...sets].sort();
}

export interface PrintOptions {
  /** Optional first line of the footer, e.g. "For Sam · 26 November 2026". */
  footerNote?: string;
}

/** Attribution lines of the symbol sets a document uses. */
export function attributionsOf(doc: SignpostDocument, deps: LayoutDeps): string[] {
  return setsUsed(doc)
    .map((s) => deps.attribution(s))
    .filter((a): a is string => !!a);
}

/** The footer line: the optional note, then the attributions. */
export function footerText(doc: SignpostDocument, deps: LayoutDeps, options: PrintOptions = {}): string {
  return [options.footerNote?.trim(), ...attributionsOf(doc, deps)].filter(Boolean).join(' · ');
}

function layoutFooter(text: string, width: number, height: number, margin: number, deps: LayoutDeps, style: LayoutStyle): TextPrim[] {
  if (!text) return [];
  // the note may hold a name written in Arabic script
  const font = fontForText(text, style.font);
  const w = deps.measurer.width(text, font, FOOTER_SIZE);
  return splitRuns(deps.measurer, { t: 'text', x: Math.max(margin, (width - w) / 2), y: height - Math.max(8, margin / 2), text, font, size: FOOTER_SIZE, color: '#555555' });
}

/** A page of the scene with the footer laid out. */
export function scenePage(pageId: string, width: number, height: number, items: SceneItem[], footer: string, margin: number, style: LayoutStyle, deps: LayoutDeps): ScenePage {
  return { pageId, width, height, background: style.background, items, footer: layoutFooter(footer, width, height, margin, deps, style) };
}

export function layoutPage(doc: SignpostDocument, page: Page, style: LayoutStyle, deps: LayoutDeps, footer: string): ScenePage {
  const size = pageSizeMm(doc.page);
  const items = page.elements.map((e) => layoutElement(e, style, deps, doc.assets));
  return scenePage(page.id, mmToPt(size.width), mmToPt(size.height), items, footer, mmToPt(doc.page.margin), style, deps);
}

/** Collects the fonts the pages use into a Scene. */
export function toScene(doc: SignpostDocument, pages: ScenePage[], deps: LayoutDeps): Scene {
  const fonts = new Set<string>();
  for (const p of pages) {
    for (const it of p.items) for (const pr of it.prims) if (pr.t === 'text') fonts.add(pr.font);
    for (const f of p.footer) fonts.add(f.font);
  }
  return { title: doc.title, language: doc.language, pages, fonts: [...fonts].sort(), attributions: attributionsOf(doc, deps) };
}

/** The style for a document: a second language switches the translated lines on. */
export function styleForDocument(doc: SignpostDocument, style: LayoutStyle): LayoutStyle {
  const bilingual = !!doc.secondLanguage;
  const secondFirst = bilingual && !!style.preferredLanguage && style.preferredLanguage.split('-')[0] === doc.secondLanguage!.split('-')[0];
  const rtl = isRtlLanguage(doc.language);
  const same = bilingual === style.bilingual && secondFirst === style.secondFirst && rtl === style.rtl && doc.language === style.language;
  return same ? style : { ...style, bilingual, secondFirst, rtl, language: doc.language };
}

/** Lays out the whole document, page by page, splitting pages that hold more cards than the style allows. */
export function layoutDocument(doc: SignpostDocument, deps: LayoutDeps, baseStyle: LayoutStyle = DEFAULT_STYLE, options: PrintOptions = {}): Scene {
  const style = styleForDocument(doc, baseStyle);
  const footer = footerText(doc, deps, options);
  const pages = doc.pages.flatMap((p) => splitPage(p, style)).flatMap((p) => flowSymbolText(p, style, deps));
  return toScene(doc, pages.map((p) => layoutPage(doc, p, style, deps, footer)), deps);
}
