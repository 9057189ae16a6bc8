import { defineCommand } from './command';

export const selectAll = defineCommand({
  id: 'selectAll',
  labelKey: 'command.selectAll',
  shortcuts: [{ keys: 'Mod+A' }],
  history: false,
  run: (ed) => ed.select(ed.page.elements.map((e) => e.id)),
});
