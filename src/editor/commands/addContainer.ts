import { createContainer, type ContainerKind } from '../../model/elements/container';
import { addElements } from '../../model/operations';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

/** Adds a sequence, grid, timeline or scale with three empty items to fill in. */
export const addContainer = defineCommand<{ kind: ContainerKind }>({
  id: 'addContainer',
  labelKey: 'command.addContainer',
  history: true,
  run: (ed, { kind }) => {
    const probe = createContainer(kind, 0, 0);
    const at = nextPlacement(ed, probe.width, probe.height);
    const el = { ...probe, x: at.x, y: at.y };
    ed.change((d) => addElements(d, ed.page.id, [el]), { select: [el.id] });
  },
});
