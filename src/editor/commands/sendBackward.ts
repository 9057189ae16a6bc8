import { restack } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

export const sendBackward = defineCommand({
  id: 'sendBackward',
  labelKey: 'command.sendBackward',
  shortcuts: [{ keys: 'Mod+[' }],
  history: true,
  enabled: hasSelection,
  run: (ed) => {
    const ids = [...ed.getState().selection];
    ed.change((d) => restack(d, ed.page.id, ids, 'backward'));
  },
});
