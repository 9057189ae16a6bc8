import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { createServices } from '../../src/ui/services';
import { exportDocumentPdf } from '../../src/ui/exportClient';
import { readDocumentFile } from '../../src/ui/fileIo';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { OpenFileError } from '../../src/storage/signpostFile';
import { bailCard, gridDoc } from '../helpers/sampleDocs';
import { elementNodes, renderApp, until, newBlankDocument } from '../helpers/renderApp';

declare module 'vitest/browser' {
  interface BrowserCommands {
    pdfToText: (pdfBase64: string) => Promise<string>;
  }
}

describe('PDF export in the browser', () => {
  it('runs in a worker with progress, keeps the page responsive, and reopens from the PDF', async () => {
    const services = await createServices(`exp-${crypto.randomUUID()}`);
    const doc = gridDoc(8, 9, ['1F46E', '1F3E0', '1F600', '1F3EB', '1F68C', '1F4DA', '1F3E5', '1F6CC']);
    const progress: number[] = [];
    let frames = 0;
    let running = true;
    const tick = () => {
      frames++;
      if (running) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const bytes = await exportDocumentPdf(services, doc, (d) => progress.push(d));
    running = false;
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(progress).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(frames).toBeGreaterThan(0);
    const reopened = await readDocumentFile(new File([bytes as BlobPart], 'grid.pdf'), new Set());
    expect(reopened).toEqual(doc);
  });

  it('prints an Urdu document through the worker, shaped and in reading order', async () => {
    const services = await createServices(`exp-ur-${crypto.randomUUID()}`);
    const lines = ['جمعہ کو پولیس سے ملیں', 'شام سات بجے کے بعد گھر پر رہیں', 'Sam کو 7:30 بجے عدالت جانا ہے'];
    const base = bailCard();
    let i = 0;
    const doc = { ...base, secondLanguage: 'ur', pages: [{ ...base.pages[0], elements: base.pages[0].elements.map((e) => (e.type === 'symbol' ? { ...e, caption2: lines[i++], height: 75 } : e)) }] };
    const bytes = await exportDocumentPdf(services, doc, () => undefined);
    let b64 = '';
    for (let k = 0; k < bytes.length; k += 0x8000) b64 += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
    const text = (await commands.pdfToText(btoa(b64))).replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
    for (const l of lines.slice(0, 2)) expect(text).toContain(l);
    for (const w of ['Sam', '7:30', 'عدالت']) expect(text).toContain(w);
  });

  it('refuses a PDF without a Signpost source', async () => {
    const notOurs = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF');
    await expect(readDocumentFile(new File([notOurs], 'x.pdf'), new Set())).rejects.toBeInstanceOf(OpenFileError);
  });
});

describe('Export PDF in the editor', () => {
  it('asks what to print, then downloads the PDF', async () => {
    const downloads: string[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) downloads.push(this.download);
      else click.call(this);
    };
    try {
      await renderApp(`expui-${crypto.randomUUID()}`);
      await newBlankDocument();
      await page.getByRole('textbox', { name: 'Document title' }).fill('Bus cards');
      await page.getByRole('searchbox', { name: 'Search symbols' }).fill('bus');
      await page.getByRole('button', { name: 'bus', exact: true }).click();
      await page.getByRole('button', { name: 'Export PDF' }).click();
      const dialog = page.getByRole('dialog', { name: 'Export PDF' });
      await expect.element(dialog).toBeVisible();
      await page.getByRole('radio', { name: 'Cards to cut out, 6 on each sheet' }).click();
      await page.getByRole('textbox', { name: 'First name on the footer (optional)' }).fill('Sam');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await until(() => downloads.length === 1, 15_000);
      expect(downloads).toEqual(['Bus cards.pdf']);
      await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});

describe('Export a phone page in the editor', () => {
  it('offers the phone page, hides what only a PDF has, and downloads one HTML file made in the browser', async () => {
    const downloads: { name: string; text: Promise<string> }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      if (this.download) downloads.push({ name: this.download, text: fetch(this.href).then((r) => r.text()) });
      else click.call(this);
    };
    try {
      await renderApp(`expphone-${crypto.randomUUID()}`);
      await newBlankDocument();
      await page.getByRole('textbox', { name: 'Document title' }).fill('Bus day');
      await page.getByRole('searchbox', { name: 'Search symbols' }).fill('bus');
      await page.getByRole('button', { name: 'bus', exact: true }).click();
      await page.getByRole('button', { name: 'Export PDF' }).click();
      await expect.element(page.getByRole('dialog', { name: 'Export PDF' })).toBeVisible();
      await expect.element(page.getByRole('radio', { name: 'Cards to cut out, 6 on each sheet' })).toBeVisible();
      await page.getByRole('radio', { name: 'A phone page that reads itself aloud (.html)' }).click();
      // cards and a password are for paper
      await expect.element(page.getByRole('radio', { name: 'Cards to cut out, 6 on each sheet' })).not.toBeInTheDocument();
      await expect.element(page.getByLabelText('Password to open the PDF (optional)')).not.toBeInTheDocument();
      await page.getByRole('textbox', { name: 'First name on the footer (optional)' }).fill('Sam');
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await until(() => downloads.length === 1, 20_000);
      expect(downloads[0].name).toBe('Bus day.html');
      const html = await downloads[0].text;
      expect(html).toContain("default-src 'none'");
      expect(html).toMatch(/<svg class="pic" role="img" aria-label="bus"/);
      expect(html).toContain('Read it all to me');
      expect(html).toContain('Sam · Symbols: OpenMoji');
      expect(html).toMatch(/@font-face\{font-family:'sp-text';font-weight:400;font-display:block;src:url\(data:font\/ttf;base64,/);
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});

describe('opening files in the editor', () => {
  it('refuses a broken file in plain words and leaves the open work untouched', async () => {
    await renderApp(`open-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('bus');
    await page.getByRole('button', { name: 'bus', exact: true }).click();
    await until(() => elementNodes().length === 1);

    const broken = writeSignpostFile(bailCard()).slice(0, 200);
    await userEvent.upload(page.getByLabelText('Open file…'), new File([broken as BlobPart], 'bail.signpost'));
    const dialog = page.getByRole('alertdialog');
    await expect.element(dialog).toHaveTextContent(/damaged/);
    await page.getByRole('button', { name: 'OK' }).click();
    expect(elementNodes()).toHaveLength(1);

    // a good file opens
    await userEvent.upload(page.getByLabelText('Open file…'), new File([writeSignpostFile(bailCard()) as BlobPart], 'bail.signpost'));
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My bail conditions');
    await until(() => elementNodes().length === 8);
  });
});

describe('opening the app\u2019s own password PDF', () => {
  it('asks for the password, says so plainly when it is wrong, then opens the document', async () => {
    const services = await createServices(`pwpdf-${crypto.randomUUID()}`);
    const pdf = await exportDocumentPdf(services, bailCard(), () => undefined, { password: 'blue kettle' });
    await expect(readDocumentFile(new File([pdf as BlobPart], 'bail.pdf'), new Set())).rejects.toMatchObject({ name: 'PdfPasswordError', code: 'needs-password' });

    await renderApp(`pwopen-${crypto.randomUUID()}`);
    await userEvent.upload(page.getByLabelText('Open file…'), new File([pdf as BlobPart], 'bail.pdf'));
    const dialog = page.getByRole('dialog', { name: 'This PDF has a password' });
    await expect.element(dialog).toBeVisible();
    await expect.element(page.getByRole('alertdialog')).not.toBeInTheDocument(); // not "not a Signpost document"
    await dialog.getByLabelText('Password').fill('red kettle');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.element(dialog.getByRole('alert')).toHaveTextContent('That password is not right. Check it and try again.');
    await dialog.getByLabelText('Password').fill('blue kettle');
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My bail conditions');
    await until(() => elementNodes().length === 8);
  });
});
