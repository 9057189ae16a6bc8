/**
 * The model registry of element kinds: one definition per kind, typed over the kind union, so
 * a kind added to `Element` without its definition here fails to compile. Whatever walks
 * elements (avoid warnings, translations, sets used, templates, search and replace) asks it.
 */
import { z } from 'zod';
import { SymbolCardSchema, symbolCardModel, type SymbolCard } from './symbol';
import { TextBoxSchema, textBoxModel, type TextBox } from './text';
import { SymbolTextSchema, symbolTextModel, type SymbolText } from './symtext';
import { ShapeSchema, shapeModel, type Shape } from './shape';
import { LineSchema, lineModel, type Line } from './line';
import { ContainerSchema, containerModel, type Container } from './container';
import { ImageElementSchema, imageModel, type ImageElement } from './image';
import type { ElementModel, SymbolUse, TextSlot } from './types';

export const ElementSchema = z.discriminatedUnion('type', [SymbolCardSchema, TextBoxSchema, ShapeSchema, LineSchema, SymbolTextSchema, ContainerSchema, ImageElementSchema]);

export type Element = z.infer<typeof ElementSchema>;
export type ElementType = Element['type'];
/** The element of one kind. */
export type ElementOf<K extends ElementType> = Extract<Element, { type: K }>;

/** Every kind's model definition. */
export type ElementModels = { readonly [K in ElementType]: ElementModel<ElementOf<K>> };

export const ELEMENT_MODELS: ElementModels = {
  symbol: symbolCardModel,
  text: textBoxModel,
  symtext: symbolTextModel,
  shape: shapeModel,
  line: lineModel,
  container: containerModel,
  image: imageModel,
};

/** The kinds, in the order the registry lists them. */
export const ELEMENT_TYPES = Object.keys(ELEMENT_MODELS) as ElementType[];

/** The model definition of an element's kind. */
export function modelOf<E extends Element>(e: E): ElementModel<E> {
  return ELEMENT_MODELS[e.type as ElementType] as unknown as ElementModel<E>;
}

/** Every text of an element, in reading order. */
export const textsOf = (e: Element): TextSlot[] => modelOf(e).texts(e);

/** The element with each text rewritten by `f` (the same object when nothing changed). */
export const withTexts = <E extends Element>(e: E, f: (slot: TextSlot) => string): E => modelOf(e).withTexts(e, f);

/** The symbols an element shows by itself. */
export const symbolsOf = (e: Element): SymbolUse[] => modelOf(e).symbols(e);

/** The pictures (asset ids) an element shows. */
export const assetsOf = (e: Element): string[] => modelOf(e).assets(e);

export type { SymbolCard, TextBox, SymbolText, Shape, Line, Container, ImageElement };
export type { ElementModel, SymbolUse, TextSlot } from './types';
