import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { strToU8, zipSync } from 'fflate';
import { sanitiseSvg, importPack } from '../../src/ui/packImport';
import { analysePack } from '../../src/storage/packReader';
import { csvPackZip, HOSTILE, svgOf } from '../helpers/packs';
import { createServices } from '../../src/ui/services';
import { exportDocumentPdf, sceneFor } from '../../src/ui/exportClient';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import { PDFDict, PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { elementNodes, newBlankDocument, renderApp, until } from '../helpers/renderApp';

describe('symbol pack import', () => {
  it('sanitises hostile SVG: no scripts, handlers, foreign objects or outside references', () => {
    const script = sanitiseSvg(HOSTILE['script.svg'])!;
    expect(script).not.toMatch(/script/i);
    expect(sanitiseSvg(HOSTILE['onload.svg'])).not.toMatch(/onload/i);
    expect(sanitiseSvg(HOSTILE['foreign.svg'])).not.toMatch(/foreignObject|iframe/i);
    const ext = sanitiseSvg(HOSTILE['external.svg'])!;
    expect(ext).not.toContain('example.org');
    expect(sanitiseSvg(HOSTILE['broken.svg'])).toBeNull();
  });

  it('removes @import and outside url(...) from <style> and style attributes, keeping url(#id)', () => {
    expect(HOSTILE['style-import.svg']).toContain('@import'); // the fixture does carry them
    const clean = sanitiseSvg(HOSTILE['style-import.svg'])!;
    expect(clean).not.toMatch(/@import|example\.org/);
    expect(clean).toContain('url(#g)');
    expect(clean).toMatch(/<style>/);
    expect(clean).toContain('stroke:blue');
  });

  it('imports the rest of a pack when some files are hostile or broken, saying which', async () => {
    const files = [...Object.entries(HOSTILE).map(([path, text]) => ({ path, bytes: strToU8(text) })), { path: 'fine.svg', bytes: strToU8(svgOf(1)) }];
    const { pack, problems } = await importPack(files, analysePack(files, 'Mixed'), 'Mixed', 'Test', () => undefined);
    expect(problems).toEqual([{ kind: 'not-image', name: 'broken.svg' }]);
    expect(pack.symbols.map((s) => s.id).sort()).toEqual(['external', 'fine', 'foreign', 'onload', 'script', 'style-import']);
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('prints a pack symbol whose 260-character caption leaves its picture no room (was "The input is not a PNG file!")', async () => {
    const services = await createServices(`longcap-${crypto.randomUUID()}`);
    const files = [{ path: 'bus.svg', bytes: strToU8(svgOf(3)) }];
    const { pack } = await importPack(files, analysePack(files, 'Mine'), 'Our pack', 'Our pack', () => undefined);
    services.library.addPack(pack);
    services.attributions.set(pack.id, pack.attribution);
    const docWith = (caption: string) => ({ ...createDocument('Pack'), pages: [{ id: 'p', elements: [createSymbolCard({ set: pack.id, id: 'bus' }, caption, 20, 20)] }] });
    const images = async (caption: string) => (await sceneFor(services, docWith(caption), null)).pages[0].items.flatMap((i) => i.prims).filter((p) => p.t === 'image');
    expect(await images('Bus')).toHaveLength(1); // negative control: a short caption keeps the picture
    expect(await images('word '.repeat(52))).toEqual([]);
    const pdf = await exportDocumentPdf(services, docWith('word '.repeat(52)), () => undefined);
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
  });

  it('prints pack symbols (SVG drawn to PNG for the PDF) with the pack named in the footer', async () => {
    const services = await createServices(`packpdf-${crypto.randomUUID()}`);
    const files = [{ path: 'bus.svg', bytes: strToU8(svgOf(3)) }];
    const { pack } = await importPack(files, analysePack(files, 'Mine'), 'Our pack', 'Our pack, licensed to the hub', () => undefined);
    services.library.addPack(pack);
    services.attributions.set(pack.id, pack.attribution);
    const doc = { ...createDocument('Pack'), pages: [{ id: 'p', elements: [createSymbolCard({ set: pack.id, id: 'bus' }, 'Bus', 20, 20)] }] };
    const pdf = await exportDocumentPdf(services, doc, () => undefined);
    const loaded = await PDFDocument.load(pdf);
    const xo = loaded.getPage(0).node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    expect(xo.keys().map(String).some((k) => k.startsWith('/I'))).toBe(true);
    expect(loaded.getSubject()).toContain('Our pack, licensed to the hub');
  });

  it('imports a zip through the dialog with progress, then finds and places its symbols', async () => {
    await renderApp(`packs-${crypto.randomUUID()}`);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Symbol packs…' }).click();
    await userEvent.upload(page.getByLabelText('Import a zip file…'), new File([zipSync({ ...Object.fromEntries(Object.entries(HOSTILE).map(([k, v]) => [`pics/${k}`, strToU8(v)])) }) as BlobPart], 'hostile.zip'));
    await expect.element(page.getByText('Pictures found: 6. Ready to import: 5 (0 with extra words). Problems: 1.')).toBeVisible();
    await expect.element(page.getByText('“broken.svg” is not a picture Signpost can use safely, so it was left out.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await userEvent.upload(page.getByLabelText('Import a zip file…'), new File([csvPackZip() as BlobPart], 'Test pack.zip'));
    await expect.element(page.getByText('Pictures found: 60. Ready to import: 60 (60 with extra words). Problems: 0.')).toBeVisible();
    // nothing imports before the licence's credit is confirmed
    await expect.element(page.getByRole('button', { name: 'Import 60 symbols' })).toBeDisabled();
    await page.getByRole('checkbox', { name: 'I have read the licence, and this credit is what it asks for' }).click();
    await page.getByRole('button', { name: 'Import 60 symbols' }).click();
    await expect.element(page.getByText('Imported 60 symbols. 0 were left out.')).toBeVisible();
    await expect.element(page.getByRole('checkbox', { name: 'Test pack (60 symbols)' })).toBeChecked();
    await page.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('Picture 7');
    await page.getByRole('button', { name: 'Picture 7', exact: true }).click();
    await until(() => elementNodes().length === 1);
    // the pack's picture is drawn on the page
    await until(() => {
      const c = elementNodes()[0].toCanvas({ pixelRatio: 1 });
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let coloured = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i + 3] > 0 && !(d[i] === d[i + 1] && d[i + 1] === d[i + 2])) coloured++;
      return coloured > 100;
    });
    // searching can be narrowed to one set
    await page.getByRole('combobox', { name: 'Symbol set' }).selectOptions('OpenMoji');
    await expect.element(page.getByText('No symbol for “Picture 7”.')).toBeVisible();
  });
});
