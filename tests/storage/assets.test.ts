import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { PDFDocument, PDFName, PDFDict } from '@cantoo/pdf-lib';
import { readSignpostFile, writeSignpostFile, OpenFileError } from '../../src/storage/signpostFile';
import { createDocument } from '../../src/model/factory';
import { pruneAssets } from '../../src/model/operations';
import type { Asset, ImageElement, SignpostDocument } from '../../src/model/schema';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { qpdfCheck } from '../helpers/pdfTools';
import { TINY_PNG } from '../helpers/profiles';

const asset: Asset = { id: 'mum', mime: 'image/png', data: TINY_PNG, width: 1, height: 1 };
const img = (id: string, crop: ImageElement['crop'], x = 10): ImageElement => ({ id, type: 'image', x, y: 10, width: 50, height: 40, rotation: 0, assetId: 'mum', crop });
function photoDoc(): SignpostDocument {
  const d = createDocument('Photos', new Date('2026-01-01T00:00:00Z'));
  return { ...d, assets: { mum: asset, unused: { ...asset, id: 'unused' } }, pages: [{ id: 'p', elements: [img('a', 'none'), img('b', 'circle', 80)] }] };
}

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

describe('pictures in documents', () => {
  it('are stored once as files in the .signpost zip, and come back', () => {
    const doc = photoDoc();
    const bytes = writeSignpostFile(doc);
    const files = unzipSync(bytes);
    expect(Object.keys(files).sort()).toEqual(['assets/mum.png', 'document.json']);
    expect(new TextDecoder().decode(files['document.json'])).not.toContain(TINY_PNG);
    const back = readSignpostFile(bytes);
    expect(back).toEqual(pruneAssets(doc));
    expect(Object.keys(back.assets)).toEqual(['mum']); // the unused one is left out
  });

  it('a zip missing a picture file is refused as damaged', () => {
    const files = unzipSync(writeSignpostFile(photoDoc()));
    delete files['assets/mum.png'];
    expect(() => readSignpostFile(zipSync(files))).toThrow(OpenFileError);
  });

  it('print once per document, cropped to a circle where asked', async () => {
    const doc = photoDoc();
    const scene = await s.scene(doc);
    const circle = scene.pages[0].items[1].prims[0];
    expect(circle).toMatchObject({ t: 'image', circle: true, src: { w: 1, h: 1 } });
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
    const page = (await PDFDocument.load(pdf)).getPage(0);
    const xo = page.node.Resources()!.lookup(PDFName.of('XObject'), PDFDict);
    expect(xo.keys().map(String).filter((k) => k.startsWith('/I'))).toHaveLength(1);
  });
});
