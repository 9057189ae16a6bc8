import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { PDFDocument } from '@cantoo/pdf-lib';
import { createServices } from '../../src/ui/services';
import { exportForProfiles } from '../../src/ui/exportClient';
import { emerging, fluent, nineCards } from '../helpers/profiles';

describe('printing for several young people at once', () => {
  it('makes one PDF each in a zip, or one combined PDF', async () => {
    const services = await createServices(`many-${crypto.randomUUID()}`);
    const doc = nineCards();
    const people = [emerging(), fluent()];
    const zip = await exportForProfiles(services, doc, people, false, () => undefined);
    expect(zip.zip).toBe(true);
    const files = unzipSync(zip.bytes);
    expect(Object.keys(files).sort()).toEqual(['My week - Ash.pdf', 'My week - Bea.pdf']);
    expect((await PDFDocument.load(files['My week - Ash.pdf'])).getPageCount()).toBe(3); // four a page
    expect((await PDFDocument.load(files['My week - Bea.pdf'])).getPageCount()).toBe(1);

    const one = await exportForProfiles(services, doc, people, true, () => undefined);
    expect(one.zip).toBe(false);
    expect((await PDFDocument.load(one.bytes)).getPageCount()).toBe(4);
  });
});
