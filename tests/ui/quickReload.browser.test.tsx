/**
 * Issue 18, item 1: an edit made 100–150 ms before a reload was lost while the indicator
 * said "Saved". A test cannot reload the page it runs in, so the reload is simulated: the
 * edit, then `pagehide` at once; then the IndexedDB record is put back as it was before the
 * edit (the write the reload cut off) and the app starts again on the same database.
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { openDB } from 'idb';
import { newBlankDocument, renderApp } from '../helpers/renderApp';

const journalKeys = (db: string) => Object.keys(localStorage).filter((k) => k.startsWith(`signpost.journal:${db}:`));

async function putBack(db: string, record: unknown) {
  const idb = await openDB(db);
  await idb.put('documents', record);
  idb.close();
}

describe('quick reload', () => {
  it('keeps an edit made just before a reload, from the journal written at pagehide', async () => {
    const db = `reload-${crypto.randomUUID()}`;
    const app = await renderApp(db);
    await newBlankDocument();
    const title = page.getByRole('textbox', { name: 'Document title' });
    await title.fill('Before');
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    const idb = await openDB(db);
    const [before] = await idb.getAll('documents');
    idb.close();

    await title.fill('Edited just before reload');
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    // synchronously, before any write could finish, the edit is in the journal
    const keys = journalKeys(db);
    expect(keys).toHaveLength(1);
    const journal = localStorage.getItem(keys[0])!;
    expect(journal).toContain('Edited just before reload');
    expect(page.getByRole('status').filter({ hasText: 'Saved' }).query()).toBeNull();
    await app.unmount();
    await new Promise((r) => setTimeout(r, 500)); // let the write the unmount started finish first

    // the reload cut the IndexedDB write off: the record is as it was before the edit
    await putBack(db, before);
    // negative control: with no journal, the edit is lost
    localStorage.removeItem(keys[0]);
    const again = await renderApp(db);
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Before');
    await again.unmount();

    await putBack(db, before);
    localStorage.setItem(keys[0], journal);
    await renderApp(db);
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Edited just before reload');
    expect(journalKeys(db)).toEqual([]);
  });
});
