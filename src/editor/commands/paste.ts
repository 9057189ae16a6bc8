import { addElements, cloneElements } from '../../model/operations';
import { defineCommand } from './command';

export const paste = defineCommand({
  id: 'paste',
  labelKey: 'command.paste',
  shortcuts: [{ keys: 'Mod+V' }],
  history: true,
  enabled: (ed) => ed.clipboard.length > 0,
  run: (ed) => {
    // paste onto the same page offsets the copy; onto another page keeps the position
    const here = new Set(ed.page.elements.map((e) => e.id));
    const offset = ed.clipboard.some((e) => here.has(e.id)) ? 5 : 0;
    const copies = cloneElements(ed.clipboard, offset, offset);
    ed.clipboard = copies;
    ed.change((d) => addElements(d, ed.page.id, copies), { select: copies.map((e) => e.id) });
  },
});
