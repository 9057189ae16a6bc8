/** What every element kind tells the layout layer (see DESIGN.md, "Element kinds"). */
import type { Asset, SymbolRef } from '../../model/schema';
import type { LayoutDeps } from '../deps';
import type { Prim, SceneItem, ScenePart } from '../scene';
import type { LayoutStyle } from '../style';

/** What layout needs besides the element: the style, the deps and the document's pictures. */
export interface LayoutContext {
  style: LayoutStyle;
  deps: LayoutDeps;
  assets: Readonly<Record<string, Asset>>;
}

/** An element laid out in its own box (points, from its top-left corner). */
export interface LaidOut {
  prims: Prim[];
  /** The parts a reader meets, in reading order; `prims[i].part` indexes them. */
  parts: ScenePart[];
  overflow: boolean;
  /** Height its words take, points (text boxes, symbol text), however tall the box. */
  needHeight?: number;
  /** Its parts' groups are words of running text (symbol text with a picture above each word). */
  words?: true;
  hotspots?: SceneItem['hotspots'];
  /** Places that lead to another page (a board's buttons that open another board). */
  links?: SceneItem['links'];
}

/** A symbol the element shows, as the young person sees it, with the words it stands for. */
export interface ShownSymbol extends SymbolRef {
  label: string;
}

/** The layout layer's definition of one element kind. */
export interface ElementLayout<E> {
  /** Lays the element out in a box of `w` × `h` points. */
  layout(e: E, w: number, h: number, ctx: LayoutContext): LaidOut;
  /**
   * Every symbol the element shows through this style, as drawn (symbol text's pictures come
   * from the symboliser), modifier badges and the parts of clocks included.
   */
  pictures(e: E, ctx: Omit<LayoutContext, 'assets'>): ShownSymbol[];
}
