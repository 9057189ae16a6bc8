/**
 * The UI registry of element kinds: each kind's properties panel and its name in "On this
 * page", typed over the kind union, so a kind added without its panel fails to compile.
 */
import type { TFunction } from 'i18next';
import type { Element, ElementOf, ElementType } from '../../model/schema';
import { SymbolPanel } from './SymbolPanel';
import { TextPanel } from './TextPanel';
import { SymbolTextPanel } from './SymbolTextPanel';
import { ShapePanel } from './ShapePanel';
import { LinePanel } from './LinePanel';
import { ContainerPanel } from './ContainerPanel';
import { ImagePanel } from './ImagePanel';
import type { ElementUi } from './types';

const short = (text: string) => (text.length > 40 ? `${text.slice(0, 40)}…` : text);

export type ElementUis = { readonly [K in ElementType]: ElementUi<K> };

export const ELEMENT_UIS: ElementUis = {
  symbol: { Panel: SymbolPanel, describe: (e, t) => t('elements.symbol', { caption: e.caption || t('elements.noCaption') }) },
  text: { Panel: TextPanel, describe: (e, t) => t('elements.text', { text: short(e.text) }) },
  symtext: { Panel: SymbolTextPanel, describe: (e, t) => t('elements.symtext', { text: short(e.text) }) },
  shape: { Panel: ShapePanel, describe: (e, t) => t(e.shape === 'rect' ? 'elements.rect' : 'elements.ellipse') },
  line: { Panel: LinePanel, describe: (e, t) => t(e.arrow === 'none' ? 'elements.line' : 'elements.arrow') },
  container: { Panel: ContainerPanel, describe: (e, t) => t(`elements.${e.kind}`, { count: e.items.length }) },
  image: { Panel: ImagePanel, describe: (_e, t) => t('elements.image') },
};

/** The UI definition of an element's kind. */
export function uiOf<E extends Element>(e: E): ElementUi<E['type']> {
  return ELEMENT_UIS[e.type as ElementType] as unknown as ElementUi<E['type']>;
}

/** How "On this page" names an element. */
export const describeElement = (e: Element, t: TFunction): string => (uiOf(e).describe as (e: ElementOf<ElementType>, t: TFunction) => string)(e as ElementOf<ElementType>, t);

export type { ElementUi, PanelProps } from './types';
