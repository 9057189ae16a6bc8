import { defineCommand } from './command';

export const selectNone = defineCommand({
  id: 'selectNone',
  labelKey: 'command.selectNone',
  shortcuts: [{ keys: 'Escape' }],
  history: false,
  enabled: (ed) => ed.selectedElements.length > 0,
  run: (ed) => ed.select([]),
});
