/** A page that a profile splits shows how it will print, before printing (issue 13). */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LocalStore } from '../../src/storage/db';
import { emerging, fluent, nineCards } from '../helpers/profiles';
import { renderApp } from '../helpers/renderApp';

async function openWith(profile: ReturnType<typeof emerging>) {
  const db = `split-${crypto.randomUUID()}`;
  const doc = { ...nineCards(), profileId: profile.id };
  const s = await LocalStore.open(db);
  await s.putProfile(profile);
  await s.put(doc);
  await s.setSetting('openDocument', doc.id);
  s.close();
  await renderApp(db);
}

describe('pages panel', () => {
  it('says a page of nine cards prints as 3 pages for a profile of four a page', async () => {
    await openWith(emerging());
    await expect.element(page.getByText('Prints as 3 pages').first()).toBeVisible();
  });

  it('says nothing when the page prints as one (negative control)', async () => {
    await openWith(fluent());
    await expect.element(page.getByRole('button', { name: 'Page 1', exact: true }).first()).toBeVisible();
    expect(document.body.textContent).not.toMatch(/Prints as/);
  });
});
