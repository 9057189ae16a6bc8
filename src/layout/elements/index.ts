/**
 * The layout registry of element kinds: one definition per kind, typed over the kind union,
 * so a kind added to `Element` without its layout fails to compile.
 */
import type { Element, ElementOf, ElementType } from '../../model/schema';
import { symbolCardLayout } from './symbol';
import { textBoxLayout } from './text';
import { symbolTextLayout } from './symtext';
import { shapeLayout } from './shape';
import { lineLayout } from './line';
import { containerLayout } from './container';
import { imageLayout } from './image';
import type { ElementLayout, LayoutContext, ShownSymbol } from './types';

export type ElementLayouts = { readonly [K in ElementType]: ElementLayout<ElementOf<K>> };

export const ELEMENT_LAYOUTS: ElementLayouts = {
  symbol: symbolCardLayout,
  text: textBoxLayout,
  symtext: symbolTextLayout,
  shape: shapeLayout,
  line: lineLayout,
  container: containerLayout,
  image: imageLayout,
};

/** The layout definition of an element's kind. */
export function layoutOf<E extends Element>(e: E): ElementLayout<E> {
  return ELEMENT_LAYOUTS[e.type as ElementType] as unknown as ElementLayout<E>;
}

/** Every symbol an element shows through a style, as drawn, with the words each stands for. */
export const picturesOf = (e: Element, ctx: Omit<LayoutContext, 'assets'>): ShownSymbol[] => layoutOf(e).pictures(e, ctx);

export type { ElementLayout, LaidOut, LayoutContext, ShownSymbol } from './types';
