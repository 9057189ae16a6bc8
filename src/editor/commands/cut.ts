import { removeElements } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const cut = defineCommand({
  id: 'cut',
  labelKey: 'command.cut',
  shortcuts: [{ keys: 'Mod+X' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    ed.clipboard = ed.selectedElements;
    const ids = [...ed.getState().selection];
    ed.change((d) => removeElements(d, ed.page.id, ids), { select: [] });
  },
});
