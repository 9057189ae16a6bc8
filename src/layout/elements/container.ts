/** Laying out a container (sequence, grid, timeline, scale): each item drawn as a card. */
import type { Container, SymbolCard } from '../../model/schema';
import { layoutContainer } from '../containers';
import { cardPictures } from './symbol';
import type { ElementLayout } from './types';

/** An item as the card it is drawn as (for the pictures it shows). */
const itemCard = (c: Container, it: Container['items'][number]): SymbolCard | null =>
  it.symbol
    ? { id: it.id, type: 'symbol', x: 0, y: 0, width: 10, height: 10, rotation: 0, symbol: it.symbol, also: it.also ?? [], modifier: it.modifier ?? null, caption: it.caption, caption2: '', captionPosition: 'below', border: c.kind !== 'timeline', background: null }
    : null;

export const containerLayout: ElementLayout<Container> = {
  layout: (e, _w, _h, { style, deps }) => layoutContainer(e, style, deps),
  pictures: (e, { style }) => e.items.flatMap((it) => {
    const card = itemCard(e, it);
    return card ? cardPictures(card, style) : [];
  }),
};
