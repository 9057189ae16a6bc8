import { movePage as movePageOp } from '../../model/operations';
import { defineCommand } from './command';

/** Moves a page by `by` places (−1 earlier, +1 later). */
export const movePage = defineCommand<{ pageId: string; by: number }>({
  id: 'movePage',
  labelKey: 'command.movePage',
  history: true,
  run: (ed, { pageId, by }) => {
    const i = ed.doc.pages.findIndex((p) => p.id === pageId);
    ed.change((d) => movePageOp(d, pageId, i + by));
  },
});
