import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { renderApp } from '../helpers/renderApp';

const realFetch = window.fetch;
afterEach(() => {
  window.fetch = realFetch;
});

describe('template gallery languages', () => {
  it('offers no template of the language just left while the chosen one loads', async () => {
    // Urdu templates arrive slowly, as on a busy machine
    window.fetch = async (input, init) => {
      if (String(input instanceof Request ? input.url : input).includes('/templates/ur/')) await new Promise((r) => setTimeout(r, 1500));
      return realFetch(input, init);
    };
    await renderApp(`tpl-slow-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'New document' }).click();
    await expect.element(page.getByRole('button', { name: /^Bail conditions card/ })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language of the document' }).selectOptions('ur');
    // clicked at once: the English card must not be there to be clicked
    await page.getByRole('button', { name: /^Bail conditions card/ }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('میری ضمانت کی شرائط');
  });
});
