/**
 * The Scene: what layout decides and both renderers draw. All lengths are points,
 * relative to the element's origin (its unrotated top-left corner).
 */
import type { VectorSymbol } from '../symbols/vector';
import type { ElementType } from '../model/schema';

export type { VectorSymbol, VectorPath } from '../symbols/vector';
export { pathSvg } from '../symbols/vector';

/** What every primitive may say about the part of its element it belongs to. */
interface InPart {
  /** Index into its item's `parts`; a primitive with none is decoration (a border, a line). */
  part?: number;
}

export interface SymbolPrim extends InPart {
  t: 'symbol';
  x: number;
  y: number;
  w: number;
  h: number;
  /** `set/id` of the symbol, to share one drawing between placements. */
  key: string;
  /** Null while loading or when the symbol is missing: renderers draw a placeholder. */
  drawing: VectorSymbol | null;
}

/**
 * A stretch of a line in one direction and one plain font, placed by layout with the widths
 * it broke the line with: renderers draw it here and neither reorder nor measure it.
 */
export interface TextRun {
  /** The run's characters in reading order (a right-to-left run is shaped right to left). */
  text: string;
  /** A plain font id (`naskh`, `atkinson`, `devanagari`), never a mixed one. */
  font: string;
  /** Written right to left. */
  rtl: boolean;
  /** Left end of the run, in the same coordinates as its line's `x`. */
  x: number;
  /** Width as layout measured it, points. */
  w: number;
}

/** One line of text; `y` is the baseline. */
export interface TextPrim extends InPart {
  t: 'text';
  /** Left end of the line. */
  x: number;
  y: number;
  /** The line in reading order. */
  text: string;
  /**
   * Font id. A line with `runs` may name two (`naskh+atkinson`: Urdu with an English name in
   * it); draw such a line run by run, each in its run's font.
   */
  font: string;
  size: number;
  color: string;
  /** Part of a picture (a weekday's name on a calendar page), not words of the text. */
  inPicture?: true;
  /**
   * For a line with shaped script (Arabic, Devanagari, Bengali) or two fonts: its runs in
   * visual order, left to right, edge to edge from `x`, their widths adding up to the line's.
   */
  runs?: TextRun[];
}

export interface BoxPrim extends InPart {
  t: 'rect' | 'ellipse';
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number;
  radius?: number;
  dash?: number[];
}

export interface LinePrim extends InPart {
  t: 'line';
  points: number[];
  color: string;
  width: number;
}

/** A filled polygon (arrow heads). */
export interface PolyPrim extends InPart {
  t: 'poly';
  points: number[];
  fill: string;
}

/** A photo, fitted into its box keeping its proportions. */
export interface ImagePrim extends InPart {
  t: 'image';
  x: number;
  y: number;
  w: number;
  h: number;
  /** Identifies the image, so each is decoded and embedded once. */
  key: string;
  /** SVG comes only from imported packs (sanitised); it is rasterised before a PDF is written. */
  mime: 'image/jpeg' | 'image/png' | 'image/svg+xml';
  /** Base64 bytes. */
  data: string;
  /** The part of the image shown, in image pixels (all of it when absent). */
  src?: { x: number; y: number; w: number; h: number };
  /** Clip the picture to the circle inside its box. */
  circle?: boolean;
}

export type Prim = SymbolPrim | TextPrim | BoxPrim | LinePrim | PolyPrim | ImagePrim;

/**
 * A part of an element as a reader meets it: a picture with its name, a line of words, a
 * heading. Outputs that read (tagged PDF, the phone page) are made from these alone.
 */
export interface ScenePart {
  role: 'figure' | 'text' | 'heading';
  /** A figure's name: the symbols' labels or the photo's description (its alt text). */
  name?: string;
  /** A mark drawn over a figure (`not`: what is pictured is forbidden). */
  modifier?: 'not' | 'question' | 'plus' | 'past' | 'future';
  /** The words of a text or heading part (all its lines), in reading order. */
  text?: string;
  /** Written in the document's second language. */
  second?: true;
  /** The idea it belongs to (a step, a cell, an Easy Read row, a word and its picture), numbered in reading order. */
  group?: number;
}

/** One element, placed. */
export interface SceneItem {
  elementId: string;
  /** The element's kind, or `page` for what a page draws itself (cut lines, a passport's body). */
  kind: ElementType | 'page';
  /** Place in the page's reading order, from 0. */
  order: number;
  /** The parts a reader meets, in reading order; primitives point at them by index. */
  parts: ScenePart[];
  /** Origin on the page, points from the top-left corner. */
  x: number;
  y: number;
  /** Clockwise degrees about the origin. */
  rotation: number;
  /** Size of the element's box, points. */
  width: number;
  height: number;
  prims: Prim[];
  /** True when text did not fit even at its smallest size; the canvas marks it. */
  overflow: boolean;
  /**
   * On the editor's canvas only: where symbol text longer than its box continues on another
   * printed page, points from the origin (a dashed page break is drawn there).
   */
  breaks?: number[];
  /**
   * Height the element's words take, points (text boxes, symbol text): a growing text box grows
   * its box to it; where it is taller than the box, the words are drawn below the box's bottom.
   */
  needHeight?: number;
  /** Symbol text with a picture above each word: its parts' groups are the words of running text, not separate ideas. */
  words?: true;
  /** Places of words with pictures in symbolised text, for clicking on a word's picture. */
  hotspots?: { key: string; n?: number; x: number; y: number; w: number; h: number }[];
  /** Places that lead to another page (a board button that opens another board), relative to the origin: links in the PDF. */
  links?: { x: number; y: number; w: number; h: number; pageId: string; group?: number }[];
}

/**
 * The height of an item as the canvas draws it, points: its box, or its words where they run
 * on below the box (symbol text that continues on another printed page, text that outgrew its
 * box). The selection frame wraps this, not the stored box.
 */
export function drawnHeight(item: SceneItem): number {
  const h = Math.abs(item.height);
  return item.needHeight !== undefined && item.needHeight > h ? item.needHeight : h;
}

export interface ScenePage {
  pageId: string;
  width: number;
  height: number;
  /** Page colour (a profile's tint), drawn under everything. */
  background: string;
  items: SceneItem[];
  /** Footer text lines (attribution), drawn by both renderers. */
  footer: TextPrim[];
  /** The footer's words as one line (the optional note, then the attributions); empty for none. */
  footerText?: string;
}

export interface Scene {
  title: string;
  language: string;
  /** The document's second language, when its texts carry translated lines (`ScenePart.second`). */
  secondLanguage?: string;
  pages: ScenePage[];
  /** Fonts used, by id, so the PDF embeds only these. */
  fonts: string[];
  /** Attribution lines of the symbol sets used. */
  attributions: string[];
}
