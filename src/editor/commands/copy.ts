import { defineCommand, hasSelection } from './command';

export const copy = defineCommand({
  id: 'copy',
  labelKey: 'command.copy',
  shortcuts: [{ keys: 'Mod+C' }],
  history: false,
  enabled: hasSelection,
  run: (ed) => {
    ed.clipboard = ed.selectedElements;
  },
});
