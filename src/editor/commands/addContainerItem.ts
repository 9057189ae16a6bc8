import { addItem, newItem } from '../../model/containers';
import type { SymbolRef } from '../../model/schema';
import { defineCommand } from './command';

/** Adds a step (or cell, event, point) to a container; the others reflow. */
export const addContainerItem = defineCommand<{ id: string; symbol: SymbolRef | null; caption: string; index?: number }>({
  id: 'addContainerItem',
  labelKey: 'command.addContainerItem',
  history: true,
  run: (ed, { id, symbol, caption, index }) => {
    ed.change((d) => addItem(d, ed.page.id, id, newItem(symbol, caption), index), { select: [id] });
  },
});
