import { defineCommand } from './command';

export const redo = defineCommand({
  id: 'redo',
  labelKey: 'command.redo',
  shortcuts: [{ keys: 'Mod+Shift+Z' }, { keys: 'Mod+Y' }],
  history: false,
  enabled: (ed) => ed.canRedo,
  run: (ed) => ed.redo(),
});
