import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { elementNodes, newBlankDocument, renderApp, stage, until } from '../helpers/renderApp';

describe('text boxes', () => {
  it('grow as their words outgrow them, and undo takes back the words and the growth together', async () => {
    await renderApp(`grow-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    const height = () => elementNodes()[0].getClientRect({ relativeTo: elementNodes()[0].getStage()! }).height;
    const before = height();
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await text.fill('You must be at home from seven in the evening until seven in the morning, every night, until your next court date.');
    await until(() => height() > before * 1.5);
    expect(stage().findOne('.overflow')).toBeUndefined();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => Math.abs(height() - before) < 1);
    await expect.element(text).toHaveValue('Type here');
  });
});
