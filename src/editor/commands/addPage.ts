import { LIMITS } from '../../model/schema';
import { createPage } from '../../model/factory';
import { addPage as addPageOp } from '../../model/operations';
import { defineCommand } from './command';

export const addPage = defineCommand({
  id: 'addPage',
  labelKey: 'command.addPage',
  history: true,
  enabled: (ed) => ed.doc.pages.length < LIMITS.pages,
  run: (ed) => {
    const page = createPage();
    ed.change((d) => addPageOp(d, ed.pageIndex + 1, page));
    ed.setPage(page.id);
  },
});
