/**
 * The PDF draws each run of a line where layout placed it (issue 15): it shapes the run's
 * glyphs, but neither splits the line by direction nor measures where a run starts. Read
 * back with `pdftotext -bbox`, every word of a run lies inside the run's box; and when the
 * runs of a Scene are pulled apart by hand, the words follow them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { createDocument, createTextBox } from '../../src/model/factory';
import { exportPdf } from '../../src/pdf/exportPdf';
import type { Scene, SceneItem, TextPrim } from '../../src/layout/scene';
import type { SignpostDocument } from '../../src/model/schema';
import { pdfWords, qpdfCheck } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

type Word = ReturnType<typeof pdfWords>[number];

/** An Urdu document with a mixed line (an English day and a time in it) and a line all in Urdu. */
async function urduScene(): Promise<{ scene: Scene; item: SceneItem }> {
  const box = { ...createTextBox('آپ کو Friday کو 5 بجے آنا ہے\nپیر کو عدالت جائیں', 20, 20), width: 150, height: 40, align: 'right' as const };
  const doc: SignpostDocument = { ...createDocument('t'), language: 'ur', pages: [{ id: 'p', elements: [box] }] };
  const scene = await s.scene(doc);
  return { scene, item: scene.pages[0].items.find((i) => i.kind === 'text')! };
}

const linesOf = (item: SceneItem) => item.prims.filter((p): p is TextPrim => p.t === 'text' && !!p.runs);

async function wordsOf(scene: Scene): Promise<Word[]> {
  const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
  qpdfCheck(pdf);
  return pdfWords(pdf);
}

/**
 * For each run that draws letters, the words the PDF shows inside the run's box on its line
 * (a word is on the line whose baseline is nearest its middle), and the words it should show.
 */
function wordsByRun(item: SceneItem, words: Word[]): { found: string[]; want: string[] }[] {
  const lines = linesOf(item);
  const lineOf = (w: Word) => lines.reduce((best, l) => (Math.abs(item.y + l.y - (w.yMin + w.yMax) / 2) < Math.abs(item.y + best.y - (w.yMin + w.yMax) / 2) ? l : best));
  return lines.flatMap((line) =>
    line.runs!.filter((r) => r.text.trim()).map((r) => {
      const left = item.x + r.x - 0.5;
      const right = item.x + r.x + r.w + 0.5;
      const found = words.filter((w) => lineOf(w) === line && w.xMin >= left && w.xMax <= right).map((w) => w.word);
      return { found: found.sort(), want: r.text.trim().split(/\s+/).sort() };
    }),
  );
}

describe('PDF text runs', () => {
  it('draws every word of a run inside the box layout gave the run', async () => {
    const { scene, item } = await urduScene();
    expect(linesOf(item).map((l) => l.runs!.length)).toEqual([5, 1]);
    for (const { found, want } of wordsByRun(item, await wordsOf(scene))) expect(found).toEqual(want);
  });

  it('follows the runs where layout puts them, not where it would measure them itself', async () => {
    const { scene } = await urduScene();
    // pull the runs of each line apart: 24 pt more before each run than before the last
    const moved = structuredClone(scene);
    const item = moved.pages[0].items.find((i) => i.kind === 'text')!;
    for (const line of linesOf(item)) line.runs = line.runs!.map((r, i) => ({ ...r, x: r.x + 24 * i }));
    const words = await wordsOf(moved);
    for (const { found, want } of wordsByRun(item, words)) expect(found).toEqual(want);
    // the check can fail: in the runs' first places, the moved words are missed
    const unmoved = wordsByRun(scene.pages[0].items.find((i) => i.kind === 'text')!, words);
    expect(unmoved.filter(({ found, want }) => found.join() !== want.join()).length).toBeGreaterThanOrEqual(3);
  });
});
