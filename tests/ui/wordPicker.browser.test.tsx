import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { elementNodes, renderApp, until, newBlankDocument } from '../helpers/renderApp';

/** What a word's thumbnail in the panel shows, as an image ('' while it is blank). */
const thumb = (i: number) => {
  const c = document.querySelectorAll('.token-pictures .token-button')[i]?.querySelector('canvas');
  if (!c) return '';
  const blank = document.createElement('canvas');
  [blank.width, blank.height] = [c.width, c.height];
  const url = c.toDataURL();
  return url === blank.toDataURL() ? '' : url;
};
const parkButtons = () => [...document.querySelectorAll<HTMLButtonElement>('.token-pictures .token-button')].map((b, i) => ({ b, i })).filter(({ b }) => b.textContent === 'park: change picture');

describe('the word picker', () => {
  it('finds any symbol for one use of a word, adds a second symbol and a mark, and undo takes them back', async () => {
    await renderApp(`picker-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Symbol text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    await page.getByRole('textbox', { name: 'Text' }).fill('Go to the park. Then go to the park again.');
    await until(() => parkButtons().length === 2);
    const [first, second] = parkButtons().map(({ i }) => i);
    await until(() => thumb(first) !== '' && thumb(second) !== '');
    const usual = thumb(first);
    expect(thumb(second)).toBe(usual);

    // open the picker on the first "park": focus moves into it, to the search box
    await userEvent.click(parkButtons()[0].b);
    const picker = page.getByRole('dialog', { name: 'Pictures for “park”' });
    await expect.element(picker).toBeVisible();
    const search = picker.getByRole('searchbox', { name: 'Find any picture' });
    await expect.element(search).toHaveFocus();

    // this word only: search "tree", arrow to a result, Enter picks it
    await picker.getByRole('radio', { name: 'This “park” only' }).click();
    await search.fill('tree');
    const results = picker.getByRole('group', { name: 'Pictures for “tree”' });
    await expect.element(results.getByRole('button').first()).toBeVisible();
    await userEvent.click(search);
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(results.getByRole('button').first()).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowLeft}');
    await expect.element(results.getByRole('button').first()).toHaveFocus();
    const picked = (document.activeElement as HTMLElement).getAttribute('aria-label');
    expect(picked).toMatch(/^Use .*tree/i);
    await userEvent.keyboard('{Enter}');
    await until(() => thumb(first) !== usual && thumb(first) !== '');
    const tree = thumb(first);
    expect(thumb(second)).toBe(usual); // the other "park" keeps its picture

    // a second symbol beside it
    await picker.getByRole('button', { name: 'Add a symbol' }).click();
    await search.fill('sun');
    await picker.getByRole('group', { name: 'Pictures for “sun”' }).getByRole('button').first().click();
    await expect.element(picker.getByRole('button', { name: 'Remove symbol 2' })).toBeVisible();
    // and the not-mark over both
    await picker.getByRole('button', { name: 'Not', exact: true }).click();
    await expect.element(picker.getByRole('button', { name: 'Not', exact: true })).toHaveAttribute('aria-pressed', 'true');
    await until(() => thumb(first) !== tree);
    expect(thumb(second)).toBe(usual);

    await page.screenshot({ path: '../output/word-picker-page.png' });
    await picker.screenshot({ path: '../output/word-picker.png' });
    const a11y = await axe.run(picker.element(), { resultTypes: ['violations'] });
    expect(a11y.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // undo takes back the mark, the second symbol, then the choice itself
    const undo = page.getByRole('button', { name: 'Undo', exact: true });
    await undo.click();
    await expect.element(picker.getByRole('button', { name: 'Not', exact: true })).toHaveAttribute('aria-pressed', 'false');
    await undo.click();
    await expect.element(picker.getByRole('button', { name: 'Remove symbol 2' })).not.toBeInTheDocument();
    await until(() => thumb(first) === tree);
    await undo.click();
    await until(() => thumb(first) === usual);

    await search.fill('');
    // Escape closes the picker and gives focus back to the word
    await userEvent.click(search);
    await userEvent.keyboard('{Escape}');
    await expect.element(picker).not.toBeInTheDocument();
    expect(document.activeElement).toBe(parkButtons()[0].b);
  });

  it('offers the meanings first when a word has no picture because its sense is unclear', async () => {
    await renderApp(`picker-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Symbol text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    await page.getByRole('textbox', { name: 'Text' }).fill('It is a break.');
    await page.getByRole('button', { name: 'break: change picture' }).click();
    const picker = page.getByRole('dialog', { name: 'Pictures for “break”' });
    const meanings = picker.getByRole('region', { name: 'Which meaning?' });
    await expect.element(meanings.getByRole('heading', { name: 'Which meaning?' })).toBeVisible();
    // focus goes to the first meaning, and the meanings come before the search
    await expect.element(meanings.getByRole('button').first()).toHaveFocus();
    const search = picker.getByRole('searchbox', { name: 'Find any picture' }).element();
    expect(meanings.element().compareDocumentPosition(search) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.keyboard('{Enter}');
    await expect.element(picker.getByRole('region', { name: 'This picture' })).toBeVisible();
    await expect.element(meanings).not.toBeInTheDocument();
    await expect.element(picker.getByRole('searchbox', { name: 'Find any picture' })).toHaveFocus();
  });
});
