/**
 * Issue 17, in Chromium: a symbol set's repository zip previewed before import. The word
 * list that names the pictures is chosen (never `.vscode/launch.json`) and can be changed,
 * the docs folder is left out and listed, the first symbols show their cleaned words, the
 * licence shows in full with its credit to confirm, a pack with no licence asks for one,
 * and a pack with no credit is asked for one before it prints.
 */
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import axe from 'axe-core';
import { strToU8, zipSync } from 'fflate';
import { camelPackFiles, repoPackZip, svgOf } from '../helpers/packs';
import { elementNodes, newBlankDocument, renderApp, until } from '../helpers/renderApp';
import { LocalStore } from '../../src/storage/db';
import { PACK_SCHEMA_VERSION, type Pack } from '../../src/model/pack';
import { toBase64 } from '../../src/model/base64';

const CREDIT = 'The Mulberry Symbol set · Copyright 2018-2026 Steve Lee · CC BY-SA 4.0 · https://creativecommons.org/licenses/by-sa/4.0/';

async function openPacks(db: string) {
  await renderApp(db);
  await newBlankDocument();
  await page.getByRole('button', { name: 'Symbol packs…' }).click();
}

describe('the symbol pack preview', () => {
  it('previews a repository zip: word lists, left-out docs, cleaned words, the licence in full to confirm', async () => {
    await openPacks(`preview-${crypto.randomUUID()}`);
    await userEvent.upload(page.getByLabelText('Import a zip file…'), new File([repoPackZip() as BlobPart], 'mulberry-symbols-master.zip'));
    await expect.element(page.getByText('Pictures found: 10. Ready to import: 10 (', { exact: false })).toBeVisible();
    await expect.element(page.getByText('Problems: 1.', { exact: false })).toBeVisible();

    // the word list that names the pictures, with the others to choose from, and no tool settings
    const list = page.getByRole('combobox', { name: 'Word list' });
    await expect.element(list).toHaveValue('mulberry-symbols-master/symbol-info.csv');
    const options = [...(list.element() as HTMLSelectElement).options].map((o) => o.textContent ?? '');
    expect(options.some((o) => o.includes('FinnishSymbolNames.csv (3 of 3 rows name a picture)'))).toBe(true);
    expect(options.some((o) => /launch\.json|package\.json/.test(o))).toBe(false);
    await expect.element(page.getByRole('combobox', { name: 'Category' })).toHaveValue('category');

    // the docs folder is left out, and listed
    await expect.element(page.getByText('mulberry-symbols-master/docs: documentation, examples or tools, 3 pictures', { exact: false })).toBeVisible();

    // the first symbols, with their cleaned words
    const sample = page.getByRole('region', { name: 'The first symbols, with their words' });
    for (const w of ['brush teeth', 'count', 'flag St. Kitts', 'go to the toilet']) await expect.element(sample.getByText(w, { exact: true })).toBeVisible();
    await expect.element(sample.getByText('police', { exact: true }).first()).toBeVisible();

    // the licence in full, and the credit read from it
    const licence = page.getByRole('region', { name: 'Licence text' });
    await expect.element(licence).toHaveTextContent('This work is licensed under the Creative Commons Attribution-Share Alike License.');
    expect(licence.element().textContent).not.toMatch(/\r/);
    await expect.element(page.getByText('Signpost read: CC BY-SA 4.0, Steve Lee.')).toBeVisible();
    const credit = page.getByRole('textbox', { name: 'Credit printed on every page that uses these symbols' });
    await expect.element(credit).toHaveValue(CREDIT);

    await page.getByRole('region', { name: 'Before importing' }).screenshot({ path: '../output/pack-preview.png' });
    const licenceSection = page.getByRole('region', { name: 'Licence', exact: true });
    licenceSection.element().scrollIntoView();
    await licenceSection.screenshot({ path: '../output/pack-preview-licence.png' });
    const a11y = await axe.run(page.getByRole('region', { name: 'Before importing' }).element(), { resultTypes: ['violations'] });
    expect(a11y.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // another word list changes the words; back again
    await list.selectOptions('mulberry-symbols-master/FinnishSymbolNames.csv');
    await page.getByRole('combobox', { name: 'Language of the words' }).selectOptions('fi');
    await expect.element(sample.getByText('iloinen')).toBeVisible();
    await list.selectOptions('mulberry-symbols-master/symbol-info.csv');
    await expect.element(sample.getByText('brush teeth', { exact: true })).toBeVisible();

    // the docs folder can come in after all
    await page.getByRole('checkbox', { name: 'Import these too' }).click();
    await expect.element(page.getByText('Pictures found: 13.', { exact: false })).toBeVisible();
    await page.getByRole('checkbox', { name: 'Import these too' }).click();
    await expect.element(page.getByText('Pictures found: 10.', { exact: false })).toBeVisible();

    // nothing imports before the credit is confirmed
    const importButton = page.getByRole('button', { name: 'Import 10 symbols' });
    await expect.element(importButton).toBeDisabled();
    await page.getByRole('checkbox', { name: 'I have read the licence, and this credit is what it asks for' }).click();
    await importButton.click();
    // the word list's row with no picture is no picture left out
    await expect.element(page.getByText('Imported 10 symbols. 0 were left out.')).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();

    // its words find its pictures
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('St. Kitts');
    await expect.element(page.getByRole('button', { name: 'flag St. Kitts', exact: true })).toBeVisible();
  });

  it('a pack with no licence asks for a credit before it can be imported', async () => {
    await openPacks(`nolicence-${crypto.randomUUID()}`);
    await userEvent.upload(page.getByLabelText('Import a zip file…'), new File([zipSync(Object.fromEntries(camelPackFiles().map((f) => [f.path, f.bytes]))) as BlobPart], 'icons.zip'));
    await expect.element(page.getByText('This pack has no licence file.', { exact: false })).toBeVisible();
    const confirm = page.getByRole('checkbox', { name: 'I have read the licence, and this credit is what it asks for' });
    await expect.element(confirm).toBeDisabled();
    await expect.element(page.getByRole('button', { name: 'Import 5 symbols' })).toBeDisabled();
    const sample = page.getByRole('region', { name: 'The first symbols, with their words' });
    await expect.element(sample.getByText('to eat', { exact: true })).toBeVisible();
    await page.getByRole('textbox', { name: 'Credit printed on every page that uses these symbols' }).fill('Icons by our team, for our service only');
    await confirm.click();
    await page.getByRole('button', { name: 'Import 5 symbols' }).click();
    await expect.element(page.getByText('Imported 5 symbols. 0 were left out.')).toBeVisible();
  });

  it('a stored pack with no credit is asked for one before the document prints', async () => {
    const db = `credit-${crypto.randomUUID()}`;
    const store = await LocalStore.open(db);
    const pack: Pack = {
      schemaVersion: PACK_SCHEMA_VERSION,
      id: 'pack-old-1',
      name: 'Old pack',
      attribution: '',
      enabled: true,
      symbols: [{ id: 'bus', label: 'bus', keywords: [], category: '', mime: 'image/svg+xml', data: toBase64(strToU8(svgOf(3))), width: 100, height: 100 }],
    };
    await store.putPack(pack);
    store.close();
    await renderApp(db);
    await newBlankDocument();
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('bus');
    await page.getByRole('combobox', { name: 'Symbol set' }).selectOptions('Old pack');
    await page.getByRole('button', { name: 'bus', exact: true }).click();
    await until(() => elementNodes().length === 1);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.element(page.getByText('A symbol pack this document uses has no licence credit.', { exact: false })).toBeVisible();
    const go = page.getByRole('button', { name: 'Export', exact: true });
    await expect.element(go).toBeDisabled();
    await page.getByRole('textbox', { name: 'Credit for “Old pack”' }).fill('Old pack, CC BY 4.0, our service');
    await page.getByRole('button', { name: 'Save the credit' }).click();
    await expect.element(go).toBeEnabled();
    // kept for next time
    const again = await LocalStore.open(db);
    expect((await again.packs()).find((p) => p.id === 'pack-old-1')?.attribution).toBe('Old pack, CC BY 4.0, our service');
    again.close();
  });
});
