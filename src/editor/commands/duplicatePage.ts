import { LIMITS } from '../../model/schema';
import { duplicatePage as duplicatePageOp } from '../../model/operations';
import { defineCommand } from './command';

export const duplicatePage = defineCommand<{ pageId?: string } | void>({
  id: 'duplicatePage',
  labelKey: 'command.duplicatePage',
  history: true,
  enabled: (ed) => ed.doc.pages.length < LIMITS.pages,
  run: (ed, args) => {
    const id = (args && args.pageId) || ed.page.id;
    const i = ed.doc.pages.findIndex((p) => p.id === id);
    if (ed.change((d) => duplicatePageOp(d, id))) ed.setPage(ed.doc.pages[i + 1].id);
  },
});
