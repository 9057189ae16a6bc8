import { createLine } from '../../model/factory';
import { addElements } from '../../model/operations';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

export const addArrow = defineCommand({
  id: 'addArrow',
  labelKey: 'command.addArrow',
  shortcuts: [{ keys: 'A' }],
  history: true,
  run: (ed) => {
    const at = nextPlacement(ed, 50, 0);
    const line = createLine(at.x, at.y + 20, 'end');
    ed.change((d) => addElements(d, ed.page.id, [line]), { select: [line.id] });
  },
});
