/**
 * GPS, XMP and comments in pictures never reach storage or a PDF, by any route in Node:
 * `.signpost` assets (zip and bare JSON), profile photos, and the PDF made from them,
 * including the `.signpost` source attached to it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { strToU8, unzipSync } from 'fflate';
import { readSignpostFile, writeSignpostFile, OpenFileError } from '../../src/storage/signpostFile';
import { readProfileFile, writeProfileFile } from '../../src/storage/profileFile';
import { pdfAttachments } from '../../src/storage/pdfSource';
import type { SignpostDocument } from '../../src/model/schema';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { layoutDocument } from '../../src/layout/layout';
import { resolveStyle } from '../../src/profile/resolve';
import { leakyDoc, leakyProfile, leaksIn } from '../helpers/pictures';
import { pdfUncompressed } from '../helpers/pdfTools';

const leaksOfDoc = (d: SignpostDocument) => Object.values(d.assets).flatMap((a) => leaksIn(a.data));

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

describe('pictures from files lose their metadata before storage', () => {
  it('the hostile fixtures leak when nothing cleans them (negative control)', () => {
    expect(leaksOfDoc(leakyDoc()).length).toBeGreaterThan(5);
    expect(leaksIn(writeSignpostFile(leakyDoc())).length).toBeGreaterThan(5);
  });

  it('.signpost zip: assets come back clean, and so do the bytes saved again', () => {
    const doc = readSignpostFile(writeSignpostFile(leakyDoc()));
    expect(Object.keys(doc.assets).sort()).toEqual(['j', 'p']);
    expect(leaksOfDoc(doc)).toEqual([]);
    expect(leaksIn(writeSignpostFile(doc))).toEqual([]);
    expect(leaksIn(strToU8(JSON.stringify(doc)))).toEqual([]); // what IndexedDB stores
  });

  it('bare document.json: the same', () => {
    expect(leaksOfDoc(readSignpostFile(strToU8(JSON.stringify(leakyDoc()))))).toEqual([]);
  });

  it('profile file, plain and protected: photos come back clean', async () => {
    for (const pass of [undefined, 'pass']) {
      const p = await readProfileFile(await writeProfileFile(leakyProfile(), pass), pass);
      expect(p.photos.flatMap((ph) => leaksIn(ph.data))).toEqual([]);
    }
  }, 30_000);

  it('a picture that is not what it claims is refused with a plain reason', async () => {
    const lying = leakyDoc();
    const bad = { ...lying, assets: { ...lying.assets, j: { ...lying.assets.j, mime: 'image/png' as const } } };
    expect(() => readSignpostFile(writeSignpostFile(bad))).toThrow(expect.objectContaining({ code: 'bad-picture' }));
    const notB64 = { ...lying, assets: { ...lying.assets, j: { ...lying.assets.j, data: '%%%' } } };
    expect(() => readSignpostFile(strToU8(JSON.stringify(notB64)))).toThrow(OpenFileError);
    const prof = { ...leakyProfile(), photos: [{ ...leakyProfile().photos[0], mime: 'image/png' as const }, leakyProfile().photos[1]] };
    await expect(readProfileFile(strToU8(JSON.stringify(prof)))).rejects.toMatchObject({ code: 'bad-picture' });
  });
});

describe('and never reach the PDF', () => {
  it('a document and profile opened from files print without GPS, XMP or comments, in the pages or the attached source', async () => {
    const doc = readSignpostFile(writeSignpostFile(leakyDoc()));
    const profile = await readProfileFile(await writeProfileFile(leakyProfile()));
    const scene = await s.scene(doc, { profile });
    const images = scene.pages[0].items.flatMap((it) => it.prims).filter((p) => p.t === 'image');
    expect(images.map((p) => p.key).sort()).toEqual(['asset/j', 'asset/p', 'photo/dad', 'photo/mum']);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, source: writeSignpostFile(doc), sourceName: 'x.signpost' });
    expect(leaksIn(pdf)).toEqual([]);
    expect(leaksIn(pdfUncompressed(pdf))).toEqual([]);
    const source = (await pdfAttachments(pdf)).get('x.signpost')!;
    expect(Object.values(unzipSync(source)).flatMap((b) => leaksIn(b))).toEqual([]);
  }, 30_000);

  it('negative control: the same pictures, laid out but not made print-ready, do show in the PDF', async () => {
    // the print pipeline cleans pictures (layout/print.ts); skip that one step
    const style = resolveStyle(leakyProfile());
    await s.env.prepare(leakyDoc(), style);
    const scene = layoutDocument(leakyDoc(), s.deps, style);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    expect(leaksIn(pdfUncompressed(pdf)).length).toBeGreaterThan(0);
  }, 30_000);
});
