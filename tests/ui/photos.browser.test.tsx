import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { ASSET_MAX_SIDE, photoFromFile } from '../../src/ui/photos';
import { createServices } from '../../src/ui/services';
import { exportDocumentPdf } from '../../src/ui/exportClient';
import { createDocument } from '../../src/model/factory';
import { PDFDict, PDFDocument, PDFName, PDFRawStream, type PDFRef } from '@cantoo/pdf-lib';
import { elementNodes, newBlankDocument, renderApp, stage, until } from '../helpers/renderApp';

/** A JPEG from a canvas with an EXIF segment spliced in, carrying a GPS marker we can look for. */
async function jpegWithExif(width: number, height: number): Promise<File> {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#2e7d32';
  ctx.fillRect(0, 0, width, height);
  const blob = await new Promise<Blob>((r) => c.toBlob((b) => r(b!), 'image/jpeg', 0.9));
  const jpeg = new Uint8Array(await blob.arrayBuffer());
  const payload = new TextEncoder().encode('Exif\0\0MM\0*\0\0\0\x08GPSLatitude 51.5074 N SECRET-HOME');
  const app1 = new Uint8Array(4 + payload.length);
  app1.set([0xff, 0xe1, ((payload.length + 2) >> 8) & 255, (payload.length + 2) & 255]);
  app1.set(payload, 4);
  const out = new Uint8Array(jpeg.length + app1.length);
  out.set(jpeg.subarray(0, 2)); // SOI
  out.set(app1, 2);
  out.set(jpeg.subarray(2), 2 + app1.length);
  return new File([out], 'home.jpg', { type: 'image/jpeg' });
}

describe('your own photos', () => {
  it('are downscaled to print size and lose their EXIF and GPS data', async () => {
    const file = await jpegWithExif(2600, 1800);
    expect(new TextDecoder('latin1').decode(new Uint8Array(await file.arrayBuffer()))).toContain('SECRET-HOME');
    const p = await photoFromFile(file, ASSET_MAX_SIDE);
    expect(Math.max(p.width, p.height)).toBe(2000);
    const bytes = atob(p.data);
    expect(bytes).not.toContain('SECRET-HOME');
    expect(bytes).not.toContain('Exif');
  });

  it('print at 300 dpi of the largest size they are placed at', async () => {
    const asset = await photoFromFile(await jpegWithExif(2600, 1800), ASSET_MAX_SIDE);
    const services = await createServices(`photopdf-${crypto.randomUUID()}`);
    const el = { id: 'e', type: 'image' as const, x: 10, y: 10, width: 30, height: 21, rotation: 0, assetId: asset.id, crop: 'none' as const };
    const doc = { ...createDocument('Photo'), assets: { [asset.id]: asset }, pages: [{ id: 'p', elements: [el] }] };
    const pdf = await PDFDocument.load(await exportDocumentPdf(services, doc, () => undefined));
    const xo = pdf.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    const ref = xo.get(xo.keys().find((k) => String(k).startsWith('/I'))!) as PDFRef;
    const width = (pdf.context.lookup(ref) as PDFRawStream).dict.get(PDFName.of('Width'))!.toString();
    expect(Number(width)).toBe(Math.ceil((30 / 25.4) * 300)); // 30 mm wide at 300 dpi
  });

  it('can be added from the library, cropped to a circle, and made brighter (undoably)', async () => {
    await renderApp(`photo-${crypto.randomUUID()}`);
    await newBlankDocument();
    await userEvent.upload(page.getByLabelText('Add your own photo…'), await jpegWithExif(400, 300));
    await until(() => elementNodes().length === 1);
    await page.getByRole('combobox', { name: 'Shape' }).selectOptions('circle');
    const green = () => {
      const c = stage().toCanvas({ pixelRatio: 1 });
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 1] > 100 && d[i] < 80 && d[i + 2] < 80) n++;
      return n;
    };
    await until(() => green() > 500);
    const before = green();
    await page.getByRole('button', { name: 'Brighter' }).click();
    await until(() => green() !== before);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await until(() => green() === before);
  });
});
