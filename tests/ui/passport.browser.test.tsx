/** Print passport, from the Profiles dialog (issue 18 item 13). */
import { describe, expect, it, vi } from 'vitest';
import { commands, page } from 'vitest/browser';
import { renderApp } from '../helpers/renderApp';

declare module 'vitest/browser' {
  interface BrowserCommands {
    pdfToText: (pdfBase64: string) => Promise<string>;
  }
}

const base64 = (bytes: Uint8Array) => {
  let s = '';
  for (let k = 0; k < bytes.length; k += 0x8000) s += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return btoa(s);
};

describe('communication passport', () => {
  it('prints the languages, how they read, who to contact and the date made, from the profile', async () => {
    await renderApp(`passport-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'Profiles…' }).click();
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByRole('textbox', { name: 'First name or initials' }).fill('Sam');
    await page.getByRole('combobox', { name: 'First language' }).selectOptions('pl');
    await page.getByRole('textbox', { name: 'How I read, and the pictures that help (for the passport)' }).fill('Photos help more than drawings.');
    await page.getByRole('textbox', { name: 'Who to contact (for the passport)' }).fill('Jo Evans, youth justice worker: 01234 567890');

    const blobs: Blob[] = [];
    const make = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:passport'));
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    try {
      await page.getByRole('button', { name: 'Print passport' }).click();
      await expect.poll(() => blobs.length, { timeout: 15_000 }).toBe(1);
    } finally {
      make.mockRestore();
      click.mockRestore();
    }
    const text = (await commands.pdfToText(base64(new Uint8Array(await blobs[0].arrayBuffer())))).replace(/\s+/g, ' ');
    const today = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date());
    for (const t of ['My name is Sam', 'My languages', 'polski (Polish)', 'How I read', 'I can read short, simple sentences.', 'Photos help more than drawings.', 'Who to contact', 'Jo Evans, youth justice worker: 01234 567890', `Made on ${today}`])
      expect(text).toContain(t);
  });
});
