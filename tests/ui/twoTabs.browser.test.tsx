/**
 * Two tabs on one document: the second shows it read-only until the first lets go, then
 * takes the latest saved version, so neither tab's edits are lost silently.
 * (Web Locks are per origin, so two Apps on one page contend as two tabs would.)
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { until } from '../helpers/renderApp';
import { render } from 'vitest-browser-react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../src/i18n';
import { App } from '../../src/ui/App';
import { LocalStore } from '../../src/storage/db';
import { createDocument } from '../../src/model/factory';

describe('two tabs on one document', () => {
  it('the second is read-only until the first closes, then edits the latest version', async () => {
    const db = `tabs-${crypto.randomUUID()}`;
    const doc = createDocument('Shared document');
    const s = await LocalStore.open(db);
    await s.put(doc);
    await s.setSetting('openDocument', doc.id);
    s.close();
    const first = await render(
      <I18nextProvider i18n={i18n}>
        <App dbName={db} />
      </I18nextProvider>,
    );
    const tab1 = page.elementLocator(first.container);
    const title1 = tab1.getByRole('textbox', { name: 'Document title' });
    await expect.element(title1).toBeVisible();
    const second = await render(
      <I18nextProvider i18n={i18n}>
        <App dbName={db} />
      </I18nextProvider>,
    );
    const tab2 = page.elementLocator(second.container);
    await expect.element(tab2.getByText(/open in another tab/)).toBeVisible();
    expect(first.container.textContent).not.toMatch(/open in another tab/);
    // the second tab's controls are off, and its undo does nothing
    await expect.element(tab2.getByRole('textbox', { name: 'Document title' })).toHaveAttribute('readonly');
    await expect.element(tab2.getByRole('button', { name: 'Add page' })).toBeDisabled();
    // the first tab edits and closes the document
    await title1.fill('Shared document, edited in tab one');
    await expect.element(tab1.getByText('Saved', { exact: true })).toBeVisible();
    await tab1.getByRole('button', { name: 'Documents' }).click();
    // the second tab now edits the latest version
    await until(() => !/open in another tab/.test(second.container.textContent ?? ''));
    const title2 = tab2.getByRole('textbox', { name: 'Document title' });
    await expect.element(title2).toHaveValue('Shared document, edited in tab one');
    await expect.element(title2).not.toHaveAttribute('readonly');
    await title2.fill('Edited in tab two');
    await expect.element(tab2.getByText('Saved', { exact: true })).toBeVisible();
    const check = await LocalStore.open(db);
    expect((await check.get(doc.id))?.title).toBe('Edited in tab two');
    check.close();
  });
});
