/**
 * Library search (issue 12; issue 18, items 6 and 15): the curated vocabulary is searched,
 * its picture comes first and goes onto the page as it is (a composition too), and a
 * search that finds nothing says so and offers related words.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { openDB } from 'idb';
import { elementNodes, newBlankDocument, renderApp, until } from '../helpers/renderApp';

/** The symbol buttons of the result grid, in order. */
const resultButtons = () => [...document.querySelectorAll<HTMLButtonElement>('section[aria-label="Results"] .symbol-button')];

/** The saved document records, as text. */
async function savedDocuments(db: string): Promise<string> {
  const idb = await openDB(db);
  const all = await idb.getAll('documents');
  idb.close();
  return JSON.stringify(all);
}

describe('library search', () => {
  it('shows the curated picture first and puts it on the page, compositions whole', async () => {
    const db = `search-${crypto.randomUUID()}`;
    await renderApp(db);
    await newBlankDocument();
    const search = page.getByRole('searchbox', { name: 'Search symbols' });

    await search.fill('court');
    await until(() => resultButtons()[0]?.getAttribute('aria-label') === 'court');
    // dragged from the results onto the page
    const canvas = page.getByRole('region', { name: 'Page canvas' });
    await userEvent.dragAndDrop(page.getByRole('button', { name: 'court', exact: true }), canvas);
    await until(() => elementNodes().length === 1);

    // "neighbour" is composed (person + house): it goes on the page whole ("social worker" and
    // "carer", the examples until they got pictures of their own, were composed too)
    await search.fill('neighbour');
    await until(() => resultButtons()[0]?.getAttribute('aria-label') === 'neighbour');
    resultButtons()[0].click();
    await until(() => elementNodes().length === 2);
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const saved = await savedDocuments(db);
    expect(saved).toContain('"caption":"court"');
    // court: the curated picture, the Signpost court room
    expect(saved).toMatch(/"symbol":\{"set":"signpost","id":"court-room"\}[^}]*"caption":"court"/);
    expect(saved).toMatch(/"symbol":\{"set":"openmoji","id":"1F9D1"\}[^}]*"caption":"neighbour"/);
    expect(saved).toContain('"also":[{"set":"openmoji","id":"1F3E0"}]');
  });

  it('says when nothing fits, and offers words to try', async () => {
    await renderApp(`search-${crypto.randomUUID()}`);
    await newBlankDocument();
    const search = page.getByRole('searchbox', { name: 'Search symbols' });
    // negative control: a word with a symbol gives no such message
    await search.fill('court');
    await until(() => resultButtons().length > 0);
    expect(page.getByText(/^No symbol for/).query()).toBeNull();

    await search.fill('zzzz');
    await expect.element(page.getByText('No symbol for “zzzz”.')).toBeVisible();
    await expect.element(page.getByText('Try:')).toBeVisible();

    await search.fill('school gazebo');
    await expect.element(page.getByText('No symbol for “school gazebo”.')).toBeVisible();
    await page.getByRole('button', { name: 'Search for school', exact: true }).click();
    await expect.element(search).toHaveValue('school');
    await until(() => resultButtons()[0]?.getAttribute('aria-label') === 'school');
    expect(page.getByText(/^No symbol for/).query()).toBeNull();

    // a misspelt word shows no look-alike pictures, but its spelling one click away
    await search.fill('hopsital');
    await expect.element(page.getByText('Did you mean:')).toBeVisible();
    expect(resultButtons()).toHaveLength(0);
    await page.getByRole('button', { name: 'Search for hospital', exact: true }).click();
    await expect.element(search).toHaveValue('hospital');
    await until(() => resultButtons().length > 0);
  });
});

describe('picture picker of a container', () => {
  it('shows more than six results, curated pictures first, and more on request', async () => {
    const db = `picker-${crypto.randomUUID()}`;
    await renderApp(db);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^My day/ }).click();
    await until(() => elementNodes().length === 2);
    await page.getByRole('button', { name: 'Steps (8)' }).click();
    await page.getByRole('button', { name: 'Picture…' }).first().click();
    await page.getByRole('searchbox', { name: 'Find a picture for item 1' }).fill('breakfast');
    const uses = () => [...document.querySelectorAll<HTMLButtonElement>('.symbol-picker .symbol-button')];
    // the curated picture (a bowl) first; more than the six it used to show
    await until(() => uses()[0]?.getAttribute('aria-label') === 'Use breakfast');
    expect(uses().length).toBeGreaterThan(6);
    await page.getByRole('searchbox', { name: 'Find a picture for item 1' }).fill('food');
    await until(() => uses().length === 12);
    await page.getByRole('button', { name: 'Show more pictures' }).click();
    await until(() => uses().length > 12);
    // a curated composition can be chosen for a step: "neighbour" keeps its house
    await page.getByRole('searchbox', { name: 'Find a picture for item 1' }).fill('neighbour');
    await until(() => uses()[0]?.getAttribute('aria-label') === 'Use neighbour');
    uses()[0].click();
    await until(() => !document.querySelector('.symbol-picker'));
    // the step was saved with the whole composition
    let saved = '';
    for (let i = 0; i < 50; i++) {
      saved = await savedDocuments(db);
      if (saved.includes('"id":"1F9D1"')) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(saved).toMatch(/"symbol":\{"set":"openmoji","id":"1F9D1"\},"also":\[\{"set":"openmoji","id":"1F3E0"\}\]/);
  });
});
