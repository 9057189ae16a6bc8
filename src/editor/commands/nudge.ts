import { moveElements } from '../../model/operations';
import { defineCommand, hasSelection } from './command';

/** Moves the selection by (dx, dy) mm; Shift moves 10 mm. Repeated presses merge into one step. */
export const nudge = defineCommand<{ dx: number; dy: number }>({
  id: 'nudge',
  labelKey: 'command.nudge',
  shortcuts: [
    { keys: 'ArrowLeft', args: { dx: -1, dy: 0 } },
    { keys: 'ArrowRight', args: { dx: 1, dy: 0 } },
    { keys: 'ArrowUp', args: { dx: 0, dy: -1 } },
    { keys: 'ArrowDown', args: { dx: 0, dy: 1 } },
    { keys: 'Shift+ArrowLeft', args: { dx: -10, dy: 0 } },
    { keys: 'Shift+ArrowRight', args: { dx: 10, dy: 0 } },
    { keys: 'Shift+ArrowUp', args: { dx: 0, dy: -10 } },
    { keys: 'Shift+ArrowDown', args: { dx: 0, dy: 10 } },
  ],
  history: true,
  enabled: hasSelection,
  run: (ed, { dx, dy }) => {
    const ids = [...ed.getState().selection];
    ed.change((d) => moveElements(d, ed.page.id, ids, dx, dy), { mergeKey: `nudge:${ids.join(',')}` });
  },
});
