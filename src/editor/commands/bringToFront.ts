import { restack } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const bringToFront = defineCommand({
  id: 'bringToFront',
  labelKey: 'command.bringToFront',
  shortcuts: [{ keys: 'Mod+Shift+]' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    const ids = [...ed.getState().selection];
    ed.change((d) => restack(d, ed.page.id, ids, 'front'));
  },
});
