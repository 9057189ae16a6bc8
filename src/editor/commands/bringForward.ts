import { restack } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const bringForward = defineCommand({
  id: 'bringForward',
  labelKey: 'command.bringForward',
  shortcuts: [{ keys: 'Mod+]' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    const ids = [...ed.getState().selection];
    ed.change((d) => restack(d, ed.page.id, ids, 'forward'));
  },
});
