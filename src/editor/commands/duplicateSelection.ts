import { addElements, cloneElements } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const duplicateSelection = defineCommand({
  id: 'duplicateSelection',
  labelKey: 'command.duplicate',
  shortcuts: [{ keys: 'Mod+D' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    const copies = cloneElements(ed.selectedElements, 5, 5);
    ed.change((d) => addElements(d, ed.page.id, copies), { select: copies.map((e) => e.id) });
  },
});
