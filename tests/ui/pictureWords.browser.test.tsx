/** Changing a step's words offers the picture for the new words (issue 18 item 7). */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { elementNodes, renderApp, until } from '../helpers/renderApp';
import { LocalStore } from '../../src/storage/db';
import type { Container } from '../../src/model/schema';

/** The saved steps of the only document, once autosave has written `ok` of them. */
async function savedSteps(db: string, ok: (c: Container) => boolean): Promise<Container> {
  const store = await LocalStore.open(db);
  try {
    for (let i = 0; i < 100; i++) {
      const [d] = await store.list();
      const doc = d && (await store.get(d.id));
      const c = doc?.pages[0].elements.find((e): e is Container => e.type === 'container');
      if (c && ok(c)) return c;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error('not saved');
  } finally {
    store.close();
  }
}

describe('pictures chosen for other words', () => {
  it('offers the picture for a step’s new words in one click, and never keeps the old one silently', async () => {
    const db = `picwords-${crypto.randomUUID()}`;
    await renderApp(db);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^My day/ }).click();
    await until(() => elementNodes().length === 2);
    await page.getByRole('button', { name: 'Steps (8)' }).click();
    const words = page.getByRole('textbox', { name: 'Words for item 2' });
    await expect.element(words).toHaveValue('Brush teeth');
    // the template's own words: nothing to say
    expect(document.body.textContent).not.toContain('was chosen for');

    await words.fill('Toilet and wash hands');
    await expect.element(page.getByText('This picture was chosen for “Brush teeth”, not for these words.')).toBeVisible();
    await expect.element(page.getByText('1 picture was chosen for other words.')).toBeVisible();
    await page.getByRole('button', { name: 'Use the picture for these words' }).click();
    await expect.element(page.getByText(/was chosen for “Brush teeth”/)).not.toBeInTheDocument();
    await expect.element(page.getByText('1 picture was chosen for other words.')).not.toBeInTheDocument();
    const step = (c: Container) => c.items[1];
    const taken = step(await savedSteps(db, (c) => step(c).caption === 'Toilet and wash hands' && step(c).symbol?.id !== '1FAA5'));
    expect(taken.symbol?.id).not.toBe('1FAA5'); // no toothbrush
    expect([taken.symbol?.id, ...taken.also.map((a) => a.id)]).toEqual(expect.arrayContaining([expect.stringMatching(/^(1F6BD|E0B2)$/)])); // a toilet or washing hands
    expect(taken.pictureFor).toBe('Toilet and wash hands');

    // other words for which the same picture still fits: nothing to say
    await words.fill('Toilet, then wash hands');
    await expect.element(words).toHaveValue('Toilet, then wash hands');
    expect(document.body.textContent).not.toContain('was chosen for');

    // keeping the old picture for new words is a person's choice, and then it stays
    const words3 = page.getByRole('textbox', { name: 'Words for item 3' });
    await words3.fill('Cereal');
    await page.getByRole('button', { name: 'Keep this picture' }).click();
    await words3.fill('Cereal and toast');
    expect(document.body.textContent).not.toContain('was chosen for');
  });
});
