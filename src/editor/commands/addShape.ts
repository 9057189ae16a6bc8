import { createShape } from '../../model/factory';
import { addElements } from '../../model/operations';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

export const addShape = defineCommand<{ shape: 'rect' | 'ellipse' }>({
  id: 'addShape',
  labelKey: 'command.addShape',
  shortcuts: [
    { keys: 'R', args: { shape: 'rect' } },
    { keys: 'O', args: { shape: 'ellipse' } },
  ],
  history: true,
  run: (ed, { shape }) => {
    const at = nextPlacement(ed, 60, 40);
    const el = createShape(shape, at.x, at.y);
    ed.change((d) => addElements(d, ed.page.id, [el]), { select: [el.id] });
  },
});
