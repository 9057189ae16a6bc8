/** Reopening a PDF of a document that is already on this device (issue 18 item 3). */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createServices } from '../../src/ui/services';
import { exportDocumentPdf } from '../../src/ui/exportClient';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { bailCard } from '../helpers/sampleDocs';
import { renderApp } from '../helpers/renderApp';

const openButtons = () => page.getByRole('button', { name: /^Open: / }).elements().map((e) => e.getAttribute('aria-label'));

async function openFromHome(file: File) {
  await userEvent.upload(page.getByLabelText('Open file…'), file);
}

async function home() {
  await page.getByRole('button', { name: 'Documents' }).click();
  await expect.element(page.getByRole('button', { name: 'New document' })).toBeVisible();
}

describe('reopening an exported PDF', () => {
  it('recognises the document and offers to open it, replace it, or keep both', async () => {
    await renderApp(`reopen-${crypto.randomUUID()}`);
    const doc = bailCard();
    await openFromHome(new File([writeSignpostFile(doc) as BlobPart], 'bail.signpost'));
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My bail conditions');
    await home();
    const pdf = new File([(await exportDocumentPdf(await createServices(`reopen-x-${crypto.randomUUID()}`), doc, () => undefined)) as BlobPart], 'My bail conditions.pdf', { type: 'application/pdf' });

    // open the one here: nothing new is stored
    await openFromHome(pdf);
    const dialog = page.getByRole('dialog', { name: 'This document is already here' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByText('“My bail conditions” is already on this device.', { exact: false })).toBeVisible();
    await dialog.getByRole('button', { name: 'Open the one on this device' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My bail conditions');
    await page.getByRole('textbox', { name: 'Document title' }).fill('My bail conditions, changed here');
    await home();
    await expect.poll(() => openButtons()).toEqual(['Open: My bail conditions, changed here']);

    // keep both: the file's version as a copy
    await openFromHome(pdf);
    await page.getByRole('button', { name: 'Keep both (the file’s version as a copy)' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My bail conditions (copy)');
    await home();
    await expect.poll(() => openButtons().sort()).toEqual(['Open: My bail conditions (copy)', 'Open: My bail conditions, changed here']);

    // replace: the file's version takes the place of the one here
    await openFromHome(pdf);
    await page.getByRole('button', { name: 'Replace it with the file’s version' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My bail conditions');
    await home();
    await expect.poll(() => openButtons().sort()).toEqual(['Open: My bail conditions', 'Open: My bail conditions (copy)']);

    // cancel: nothing changes
    await openFromHome(pdf);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(page.getByRole('dialog', { name: 'This document is already here' })).not.toBeInTheDocument();
    expect(openButtons()).toHaveLength(2);
  });

  it('replaces the document open in the editor with the PDF’s version, from the toolbar', async () => {
    await renderApp(`reopen-ed-${crypto.randomUUID()}`);
    const doc = bailCard();
    const pdf = new File([(await exportDocumentPdf(await createServices(`reopen-y-${crypto.randomUUID()}`), doc, () => undefined)) as BlobPart], 'bail.pdf', { type: 'application/pdf' });
    await openFromHome(new File([writeSignpostFile(doc) as BlobPart], 'bail.signpost'));
    const title = page.getByRole('textbox', { name: 'Document title' });
    await title.fill('Edited here');
    await new Promise((r) => setTimeout(r, 600)); // saved
    await userEvent.upload(page.getByLabelText('Open file…'), pdf);
    await page.getByRole('button', { name: 'Replace it with the file’s version' }).click();
    await expect.element(title).toHaveValue('My bail conditions');
    await new Promise((r) => setTimeout(r, 600));
    await home();
    await expect.poll(() => openButtons()).toEqual(['Open: My bail conditions']);
  });
});
