import { createSymbolText } from '../../model/factory';
import { addElements } from '../../model/operations';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

/** Adds symbolised text: each word gets its picture as it is typed. */
export const addSymbolText = defineCommand<{ text: string; layout?: 'above' | 'easy-read' }>({
  id: 'addSymbolText',
  labelKey: 'command.addSymbolText',
  shortcuts: [{ keys: 'S', args: { text: '' } }],
  history: true,
  run: (ed, { text, layout }) => {
    const at = nextPlacement(ed, 160, 80);
    const el = createSymbolText(text, at.x, at.y, layout);
    ed.change((d) => addElements(d, ed.page.id, [el]), { select: [el.id] });
  },
});
