/**
 * Container: an auto-layout element (sequence, grid, timeline, scale) whose items are placed
 * by layout, so adding, removing or reordering one reflows the rest, and a long one
 * continues on the next page.
 */
import { z } from 'zod';
import { newId } from '../ids';
import { LIMITS } from '../limits';
import { box, colour, elementId, MODIFIER_VALUES, SymbolRefSchema } from './fields';
import { changedTexts, type ElementModel, type TextSlot } from './types';

/** One step, cell, event or point of a container. */
export const ContainerItemSchema = z.object({
  /** Unique within the container. */
  id: elementId,
  /** The picture, or null for words only. */
  symbol: SymbolRefSchema.nullable(),
  /** Up to two more symbols beside the first. */
  also: z.array(SymbolRefSchema).max(2).default([]),
  /** A mark over the picture. */
  modifier: z.enum(MODIFIER_VALUES).nullable().default(null),
  /** The words. */
  caption: z.string().max(LIMITS.caption),
  /** Background colour of the cell (scales, board buttons), or null. */
  color: colour.nullable().default(null),
  /** Border colour of the cell (board buttons); absent or null for the usual one. */
  borderColor: colour.nullable().optional(),
  /** Words spoken for the item (a board button's vocalisation) when they differ from the caption. */
  spoken: z.string().max(LIMITS.caption).optional(),
  /** Id of the page the item leads to (a board button that opens another board), or null. */
  link: elementId.nullable().optional(),
  /** An empty place in a grid (a board's empty cell): nothing is drawn, the place is kept. */
  gap: z.boolean().optional(),
  /**
   * The words the picture was chosen for when it was chosen for them automatically (by a
   * template, or a suggestion taken in one click); absent when a person chose it. When the
   * words change, the editor offers the picture for the new words.
   */
  pictureFor: z.string().max(LIMITS.caption).optional(),
});

export const ContainerSchema = z.object({
  ...box,
  type: z.literal('container'),
  /** sequence: steps in order; grid: rows × columns; timeline: events along a line; scale: 1 to n with colours. */
  kind: z.enum(['sequence', 'grid', 'timeline', 'scale']),
  /** Direction of a sequence. */
  direction: z.enum(['horizontal', 'vertical']),
  /** Columns of a grid (and of a sequence that wraps). */
  columns: z.number().int().min(LIMITS.columns.min).max(LIMITS.columns.max),
  /** A grid that keeps its columns whatever the text size (a board: each place means something). */
  keepColumns: z.boolean().optional(),
  /** Number the items. */
  numbered: z.boolean(),
  /** Arrows between steps. */
  arrows: z.boolean(),
  /** A tick box on each step. */
  ticks: z.boolean(),
  /** Index of the "you are here" item on a timeline, or null. */
  marker: z.number().int().min(0).nullable(),
  /** Words of the marker, e.g. "You are here". */
  markerLabel: z.string().max(LIMITS.markerLabel),
  /** The items in order. */
  items: z.array(ContainerItemSchema).max(LIMITS.containerItems),
});

export type ContainerItem = z.infer<typeof ContainerItemSchema>;
export type Container = z.infer<typeof ContainerSchema>;
export type ContainerKind = Container['kind'];

const itemField = (id: string) => `items.${id}.caption`;

/** A new container of a kind, with three empty items to fill in. */
export function createContainer(kind: ContainerKind, x: number, y: number): Container {
  return {
    id: newId('e'),
    type: 'container',
    kind,
    x,
    y,
    width: 180,
    height: kind === 'grid' ? 120 : 70,
    rotation: 0,
    direction: 'horizontal',
    columns: kind === 'grid' ? 3 : 4,
    numbered: kind === 'sequence',
    arrows: kind === 'sequence',
    ticks: false,
    marker: kind === 'timeline' ? 0 : null,
    markerLabel: '',
    items: Array.from({ length: 3 }, () => ({ id: newId('i'), symbol: null, also: [], modifier: null, caption: '', color: null })),
  };
}

export const containerModel: ElementModel<Container> = {
  schema: ContainerSchema,
  inlineField: null,
  create: ({ x, y }) => createContainer('sequence', x, y),
  texts: (e) => [
    ...e.items.map((it): TextSlot => ({ field: itemField(it.id), text: it.caption, limit: LIMITS.caption, language: 'main', shown: true })),
    { field: 'markerLabel', text: e.markerLabel, limit: LIMITS.markerLabel, language: 'main', shown: e.kind === 'timeline' && e.marker !== null },
  ],
  withTexts: (e, f) => {
    const c = changedTexts(containerModel.texts(e), f);
    if (!c.size) return e;
    const items = e.items.map((it) => (c.has(itemField(it.id)) ? { ...it, caption: c.get(itemField(it.id))! } : it));
    return { ...e, items, markerLabel: c.get('markerLabel') ?? e.markerLabel };
  },
  symbols: (e) => e.items.flatMap((it) => [...(it.symbol ? [it.symbol] : []), ...(it.also ?? [])].map((ref, i) => ({ ref, label: it.caption, modifier: i === 0 ? (it.modifier ?? null) : null }))),
  assets: () => [],
};
