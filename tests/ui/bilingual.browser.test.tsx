/**
 * A second language in the editor: each caption gets a field for its translated line,
 * marked while it is empty; the bar counts what is not translated yet and jumps to it.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { newBlankDocument, renderApp } from '../helpers/renderApp';

describe('bilingual editing', () => {
  it('shows missing translations clearly and takes Urdu right to left', async () => {
    await renderApp(`bi-${crypto.randomUUID()}`);
    await newBlankDocument();
    const search = page.getByRole('searchbox', { name: 'Search symbols' });
    await search.fill('police');
    await page.getByRole('button', { name: 'police', exact: true }).click(); // the curated term: the police officer's picture
    await page.getByRole('textbox', { name: 'Caption', exact: true }).fill('See the police');
    // no second language yet: no second field, no warning
    await expect.element(page.getByRole('textbox', { name: /^Caption in/ })).not.toBeInTheDocument();

    // Escape from the page leaves nothing selected, and the page's own settings show
    await page.getByRole('button', { name: /^Picture: See the police/ }).click();
    await userEvent.keyboard('{Escape}');
    await page.getByRole('combobox', { name: 'Second language' }).selectOptions('ur');
    await expect.element(page.getByText('1 caption or text has no second-language line.')).toBeVisible();
    await page.getByRole('button', { name: 'Show the first' }).click();
    const urdu = page.getByRole('textbox', { name: /^Caption in/ });
    await expect.element(urdu).toBeVisible();
    expect(urdu.element().classList.contains('missing')).toBe(true);
    expect(urdu.element().getAttribute('lang')).toBe('ur');
    expect(urdu.element().getAttribute('dir')).toBe('auto');
    await urdu.fill('پولیس سے ملیں');
    expect(urdu.element().classList.contains('missing')).toBe(false);
    expect(getComputedStyle(urdu.element()).direction).toBe('rtl');
    await expect.element(page.getByText(/has no second-language line/)).not.toBeInTheDocument();
  });
});
