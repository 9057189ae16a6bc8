/**
 * The interface switches language and direction: Welsh stays left to right, Urdu mirrors
 * the layout (the symbol library moves to the right-hand side), and the choice is kept.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { setUiLanguage } from '../../src/i18n';
import { renderApp, until } from '../helpers/renderApp';

afterEach(async () => {
  await setUiLanguage('en');
});

describe('interface language', () => {
  it('switches to Welsh, then to Urdu with the layout mirrored, and back to English', async () => {
    await renderApp(`lang-${crypto.randomUUID()}`);
    await expect.element(page.getByRole('button', { name: 'New document' })).toBeVisible();
    expect(document.documentElement.dir).not.toBe('rtl');

    await page.getByRole('combobox', { name: 'Language of Signpost' }).selectOptions('cy');
    await expect.element(page.getByRole('button', { name: 'Dogfen newydd' })).toBeVisible();
    await expect.element(page.getByRole('heading', { name: 'Eich dogfennau' })).toBeVisible();
    expect(document.documentElement.lang).toBe('cy');
    expect(document.documentElement.dir).toBe('ltr');
    expect(localStorage.getItem('signpost.uiLanguage')).toBe('cy');

    await page.getByRole('combobox', { name: 'Iaith Signpost' }).selectOptions('ur');
    await expect.element(page.getByRole('button', { name: 'نئی دستاویز' })).toBeVisible();
    expect(document.documentElement.lang).toBe('ur');
    expect(document.documentElement.dir).toBe('rtl');

    // open a blank document: the editor's panels are mirrored
    await page.getByRole('button', { name: 'نئی دستاویز' }).click();
    await page.getByRole('button', { name: /^خالی صفحہ/ }).click();
    const library = page.getByRole('searchbox', { name: 'علامتیں تلاش کریں' });
    await expect.element(library).toBeVisible();
    const canvas = document.querySelector('.konvajs-content')!;
    await until(() => canvas.getBoundingClientRect().width > 0);
    const searchBox = library.element().getBoundingClientRect();
    const canvasBox = canvas.getBoundingClientRect();
    expect(searchBox.left).toBeGreaterThan(canvasBox.left); // the library is on the right
    // the toolbar's first item (Documents) starts at the right-hand edge
    const home = page.getByRole('button', { name: 'دستاویزات' }).element().getBoundingClientRect();
    expect(home.right).toBeGreaterThan(window.innerWidth / 2);

    await page.getByRole('button', { name: 'دستاویزات' }).click();
    await page.getByRole('combobox', { name: 'Signpost کی زبان' }).selectOptions('en');
    await expect.element(page.getByRole('button', { name: 'New document' })).toBeVisible();
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.documentElement.lang).toBe('en-GB');
  });
});
