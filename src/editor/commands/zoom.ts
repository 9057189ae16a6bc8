import { defineCommand } from './command';

/** Zoom is view state: never recorded in history. `fit` is the default. */
export const zoom = defineCommand<{ by?: number; fit?: boolean }>({
  id: 'zoom',
  labelKey: 'command.zoom',
  shortcuts: [
    { keys: 'Mod+=', args: { by: 1.25 } },
    { keys: 'Mod+-', args: { by: 0.8 } },
    { keys: 'Mod+0', args: { fit: true } },
  ],
  history: false,
  run: (ed, { by, fit }) => {
    if (fit) return ed.setZoom(null);
    const current = ed.getState().zoom ?? ed.fitZoom;
    ed.setZoom(current * (by ?? 1));
  },
});
