import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { newBlankDocument, renderApp } from '../helpers/renderApp';

describe('home screen', () => {
  it('renames, duplicates and deletes documents, with undo for delete', async () => {
    await renderApp(`home-${crypto.randomUUID()}`);
    await expect.element(page.getByText(/No documents yet/)).toBeVisible();
    await newBlankDocument();
    await page.getByRole('textbox', { name: 'Document title' }).fill('Bail card');
    await page.getByRole('button', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'Rename: Bail card' }).click();
    const name = page.getByRole('textbox', { name: 'New name for “Bail card”' });
    await name.fill('Bail card for Sam');
    await page.getByRole('button', { name: 'Rename', exact: true }).click();
    await expect.element(page.getByRole('button', { name: 'Open: Bail card for Sam' })).toBeVisible();
    // dates as in English (UK), the interface's language: "1 Dec 2026", not "Dec 1, 2026"
    const day = new Date().getDate();
    expect(document.body.textContent).toMatch(new RegExp(`\\b${day} [A-Z][a-z]{2,3} \\d{4}`));
    await page.getByRole('button', { name: 'Duplicate: Bail card for Sam' }).click();
    await expect.element(page.getByRole('button', { name: 'Open: Bail card for Sam (copy)' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete: Bail card for Sam (copy)' }).click();
    await expect.element(page.getByRole('button', { name: 'Open: Bail card for Sam (copy)' })).not.toBeInTheDocument();
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.element(page.getByRole('button', { name: 'Open: Bail card for Sam (copy)' })).toBeVisible();
  });
});
