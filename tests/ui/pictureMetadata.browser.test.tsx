/**
 * GPS, XMP and comments never reach storage or a PDF by the browser's routes: symbol packs
 * (PNG and JPEG), Open Board Format boards, own photos, and `.signpost` files opened in
 * the app, then printed. PDFs are searched in their raw bytes, in every inflated stream,
 * and in the `.signpost` source attached to them.
 */
import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { decodePDFRawStream, PDFDocument, PDFRawStream } from '@cantoo/pdf-lib';
import { importPack } from '../../src/ui/packImport';
import { analysePack } from '../../src/storage/packReader';
import { pdfAttachments } from '../../src/storage/pdfSource';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { createServices, type Services } from '../../src/ui/services';
import { exportDocumentPdf } from '../../src/ui/exportClient';
import { documentFromBoard } from '../../src/ui/boards';
import { openUserFile } from '../../src/ui/openUserFile';
import { photoFromFile } from '../../src/ui/photos';
import { fromBase64 } from '../../src/model/base64';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import type { SignpostDocument } from '../../src/model/schema';
import { jpegWithMetadata, leakyDoc, leaksIn, pngWithMetadata, TINY_JPEG } from '../helpers/pictures';

const JPEG = () => fromBase64(jpegWithMetadata());
const PNG = () => fromBase64(pngWithMetadata());

/** Metadata found anywhere in a PDF: raw bytes, inflated streams, the attached source's files. */
async function pdfLeaks(pdf: Uint8Array): Promise<string[]> {
  const found = new Set(leaksIn(pdf));
  const doc = await PDFDocument.load(pdf);
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFRawStream)) continue;
    let bytes = obj.contents; // JPEG (DCTDecode) streams are kept as they are
    try {
      bytes = decodePDFRawStream(obj).decode();
    } catch {
      // not a filter pdf-lib decodes
    }
    for (const l of leaksIn(bytes)) found.add(l);
  }
  for (const [name, bytes] of await pdfAttachments(pdf)) {
    if (name.endsWith('.signpost')) for (const b of Object.values(unzipSync(bytes))) for (const l of leaksIn(b)) found.add(l);
  }
  return [...found];
}

const cardDoc = (set: string, ids: string[]): SignpostDocument => ({
  ...createDocument('Cards'),
  pages: [{ id: 'p', elements: ids.map((id, i) => createSymbolCard({ set, id }, id, 20 + i * 60, 20)) }],
});

async function withPack(services: Services, files: { path: string; bytes: Uint8Array }[]) {
  const { pack, problems } = await importPack(files, analysePack(files, 'Leaky'), 'Leaky', 'Test', () => undefined);
  await services.store.putPack(pack);
  services.library.addPack(pack);
  services.attributions.set(pack.id, pack.attribution);
  return { pack, problems };
}

describe('picture metadata in the browser', () => {
  it('the PDF check finds metadata when a picture keeps it (negative control)', async () => {
    const services = await createServices(`leak-control-${crypto.randomUUID()}`);
    const doc = { ...leakyDoc(), pages: [{ id: 'p', elements: leakyDoc().pages[0].elements.filter((e) => e.type === 'image') }] };
    // written straight to the PDF writer, past every import route (the print step cleans stored pictures too)
    const { exportPdf } = await import('../../src/pdf/exportPdf');
    const { sceneFor } = await import('../../src/ui/exportClient');
    const scene = await sceneFor(services, doc, null);
    const raw = { ...scene, pages: scene.pages.map((p) => ({ ...p, items: p.items.map((it) => ({ ...it, prims: it.prims.map((pr) => (pr.t === 'image' && pr.mime === 'image/jpeg' ? { ...pr, data: jpegWithMetadata() } : pr)) })) })) };
    const fonts = Object.fromEntries(await Promise.all(scene.fonts.map(async (f) => [f, new Uint8Array(await (await fetch(`/generated/fonts/${services.metrics.fonts[f].file}`)).arrayBuffer())])));
    expect((await pdfLeaks(await exportPdf(raw, { fonts }))).length).toBeGreaterThan(0);
  });

  it('symbol packs: PNG and JPEG pictures are stored and printed without it; one that lies about its type is left out', async () => {
    const services = await createServices(`leak-pack-${crypto.randomUUID()}`);
    const { pack, problems } = await withPack(services, [
      { path: 'photo.jpg', bytes: JPEG() },
      { path: 'drawing.png', bytes: PNG() },
      { path: 'liar.png', bytes: fromBase64(TINY_JPEG) },
    ]);
    expect(problems).toEqual([{ kind: 'not-image', name: 'liar.png' }]);
    expect(pack.symbols.map((s) => s.id).sort()).toEqual(['drawing', 'photo']);
    const stored = (await services.store.packs()).find((p) => p.id === pack.id)!;
    expect(stored.symbols.flatMap((s) => leaksIn(s.data))).toEqual([]);
    expect(await pdfLeaks(await exportDocumentPdf(services, cardDoc(pack.id, ['photo', 'drawing']), () => undefined))).toEqual([]);
  });

  it('boards: zipped and inline pictures are stored and printed without it', async () => {
    const services = await createServices(`leak-board-${crypto.randomUUID()}`);
    const obf = {
      format: 'open-board-0.1', id: 'b', locale: 'en', name: 'Board',
      buttons: [{ id: 1, label: 'home', image_id: 'z' }, { id: 2, label: 'mum', image_id: 'i' }],
      grid: { rows: 1, columns: 2, order: [[1, 2]] },
      images: [{ id: 'z', path: 'images/home.jpg', content_type: 'image/jpeg' }, { id: 'i', data: `data:image/png;base64,${pngWithMetadata()}`, content_type: 'image/png' }],
    };
    const obz = zipSync({ 'manifest.json': strToU8(JSON.stringify({ root: 'board.obf' })), 'board.obf': strToU8(JSON.stringify(obf)), 'images/home.jpg': JPEG() });
    const { doc } = await documentFromBoard(services, obz);
    const packs = await services.store.packs();
    expect(packs.flatMap((p) => p.symbols)).toHaveLength(2);
    expect(packs.flatMap((p) => p.symbols).flatMap((s) => leaksIn(s.data))).toEqual([]);
    expect(await pdfLeaks(await exportDocumentPdf(services, doc, () => undefined))).toEqual([]);
  });

  it('own photos: a PNG or JPEG file carrying it becomes a clean JPEG', async () => {
    for (const bytes of [JPEG(), PNG()]) {
      const p = await photoFromFile(new Blob([bytes as BlobPart]));
      expect(p.mime).toBe('image/jpeg');
      expect(leaksIn(p.data)).toEqual([]);
    }
  });

  it('.signpost files opened in the app: stored and printed without it, attached source included', async () => {
    const services = await createServices(`leak-open-${crypto.randomUUID()}`);
    const file = new File([writeSignpostFile(leakyDoc()) as BlobPart], 'photos.signpost');
    const { doc } = await openUserFile(services, file);
    const stored = (await services.store.get(doc.id))!;
    expect(Object.values(stored.assets).flatMap((a) => leaksIn(a.data))).toEqual([]);
    expect(await pdfLeaks(await exportDocumentPdf(services, stored, () => undefined))).toEqual([]);
  });
});
