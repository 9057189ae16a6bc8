import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { elementNodes, renderApp, until, newBlankDocument } from '../helpers/renderApp';

describe('Check the words', () => {
  it('points at hard words and fixes one in one click, as one undo step', async () => {
    await renderApp(`plain-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    const text = page.getByRole('textbox', { name: 'Text', exact: true });
    await text.fill('Breach of your bail means you may be remanded.');
    await page.getByText(/Check the words: \d things to look at/).click();
    await expect.element(page.getByText('“Breach” may be hard to understand. Try “breaking the rules”.')).toBeVisible();
    await expect.element(page.getByText('“be remanded” does not say who does it. Try saying who does what.')).toBeVisible();
    await page.getByRole('button', { name: 'Change to “Breaking the rules”' }).click();
    await expect.element(text).toHaveValue('Breaking the rules of your bail means you may be remanded.');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.element(text).toHaveValue('Breach of your bail means you may be remanded.');
  });
});
