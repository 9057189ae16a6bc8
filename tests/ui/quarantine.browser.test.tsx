/**
 * A stored document, profile or pack that fails validation is kept aside and listed on the
 * home screen, with a way to save it as a file and to delete it (issue 19, "What to build").
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { openDB } from 'idb';
import { LocalStore } from '../../src/storage/db';
import { createDocument } from '../../src/model/factory';
import { createProfile } from '../../src/model/profile';
import { renderApp } from '../helpers/renderApp';

describe('quarantine on the home screen', () => {
  it('lists a damaged document and profile, saves one as a file and deletes it', async () => {
    const db = `quarantine-${crypto.randomUUID()}`;
    (await LocalStore.open(db)).close(); // create the stores
    const idb = await openDB(db);
    const doc = { ...createDocument('Too long '.repeat(40)) };
    await idb.put('documents', { id: doc.id, title: doc.title, updatedAt: doc.updatedAt, thumbnail: null, doc });
    await idb.put('profiles', { ...createProfile('Sam'), textSize: 'big' });
    idb.close();
    await renderApp(db);
    await expect.element(page.getByRole('heading', { name: 'Kept aside: damaged items' })).toBeVisible();
    await expect.element(page.getByText(/^Profile: Sam$/)).toBeVisible();
    const save = page.getByRole('button', { name: /^Save as a file: Document: Too long/ });
    await expect.element(save).toBeVisible();
    let downloaded = '';
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      downloaded = this.download;
    };
    try {
      await save.click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(downloaded).toMatch(/^Too long.*\.json$/);
    const confirm = window.confirm;
    window.confirm = () => true;
    try {
      await page.getByRole('button', { name: 'Delete: Profile: Sam' }).click();
    } finally {
      window.confirm = confirm;
    }
    await expect.element(page.getByText(/^Profile: Sam$/)).not.toBeInTheDocument();
    await expect.element(page.getByText(/No documents yet/)).toBeVisible();
  });
});
