/**
 * A failure in the editor cannot lock the user out: the recovery screen keeps the work and
 * offers a file; a document that crashed the tab is not reopened at the next start; and a
 * document with "constructor" typed into it opens, in every language with data.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { cleanup } from 'vitest-browser-react';
import { TextMeasurer } from '../../src/layout/fontMetrics';
import { LocalStore } from '../../src/storage/db';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import type { SignpostDocument } from '../../src/model/schema';
import { elementNodes, newBlankDocument, renderApp, until } from '../helpers/renderApp';

const realWidth = TextMeasurer.prototype.width;
afterEach(() => {
  TextMeasurer.prototype.width = realWidth;
});

async function withStore<T>(db: string, fn: (s: LocalStore) => Promise<T>): Promise<T> {
  const s = await LocalStore.open(db);
  try {
    return await fn(s);
  } finally {
    s.close();
  }
}

/** A stored document that was still opening when the page last went (its editor never drew it). */
async function openingWhenLeft(db: string, doc: SignpostDocument) {
  await withStore(db, async (s) => {
    await s.put(doc);
    await s.setSetting('openDocument', doc.id);
    await s.setSetting('openingDocument', doc.id);
  });
}

describe('recovery', () => {
  it('shows the recovery screen when the editor fails, keeps the work, and does not reopen it', async () => {
    const db = `recovery-${crypto.randomUUID()}`;
    await renderApp(db);
    await newBlankDocument();
    await page.getByRole('textbox', { name: 'Document title' }).fill('Bail card for Sam');
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    // a fault in layout, as a bad word once caused
    TextMeasurer.prototype.width = () => {
      throw new Error('injected layout fault');
    };
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill('The constructor fixed the roof.');
    await expect.element(page.getByRole('heading', { name: 'Something went wrong in the editor' })).toBeVisible();
    await expect.element(page.getByText(/Your work on “Bail card for Sam” is kept/)).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Save as a file' })).toBeVisible();
    await expect.element(page.getByText('injected layout fault', { exact: false })).toBeInTheDocument();
    TextMeasurer.prototype.width = realWidth;
    await until(() => true);
    const stored = await withStore(db, async (s) => ({ open: await s.getSetting('openDocument'), docs: await s.list() }));
    expect(stored.open).toBeNull();
    expect(stored.docs.map((d) => d.title)).toContain('Bail card for Sam');
    // the next start shows the documents, not the document that failed
    await cleanup();
    await renderApp(db);
    await expect.element(page.getByRole('button', { name: 'Open: Bail card for Sam' })).toBeVisible();
    expect(elementNodes()).toHaveLength(0);
  });

  it('does not reopen a document whose opening never finished (the tab crashed)', async () => {
    const db = `crash-${crypto.randomUUID()}`;
    await openingWhenLeft(db, createDocument('Crashed the tab'));
    await renderApp(db);
    await expect.element(page.getByRole('alertdialog')).toHaveTextContent(/closed while “Crashed the tab” was open/);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.element(page.getByRole('button', { name: 'Open: Crashed the tab' })).toBeVisible();
    expect(elementNodes()).toHaveLength(0);
  });

  it('opens the document again when the page was reloaded or closed while it was still opening', async () => {
    const db = `reloaded-${crypto.randomUUID()}`;
    const doc = createDocument('Reloaded while opening');
    await openingWhenLeft(db, doc);
    // what the page writes as it goes (pagehide) while the document is still opening
    localStorage.setItem('signpost.leftWhileOpening', doc.id);
    await renderApp(db);
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Reloaded while opening');
    expect(document.querySelector('[role="alertdialog"]')).toBeNull();
    expect(localStorage.getItem('signpost.leftWhileOpening')).toBeNull();
  });

  it.each(['en', 'cy', 'pl', 'ur'])('opens a %s document with "constructor", "toString" and "__proto__" as words, labels and ids', async (language) => {
    const db = `proto-${language}-${crypto.randomUUID()}`;
    let doc = { ...createDocument(`toString ${language}`), language };
    doc = addElements(doc, doc.pages[0].id, [
      { ...createSymbolText('The constructor fixed the roof. toString __proto__ hasOwnProperty valueOf', 10, 10, 'above'), id: 'constructor', width: 150, height: 80, choices: { tostring: null } },
      { ...createTextBox('constructor __proto__ toString', 10, 120), id: 'toString' },
      { ...createSymbolCard({ set: 'openmoji', id: 'constructor' }, '__proto__', 10, 170), id: 'valueOf' },
    ]);
    await withStore(db, async (s) => {
      await s.put(doc);
      await s.setSetting('openDocument', doc.id);
    });
    await renderApp(db);
    await until(() => elementNodes().length === 3, 10_000);
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue(`toString ${language}`);
    expect(document.body.textContent).not.toContain('Something went wrong');
  });
});

describe('new documents', () => {
  it('take "constructor" typed into a text box', async () => {
    await renderApp(`typed-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    await page.getByRole('textbox', { name: 'Text', exact: true }).fill('The constructor fixed the roof. toString __proto__');
    await until(() => elementNodes().length === 1);
    expect(document.body.textContent).not.toContain('Something went wrong');
  });
});
