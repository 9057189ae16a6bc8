/** Profiles on the home screen (issue 18 items 2 and 14). */
import { describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { renderApp } from '../helpers/renderApp';
import { LocalStore } from '../../src/storage/db';
import { writeProfileFile } from '../../src/storage/profileFile';

async function makeProfile(name: string) {
  await page.getByRole('button', { name: 'Profiles…' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByRole('textbox', { name: 'First name or initials' }).fill(name);
  await page.getByRole('button', { name: 'Close' }).click();
}

async function newFromTemplate(template: RegExp, madeFor?: string) {
  await page.getByRole('button', { name: 'New document' }).click();
  if (madeFor) await page.getByRole('combobox', { name: 'Made for' }).selectOptions(madeFor);
  await page.getByRole('button', { name: template }).click();
  await expect.element(page.getByRole('button', { name: 'Documents' })).toBeVisible();
  await page.getByRole('button', { name: 'Documents' }).click();
}

describe('profiles on the home screen', () => {
  it('makes a profile from home without leaving an empty document, and lists each young person’s documents', async () => {
    await renderApp(`home-prof-${crypto.randomUUID()}`);
    await expect.element(page.getByText(/No profiles yet/)).toBeVisible();
    await makeProfile('Sam');
    // no "Untitled document" left behind
    await expect.element(page.getByText(/No documents yet/)).toBeVisible();
    expect(page.getByRole('button', { name: /^Open:/ }).elements()).toHaveLength(0);
    await expect.element(page.getByRole('button', { name: 'Sam 0 documents' })).toBeVisible();

    await newFromTemplate(/^Bail conditions card/, 'Sam');
    await newFromTemplate(/^My day/);
    // each card says who it is made for
    const bail = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Open: My bail conditions' }) });
    await expect.element(bail.getByText('For Sam')).toBeVisible();
    const day = page.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Open: My day' }) });
    expect(day.element().textContent).not.toContain('For ');

    // a young person's own documents
    await page.getByRole('button', { name: 'Sam 1 document' }).click();
    await expect.element(page.getByRole('heading', { name: 'Documents for Sam' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Open: My bail conditions' })).toBeVisible();
    await expect.element(page.getByRole('button', { name: 'Open: My day' })).not.toBeInTheDocument();
    // a new document from here is for them
    await page.getByRole('button', { name: 'New document' }).click();
    await expect.element(page.getByRole('combobox', { name: 'Made for' })).toHaveDisplayValue('Sam');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Show all documents' }).click();
    await expect.element(page.getByRole('button', { name: 'Open: My day' })).toBeVisible();
  });

  it('says how many documents a deleted profile had, and importing its file again finds them', async () => {
    const db = `home-relink-${crypto.randomUUID()}`;
    await renderApp(db);
    await makeProfile('Sam');
    await newFromTemplate(/^Bail conditions card/, 'Sam');
    await newFromTemplate(/^My day/, 'Sam');
    // the profile's file, as Save as file would write it
    const store = await LocalStore.open(db);
    const [sam] = await store.profiles();
    store.close();
    const file = new File([(await writeProfileFile(sam)) as BlobPart], 'Sam.profile.json', { type: 'application/json' });

    const asked: string[] = [];
    const confirm = vi.spyOn(window, 'confirm').mockImplementation((m) => (asked.push(String(m)), true));
    try {
      await page.getByRole('button', { name: 'Profiles…' }).click();
      await page.getByRole('button', { name: 'Delete profile' }).click();
      await expect.poll(() => asked.length).toBe(1);
      expect(asked[0]).toContain('2 documents were made for Sam.');
    } finally {
      confirm.mockRestore();
    }
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.element(page.getByText('For a profile not on this device').first()).toBeVisible();

    await page.getByRole('button', { name: 'Profiles…' }).click();
    await userEvent.upload(page.getByLabelText('Import profile…'), file);
    await expect.element(page.getByRole('button', { name: 'Sam', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.element(page.getByRole('button', { name: 'Sam 2 documents' })).toBeVisible();
    expect(page.getByText('For Sam').elements()).toHaveLength(2);
    await page.getByRole('button', { name: 'Open: My day' }).click();
    await expect.element(page.getByRole('combobox', { name: 'Made for' })).toHaveDisplayValue('Sam');
  });
});
