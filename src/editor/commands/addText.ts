import { createTextBox } from '../../model/factory';
import { isRtlLanguage } from '../../layout/bidi';
import { addElements } from '../../model/operations';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

export const addText = defineCommand<{ text: string }>({
  id: 'addText',
  labelKey: 'command.addText',
  shortcuts: [{ keys: 'T' }],
  history: true,
  run: (ed, { text }) => {
    const at = nextPlacement(ed, 90, 20);
    // text in a right-to-left document starts at the right-hand edge
    const box = { ...createTextBox(text, at.x, at.y), ...(isRtlLanguage(ed.doc.language) ? { align: 'right' as const } : {}) };
    ed.change((d) => addElements(d, ed.page.id, [box]), { select: [box.id] });
  },
});
