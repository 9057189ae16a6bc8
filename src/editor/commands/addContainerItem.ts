import { addItem, newItem } from '../../model/containers';
import type { ContainerItem, SymbolRef } from '../../model/schema';
import { defineCommand } from './command';

/** Adds a step (or cell, event, point) to a container, perhaps with a composed picture; the others reflow. */
export const addContainerItem = defineCommand<{ id: string; symbol: SymbolRef | null; caption: string; index?: number; also?: SymbolRef[]; modifier?: ContainerItem['modifier'] }>({
  id: 'addContainerItem',
  labelKey: 'command.addContainerItem',
  history: true,
  run: (ed, { id, symbol, caption, index, also, modifier }) => {
    const item = { ...newItem(symbol, caption), also: symbol ? (also?.slice(0, 2) ?? []) : [], modifier: symbol ? (modifier ?? null) : null };
    ed.change((d) => addItem(d, ed.page.id, id, item, index), { select: [id] });
  },
});
