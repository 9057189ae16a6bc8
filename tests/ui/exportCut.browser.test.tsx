/** Nothing prints cut off without saying so: Export lists what does not fit, with a way to it. */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LocalStore } from '../../src/storage/db';
import { createDocument, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { renderApp } from '../helpers/renderApp';

async function openStored(words: string) {
  const db = `cut-${crypto.randomUUID()}`;
  const base = createDocument('Cut off');
  const doc = addElements(base, base.pages[0].id, [{ ...createTextBox(words, 12, 12), id: 'tight', width: 40, height: 12 }]);
  const s = await LocalStore.open(db);
  await s.put(doc);
  await s.setSetting('openDocument', doc.id);
  s.close();
  await renderApp(db);
}

describe('export', () => {
  it('lists a box whose words do not fit, and Show selects it', async () => {
    await openStored('You must not go to Hilltop Park. '.repeat(30));
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.element(page.getByText(/1 box has more words than fit/)).toBeVisible();
    await page.getByRole('dialog', { name: 'Export PDF' }).getByRole('button', { name: 'Show' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Export PDF' })).not.toBeInTheDocument();
    // the box is selected (its words are in the properties panel; selected, a text box grows to fit)
    await expect.element(page.getByRole('button', { name: /^Text: You must not go/, pressed: true })).toBeVisible();
  });

  it('says nothing when everything fits (negative control)', async () => {
    await openStored('Hello');
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.element(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/more words than fit/);
  });
});
