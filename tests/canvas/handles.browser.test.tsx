import { describe, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type Konva from 'konva';
import { elementNodes, newBlankDocument, renderApp, stage, until } from '../helpers/renderApp';

const transformer = () => stage().findOne('Transformer') as Konva.Transformer;
/** The selection frame, stage px (the Transformer keeps its box in the stage's pixels). */
const frame = () => ({ top: transformer().y(), bottom: transformer().y() + transformer().height(), left: transformer().x(), right: transformer().x() + transformer().width() });

/** Top and bottom of the elements' ink on the content layer, stage px (page-break marks hidden). */
function ink(): { top: number; bottom: number } {
  const layer = elementNodes()[0].getLayer()!;
  const marks = stage().find('.page-breaks');
  marks.forEach((m) => m.hide());
  layer.draw();
  const c = layer.getNativeCanvasElement();
  const ratio = c.width / stage().width();
  const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
  let top = -1;
  let bottom = -1;
  for (let y = 0; y < c.height; y++) {
    for (let x = 0; x < c.width; x++) {
      if (d[(y * c.width + x) * 4 + 3] > 40) {
        if (top < 0) top = y;
        bottom = y;
        break;
      }
    }
  }
  marks.forEach((m) => m.show());
  layer.draw();
  return { top: top / ratio, bottom: (bottom + 1) / ratio };
}

/** Whether the frame wraps what is drawn: nothing drawn outside it, and no more than `slack` px of it empty below. */
function wraps(slack: number): boolean {
  const f = frame();
  const i = ink();
  return i.top >= f.top - 1 && i.bottom <= f.bottom + 1 && f.bottom - i.bottom <= slack;
}

const firstBreak = () => (stage().findOne('.page-break') as Konva.Group | undefined)?.y();

const LONG = 'You must be at home from seven in the evening until seven in the morning, every night, until your next court date. ';

describe('the selection handles', () => {
  it('wrap symbol text as drawn, longer than its box, follow undo and redo, and a handle still resizes the box', async () => {
    await renderApp(`handles-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Symbol text', exact: true }).click();
    await until(() => elementNodes().length === 1 && transformer().nodes().length === 1);
    const stored = transformer().height();
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill(LONG.repeat(3));
    // drawn whole, with a page break where the print continues: taller than its box
    await until(() => firstBreak() !== undefined && ink().bottom - ink().top > stored * 1.5);
    await page.screenshot({ path: '../output/handles-symtext.png' });
    await until(() => wraps(24));

    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => firstBreak() === undefined && Math.abs(transformer().height() - stored) < 1);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await until(() => firstBreak() !== undefined && wraps(24));

    // dragging the bottom handle down makes the box (the first printed page's part) taller
    const break0 = firstBreak()!;
    const height0 = transformer().height();
    const handle = transformer().findOne('.bottom-center')!.getAbsolutePosition();
    const canvas = page.getByRole('region', { name: 'Page canvas' });
    const box = stage().container().getBoundingClientRect();
    const wrap = canvas.element().getBoundingClientRect();
    const at = { x: handle.x + box.left - wrap.left, y: handle.y + box.top - wrap.top };
    await userEvent.dragAndDrop(canvas, canvas, { sourcePosition: at, targetPosition: { x: at.x, y: at.y + 90 } });
    await until(() => firstBreak() !== undefined && firstBreak()! > break0 + 1);
    // the frame still wraps the words (their height did not change), not the dragged-to place
    await until(() => wraps(24) && Math.abs(transformer().height() - height0) < 2);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => Math.abs(firstBreak()! - break0) < 0.5 && wraps(24));
  });

  it('follow a text box as its words grow it and as undo shrinks it', async () => {
    await renderApp(`handles-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await until(() => elementNodes().length === 1 && transformer().nodes().length === 1);
    const before = transformer().height();
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill(LONG);
    await until(() => transformer().height() > before * 1.3 && wraps(16));
    await page.screenshot({ path: '../output/handles-text.png' });
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => Math.abs(transformer().height() - before) < 1 && wraps(30));
  });
});
