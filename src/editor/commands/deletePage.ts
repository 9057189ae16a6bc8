import { removePage } from '../../model/operations';
import { defineCommand } from './command';

export const deletePage = defineCommand<{ pageId?: string } | void>({
  id: 'deletePage',
  labelKey: 'command.deletePage',
  history: true,
  enabled: (ed) => ed.doc.pages.length > 1,
  run: (ed, args) => {
    const id = (args && args.pageId) || ed.page.id;
    ed.change((d) => removePage(d, id));
  },
});
