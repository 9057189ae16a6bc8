import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const ruleHits = async (code: string, filePath: string) => {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.filter((m) => m.ruleId === 'import-x/no-restricted-paths').length;
};

describe('layer lint rule (shared/STYLE.md)', () => {
  it('refuses imports against the layer direction', async () => {
    expect(await ruleHits("import { App } from '../ui/App';\nexport const x = App;\n", 'src/model/x.ts')).toBe(1);
    expect(await ruleHits("import { drawPrims } from '../canvas/draw';\nexport const x = drawPrims;\n", 'src/pdf/x.ts')).toBe(1);
    expect(await ruleHits("import { Editor } from '../editor/editor';\nexport const x = Editor;\n", 'src/layout/x.ts')).toBe(1);
  }, 30_000);

  it('allows imports along it', async () => {
    expect(await ruleHits("import { newId } from '../model/ids';\nexport const x = newId;\n", 'src/layout/x.ts')).toBe(0);
    expect(await ruleHits("import { Editor } from '../editor/editor';\nexport const x = Editor;\n", 'src/canvas/x.ts')).toBe(0);
  }, 30_000);
});
