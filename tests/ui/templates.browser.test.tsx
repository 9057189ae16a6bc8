import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { elementNodes, renderApp, until } from '../helpers/renderApp';

describe('template gallery', () => {
  it('starts a document from a template, and an added step reflows the steps', async () => {
    await renderApp(`tpl-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^My day/ }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My day');
    await until(() => elementNodes().length === 2);
    await page.getByRole('button', { name: 'Steps (8)' }).click();
    await page.getByRole('button', { name: 'Add item' }).click();
    await expect.element(page.getByRole('button', { name: 'Steps (9)' })).toBeVisible();
    await page.getByRole('textbox', { name: 'Words for item 9' }).fill('Read a book');
    await page.getByRole('button', { name: 'Move item 9 earlier' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Words for item 8' })).toHaveValue('Read a book');
  });

  it('offers the templates in Welsh and Urdu, and a template makes a document in its language', async () => {
    await renderApp(`tpl-lang-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('combobox', { name: 'Language of the document' }).selectOptions('ur');
    await page.getByRole('button', { name: /^Bail conditions card/ }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('میری ضمانت کی شرائط');
    await expect.element(page.getByRole('combobox', { name: 'Language of the document' })).toHaveValue('ur');
    await page.getByRole('button', { name: 'Documents' }).click();
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('combobox', { name: 'Language of the document' }).selectOptions('cy');
    await page.getByRole('button', { name: /^Blank page/ }).click();
    await expect.element(page.getByRole('combobox', { name: 'Language of the document' })).toHaveValue('cy');
  });

  it('shows the bail card’s note for the professional beside the page, not on it (issue 18 item 5)', async () => {
    await renderApp(`tpl-note-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^Bail conditions card/ }).click();
    const note = page.getByRole('textbox', { name: 'Note for you' });
    await expect.element(note).toBeVisible();
    await expect.element(note).toHaveValue('Print it as wallet cards for them to carry: Export PDF, then “Wallet cards”.');
    await expect.element(page.getByRole('heading', { name: 'Note for you (not printed)' })).toBeVisible();
    // nothing on the page says it: the list of what is on the page has the rule, not the note
    const onPage = page.getByRole('region', { name: 'On this page' });
    await expect.element(onPage.getByText(/If I break these rules/)).toBeVisible();
    expect(onPage.element().textContent).not.toMatch(/wallet/i);
  });
});
