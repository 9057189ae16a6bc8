import { restack } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const sendToBack = defineCommand({
  id: 'sendToBack',
  labelKey: 'command.sendToBack',
  shortcuts: [{ keys: 'Mod+Shift+[' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    const ids = [...ed.getState().selection];
    ed.change((d) => restack(d, ed.page.id, ids, 'back'));
  },
});
