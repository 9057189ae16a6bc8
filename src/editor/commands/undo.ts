import { defineCommand } from './command';

export const undo = defineCommand({
  id: 'undo',
  labelKey: 'command.undo',
  shortcuts: [{ keys: 'Mod+Z' }],
  history: false,
  enabled: (ed) => ed.canUndo,
  run: (ed) => ed.undo(),
});
