import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { elementNodes, renderApp, until, newBlankDocument } from '../helpers/renderApp';

describe('symbol text in the editor', () => {
  it('pictures words as they are typed; a word’s picture can be swapped or removed, and undone', async () => {
    await renderApp(`sym-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Symbol text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    await page.getByRole('textbox', { name: 'Text' }).fill('I feel fine at school');
    await expect.element(page.getByRole('button', { name: 'fine: change picture' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'school: change picture' })).toBeVisible();

    await page.getByRole('button', { name: 'fine: change picture' }).click();
    const choices = page.getByRole('dialog', { name: 'Pictures for “fine”' });
    await expect.element(choices).toBeVisible();
    await page.getByRole('button', { name: 'Picture 1 for “fine”' }).click();
    await expect.element(page.getByRole('button', { name: 'Back to the usual picture' })).toBeVisible();
    await page.getByRole('button', { name: 'No picture' }).click();
    // Ctrl+Z takes back one choice at a time
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.element(page.getByRole('button', { name: 'Back to the usual picture' })).not.toBeInTheDocument();

    // clicking a word's picture on the page opens its choices: step along the picture row
    // until the last word, "school", answers (slower than a double-click, which edits)
    const node = elementNodes()[0];
    const abs = node.getAbsoluteTransform();
    let clicked = false;
    for (let lx = 4; lx < 300 && !clicked; lx += 16) {
      const p = abs.point({ x: lx, y: 15 });
      await userEvent.click(page.getByRole('region', { name: 'Page canvas' }), { position: { x: p.x, y: p.y } });
      clicked = page.getByRole('dialog', { name: 'Pictures for “school”' }).query() !== null;
      await new Promise((r) => setTimeout(r, 450));
    }
    expect(clicked).toBe(true);
  });
});
