import { removeElements } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const deleteSelection = defineCommand({
  id: 'deleteSelection',
  labelKey: 'command.delete',
  shortcuts: [{ keys: 'Delete' }, { keys: 'Backspace' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    const ids = [...ed.getState().selection];
    ed.change((d) => removeElements(d, ed.page.id, ids), { select: [] });
  },
});
