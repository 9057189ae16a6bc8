/**
 * Canvas benchmark page: the real PageCanvas with 300 symbol cards on one page.
 * The runner drags one card with real mouse events and reads the timings.
 */
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import Konva from 'konva';
import { i18n } from '../../src/i18n';
import { createServices } from '../../src/ui/services';
import { symbolRefs } from '../../src/ui/useDocumentScene';
import { Editor } from '../../src/editor/editor';
import { PageCanvas } from '../../src/canvas/PageCanvas';
import { layoutDocument } from '../../src/layout/layout';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';

declare global {
  interface Window {
    benchReady: Promise<{ buildMs: number; target: { x: number; y: number } }>;
    benchFrames: () => { work: number[]; intervals: number[] };
  }
}

window.benchReady = (async () => {
  const services = await createServices('bench');
  const s = await services.library.searcher();
  const ids = s.entries.filter((e) => !e.hidden).map((e) => e.id);
  let doc = createDocument('Bench');
  const cards = Array.from({ length: 300 }, (_, i) => createSymbolCard({ set: 'openmoji', id: ids[(i * 7) % ids.length] }, `Card ${i + 1}`, 5 + (i % 15) * 13.3, 5 + Math.floor(i / 15) * 14.3, 12));
  doc = addElements(doc, doc.pages[0].id, cards);
  await services.library.loadAll(symbolRefs(doc));
  const editor = new Editor(doc);
  const t0 = performance.now();
  const scene = layoutDocument(doc, services.layoutDeps).pages[0];
  createRoot(document.getElementById('root')!).render(
    <I18nextProvider i18n={i18n}>
      <PageCanvas editor={editor} scene={scene} snapping={true} onDropSymbol={() => undefined} />
    </I18nextProvider>,
  );
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const buildMs = performance.now() - t0;
  const stage = Konva.stages[0];
  const node = stage.findOne('.element')!;
  const abs = node.getClientRect();
  const box = stage.container().getBoundingClientRect();
  return { buildMs, target: { x: box.left + abs.x + abs.width / 2, y: box.top + abs.y + abs.height / 2 } };
})();

// Work per frame = pointer-move handling (Konva's drag and our snapping) + layer drawing.
let frameWork = 0;
const work: number[] = [];
const intervals: number[] = [];
let moveStart = 0;
window.addEventListener('pointermove', () => (moveStart = performance.now()), { capture: true });
window.addEventListener('mousemove', () => moveStart && (frameWork += performance.now() - moveStart));
const draw = Konva.Layer.prototype.drawScene;
Konva.Layer.prototype.drawScene = function (...args) {
  const t = performance.now();
  const r = draw.apply(this, args);
  frameWork += performance.now() - t;
  return r;
};
let last = 0;
const tick = (now: number) => {
  if (last) intervals.push(now - last);
  work.push(frameWork);
  frameWork = 0;
  last = now;
  requestAnimationFrame(tick);
};
requestAnimationFrame(tick);
window.benchFrames = () => ({ work: work.splice(0), intervals: intervals.splice(0) });
