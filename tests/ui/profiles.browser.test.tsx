import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { nineCards } from '../helpers/profiles';
import { elementNodes, renderApp, stage, until, newBlankDocument } from '../helpers/renderApp';
import { TINTS } from '../../src/model/profile';

const pixels = () => {
  const c = stage().toCanvas({ pixelRatio: 1 });
  return c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
};
const differs = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
  let n = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]) > 30) n++;
  return n / (a.length / 4);
};

async function pngFile(): Promise<File> {
  const c = document.createElement('canvas');
  c.width = 40;
  c.height = 30;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#c0392b';
  ctx.fillRect(0, 0, 40, 30);
  const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/png'));
  return new File([blob], 'mum.png', { type: 'image/png' });
}

describe('profiles in the editor', () => {
  it('switching the profile re-renders the page; vocabulary photos and warnings appear', async () => {
    await renderApp(`prof-${crypto.randomUUID()}`);
    await userEvent.upload(page.getByLabelText('Open file…'), new File([writeSignpostFile(nineCards()) as BlobPart], 'week.signpost'));
    await until(() => elementNodes().length === 11);
    await new Promise((r) => setTimeout(r, 300));
    const before = pixels();

    await page.getByRole('button', { name: 'Profiles…' }).click();
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByRole('textbox', { name: 'First name or initials' }).fill('Ash');
    await page.getByRole('combobox', { name: 'Reading level' }).selectOptions('emerging');
    await page.getByRole('combobox', { name: 'Font' }).selectOptions('lexend');
    await page.getByRole('combobox', { name: 'Paper colour' }).selectOptions('cream');
    // languages by name, not by code: Polish first, English too
    await page.getByRole('combobox', { name: 'First language' }).selectOptions('pl');
    await page.getByRole('combobox', { name: 'Also speaks' }).selectOptions('en-GB');
    await expect.element(page.getByRole('combobox', { name: 'First language' })).toHaveValue('pl');
    expect(page.getByRole('option', { name: 'polski (Polish)' }).elements().length).toBeGreaterThan(0);
    await page.getByRole('textbox', { name: 'Word', exact: true }).fill('bed');
    await page.getByRole('button', { name: 'Add word to avoid' }).click();
    await page.getByRole('textbox', { name: 'Word or phrase' }).fill('Home');
    await userEvent.upload(page.getByLabelText('Photo…', { exact: true }), await pngFile());
    await expect.element(page.getByText('Home', { exact: true })).toBeVisible();
    await expect.element(page.getByTestId('profile-preview')).toBeVisible();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('combobox', { name: 'Made for' }).selectOptions('Ash');
    await until(() => stage().findOne('.background')?.getAttr('fill') === TINTS.cream);
    await expect.element(page.getByText(/this page prints as 3 pages/)).toBeVisible();
    await expect.element(page.getByText('“bed” on page 1')).toBeVisible();
    await new Promise((r) => setTimeout(r, 300));
    expect(differs(before, pixels())).toBeGreaterThan(0.15); // cream paper, bigger Lexend captions

    // the home card now shows the red photo
    const red = () => {
      const d = pixels();
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] > 180 && d[i + 1] < 80 && d[i + 2] < 80) n++;
      return n;
    };
    await until(() => red() > 200);

    // no profile: back to the design as it was
    await page.getByRole('combobox', { name: 'Made for' }).selectOptions('No profile');
    await until(() => stage().findOne('.background')?.getAttr('fill') === '#ffffff');
  });

  it('refuses a file that is not a picture, in plain words', async () => {
    await renderApp(`prof2-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Profiles…' }).click();
    await page.getByRole('button', { name: 'New profile' }).click();
    await userEvent.upload(page.getByLabelText('Add a photo…'), new File(['not a picture'], 'notes.png', { type: 'image/png' }));
    await expect.element(page.getByRole('alert')).toHaveTextContent('This file is not a picture Signpost can use.');
  });
});
