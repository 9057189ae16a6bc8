import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { createProfile } from '../../src/model/profile';
import { writeProfileFile } from '../../src/storage/profileFile';
import { renderApp, newBlankDocument } from '../helpers/renderApp';

const openProfiles = async () => {
  await page.getByRole('button', { name: 'Profiles…' }).click();
};

describe('profile editing (ProfileEditor, ProfilesDialog)', () => {
  it('keeps numbers typed in the editor within what a profile can hold', async () => {
    await renderApp(`profedit-${crypto.randomUUID()}`);
    await newBlankDocument();
    await openProfiles();
    await page.getByRole('button', { name: 'New profile' }).click();
    const size = page.getByRole('spinbutton', { name: 'Text size (pt, at least 14)' });
    await size.fill('100');
    await expect.element(size).toHaveValue(48);
    await size.fill('9');
    await expect.element(size).toHaveValue(14);
    const most = page.getByRole('spinbutton', { name: 'Most pictures on one page' });
    await most.fill('7');
    await expect.element(most).toHaveValue(7);
    await most.fill('99');
    await expect.element(most).toHaveValue(50);
    // a reading level brings its defaults
    await page.getByRole('combobox', { name: 'Reading level' }).selectOptions('emerging');
    await expect.element(size).toHaveValue(22);
    await expect.element(most).toHaveValue(4);
    // an emptied name is "?"
    await page.getByRole('textbox', { name: 'First name or initials' }).fill('');
    await expect.element(page.getByRole('textbox', { name: 'First name or initials' })).toHaveValue('?');
  });

  it('asks for the passphrase of a protected profile file, says when it is wrong, and imports it when right', async () => {
    const bytes = await writeProfileFile({ ...createProfile('Dev'), id: 'y-protected' }, 'open sesame');
    await renderApp(`profimport-${crypto.randomUUID()}`);
    await newBlankDocument();
    await openProfiles();
    const file = () => new File([bytes as BlobPart], 'dev.profile.json', { type: 'application/json' });
    await userEvent.upload(page.getByLabelText('Import profile…'), file());
    const pass = page.getByLabelText('This profile is protected. Type its passphrase.');
    await pass.fill('wrong');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.element(page.getByRole('alert')).toHaveTextContent('That passphrase is not right. Check it and try again.');
    await expect.element(pass).toBeVisible();
    await page.getByRole('button', { name: 'OK', exact: true }).click();
    // cancelled, then chosen again: the form comes back empty
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(pass).not.toBeInTheDocument();
    await userEvent.upload(page.getByLabelText('Import profile…'), file());
    await expect.element(pass).toHaveValue('');
    await pass.fill('open sesame');
    await page.getByRole('button', { name: 'Open', exact: true }).click();
    await expect.element(page.getByRole('button', { name: 'Dev', pressed: true })).toBeVisible();
    await expect.element(pass).not.toBeInTheDocument();
    await expect.element(page.getByRole('textbox', { name: 'First name or initials' })).toHaveValue('Dev');
  });
});
