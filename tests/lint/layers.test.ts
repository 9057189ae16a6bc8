import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const eslint = new ESLint({ cwd: process.cwd() });
const ruleHits = async (code: string, filePath: string, rule = 'import-x/no-restricted-paths') => {
  const [r] = await eslint.lintText(code, { filePath });
  return r.messages.filter((m) => m.ruleId === rule).length;
};

describe('layer lint rule (shared/STYLE.md)', () => {
  it('refuses imports against the layer direction', async () => {
    expect(await ruleHits("import { App } from '../ui/App';\nexport const x = App;\n", 'src/model/x.ts')).toBe(1);
    expect(await ruleHits("import { drawPrims } from '../canvas/draw';\nexport const x = drawPrims;\n", 'src/pdf/x.ts')).toBe(1);
    expect(await ruleHits("import { Editor } from '../editor/editor';\nexport const x = Editor;\n", 'src/layout/x.ts')).toBe(1);
    // the phone page, like the PDF, is made from the Scene alone
    expect(await ruleHits("import { exportPdf } from '../pdf/exportPdf';\nexport const x = exportPdf;\n", 'src/phone/x.ts')).toBe(1);
    expect(await ruleHits("import { i18n } from '../i18n';\nexport const x = i18n;\n", 'src/phone/x.ts')).toBe(1);
  }, 120_000);

  it('allows imports along it', async () => {
    expect(await ruleHits("import { newId } from '../model/ids';\nexport const x = newId;\n", 'src/layout/x.ts')).toBe(0);
    expect(await ruleHits("import { Editor } from '../editor/editor';\nexport const x = Editor;\n", 'src/canvas/x.ts')).toBe(0);
    expect(await ruleHits("import { readingItems } from '../layout/reading';\nexport const x = readingItems;\n", 'src/phone/x.ts')).toBe(0);
  }, 120_000);
});

describe('import circle lint rule (issue 15)', () => {
  it('refuses a file that imports what imports it', async () => {
    // layout.ts imports the layout registry, which imports elements/symbol.ts
    expect(await ruleHits("import { layoutElement } from '../layout';\nexport const x = layoutElement;\n", 'src/layout/elements/symbol.ts', 'import-x/no-cycle')).toBe(1);
  }, 120_000);

  it('allows imports that run one way', async () => {
    expect(await ruleHits("import { fittedImage } from '../drawing';\nexport const x = fittedImage;\n", 'src/layout/elements/symbol.ts', 'import-x/no-cycle')).toBe(0);
  }, 120_000);
});

describe('renderers and bidi lint rule (issue 15)', () => {
  const rule = 'no-restricted-imports';
  it('refuses visualRuns and bidi-js in the canvas, the PDF and the phone page', async () => {
    for (const dir of ['canvas', 'pdf', 'phone']) {
      expect(await ruleHits("import { visualRuns } from '../layout/bidi';\nexport const x = visualRuns;\n", `src/${dir}/x.ts`, rule)).toBe(1);
      expect(await ruleHits("import bidiFactory from 'bidi-js';\nexport const x = bidiFactory;\n", `src/${dir}/x.ts`, rule)).toBe(1);
    }
  }, 120_000);

  it('leaves layout, and the rest of the bidi module, alone', async () => {
    expect(await ruleHits("import { visualRuns } from './bidi';\nexport const x = visualRuns;\n", 'src/layout/x.ts', rule)).toBe(0);
    expect(await ruleHits("import { isRtlLanguage } from '../layout/bidi';\nexport const x = isRtlLanguage;\n", 'src/phone/x.ts', rule)).toBe(0);
  }, 120_000);
});

describe('function length lint rule (issue 15)', () => {
  /** A function of `lines` statements, with blank lines and comments between them that do not count. */
  const fn = (lines: number) => `export function long(): number {\n  let n = 0;\n${Array.from({ length: lines - 3 }, (_, i) => `  // step ${i}\n\n  n += ${i};`).join('\n')}\n}\n`;

  it('refuses a function over 80 lines in src/', async () => {
    expect(await ruleHits(fn(81), 'src/model/x.ts', 'max-lines-per-function')).toBe(1);
    // components too
    const component = `export function Big() {\n  return (\n    <div>\n${Array.from({ length: 80 }, (_, i) => `      <p>{${i}}</p>`).join('\n')}\n    </div>\n  );\n}\n`;
    expect(await ruleHits(component, 'src/ui/Big.tsx', 'max-lines-per-function')).toBe(1);
  }, 120_000);

  it('allows 80 lines, not counting blank lines and comments', async () => {
    expect(await ruleHits(fn(80), 'src/model/x.ts', 'max-lines-per-function')).toBe(0);
  }, 120_000);
});
