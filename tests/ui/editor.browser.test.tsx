import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import type Konva from 'konva';
import { clientPoint, elementNodes, renderApp, stage, until, newBlankDocument } from '../helpers/renderApp';

/** Drags with real pointer events from one stage point to another. */
async function dragOnStage(from: { x: number; y: number }, to: { x: number; y: number }, modifiers: string[] = []) {
  const canvas = page.getByRole('region', { name: 'Page canvas' });
  const box = stage().container().getBoundingClientRect();
  const a = clientPoint(from.x, from.y);
  const b = clientPoint(to.x, to.y);
  for (const m of modifiers) await userEvent.keyboard(`{${m}>}`);
  await userEvent.dragAndDrop(canvas, canvas, {
    sourcePosition: { x: a.x - box.left, y: a.y - box.top },
    targetPosition: { x: b.x - box.left, y: b.y - box.top },
  });
  for (const m of modifiers) await userEvent.keyboard(`{/${m}}`);
}

const transformerNodes = () => (stage().findOne('Transformer') as Konva.Transformer).nodes();

describe('editor in Chromium', () => {
  it('adds a symbol by search, moves it, multi-selects, undoes and survives a reload', async () => {
    const db = `test-${crypto.randomUUID()}`;
    const app = await renderApp(db);
    await newBlankDocument();

    // search and add with the keyboard
    const search = page.getByRole('searchbox', { name: 'Search symbols' });
    await search.fill('polise');
    const result = page.getByRole('button', { name: 'police', exact: true }); // the curated term: the police officer's picture
    await expect.element(result).toBeVisible();
    await result.click();
    await until(() => elementNodes().length === 1);
    await search.fill('judge');
    await page.getByRole('button', { name: 'judge', exact: true }).click();
    await until(() => elementNodes().length === 2);

    // the symbol is drawn with real pixels, not a placeholder
    await until(() => {
      const n = elementNodes()[0];
      const c = n.toCanvas({ pixelRatio: 1 });
      const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let i = 0; i < data.length; i += 4) if (data[i + 3] > 0 && !(data[i] === data[i + 1] && data[i + 1] === data[i + 2])) coloured++;
      return coloured > 200;
    });

    // move the first card by dragging it
    const first = elementNodes()[0];
    const id = first.id();
    const before = { x: first.x(), y: first.y() };
    const centre = { x: before.x + first.getClientRect({ relativeTo: stage() }).width / 2, y: before.y + 40 };
    await dragOnStage(centre, { x: centre.x + 100, y: centre.y + 150 });
    await until(() => Math.abs((stage().findOne(`#${id}`) as Konva.Node).y() - before.y) > 100);
    const moved = stage().findOne(`#${id}`)!;
    expect(moved.x() - before.x).toBeGreaterThan(80);

    // marquee-select both cards from an empty corner of the page
    const pageRect = stage().findOne('.background')!;
    await dragOnStage({ x: 5, y: 5 }, { x: pageRect.width() - 5, y: pageRect.height() * 0.8 });
    await until(() => transformerNodes().length === 2);

    // delete both, undo, redo with the keyboard
    await userEvent.keyboard('{Delete}');
    await until(() => elementNodes().length === 0);
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => elementNodes().length === 2);
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await until(() => elementNodes().length === 0);
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => elementNodes().length === 2);
    await page.getByRole('textbox', { name: 'Document title' }).fill('Bail conditions');
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();

    // "close the tab": unmount and start the app again on the same database
    const movedPos = { x: moved.x(), y: moved.y() };
    await app.unmount();
    await renderApp(db);
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Bail conditions');
    await until(() => elementNodes().length === 2);
    const again = stage().findOne(`#${id}`)!;
    expect({ x: again.x(), y: again.y() }).toEqual(movedPos);
  });
});
