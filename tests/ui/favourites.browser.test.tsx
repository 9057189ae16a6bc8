import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { newBlankDocument, renderApp } from '../helpers/renderApp';

describe('favourites and recents', () => {
  it('are kept per young person', async () => {
    await renderApp(`fav-${crypto.randomUUID()}`);
    await newBlankDocument();
    const search = page.getByRole('searchbox', { name: 'Search symbols' });
    await search.fill('bus');
    await page.getByRole('button', { name: 'Add bus to favourites' }).click();
    await page.getByRole('button', { name: 'bus', exact: true }).click();
    await search.fill('');
    await expect.element(page.getByRole('heading', { name: 'Favourites' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Recently used' })).toBeVisible();

    await page.getByRole('button', { name: 'Profiles…' }).click();
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByRole('textbox', { name: 'First name or initials' }).fill('Kai');
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('combobox', { name: 'Made for' }).selectOptions('Kai');
    await expect.element(page.getByRole('heading', { name: 'Favourites' })).not.toBeInTheDocument();
    await expect.element(page.getByRole('heading', { name: 'Recently used' })).not.toBeInTheDocument();
    await page.getByRole('combobox', { name: 'Made for' }).selectOptions('No profile');
    await expect.element(page.getByRole('heading', { name: 'Favourites' })).toBeVisible();
  });
});
