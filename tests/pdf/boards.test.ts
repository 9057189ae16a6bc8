import { beforeAll, describe, expect, it } from 'vitest';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from '@cantoo/pdf-lib';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { readBoardSet } from '../../src/storage/obf';
import { documentFromBoardSet } from '../../src/model/boardDocument';
import { boardSetObz, devanagariSpec, obfOf, pagesOf } from '../helpers/obfFixtures';
import { pdfFonts, pdfText, pdfUncompressed, qpdfCheck } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

async function pdfOf(bytes: Uint8Array): Promise<Uint8Array> {
  const { doc } = documentFromBoardSet(pagesOf(readBoardSet(bytes)));
  const scene = await s.scene(doc);
  return exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, date: new Date('2026-01-01T00:00:00Z') });
}

/** Each page's link annotations, as the number of the page each leads to (1-based). */
async function linksOf(pdf: Uint8Array): Promise<number[][]> {
  const doc = await PDFDocument.load(pdf);
  const pages = doc.getPages();
  return pages.map((p) => {
    const annots = p.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    if (!annots) return [];
    return annots.asArray().map((ref) => {
      const a = doc.context.lookup(ref, PDFDict);
      expect(a.get(PDFName.of('Subtype'))).toEqual(PDFName.of('Link'));
      const dest = a.lookup(PDFName.of('Dest'), PDFArray);
      const target = dest.get(0) as PDFRef;
      return pages.findIndex((q) => q.ref === target) + 1;
    });
  });
}

describe('board sets in the PDF', () => {
  it('makes each linked button a link to its board’s page, and prints that page’s number', async () => {
    const pdf = await pdfOf(boardSetObz());
    qpdfCheck(pdf);
    expect(await linksOf(pdf)).toEqual([[2, 3], [1], [1]]);
    const words = pdfText(pdf, 1).split(/\s+/);
    expect(words).toEqual(expect.arrayContaining(['Food', 'Feelings', '2', '3']));
    expect(pdfText(pdf, 2).split(/\s+/)).toEqual(expect.arrayContaining(['home', '1']));
  });
});

describe('board licences in the PDF', () => {
  const licence = { type: 'CC BY 4.0', copyright_notice_url: 'https://creativecommons.org/licenses/by/4.0/', author_name: 'Ysgol Glan Taf speech team' };
  const flat = (pdf: Uint8Array, page?: number) => pdfText(pdf, page).replace(/\s+/g, ' ');

  it('prints the licence of a board whose buttons have no pictures, on every page', async () => {
    const words = obfOf({ name: 'Words only', licence, rows: [[{ label: 'yes' }, { label: 'no' }], [{ label: 'stop' }, { label: 'more' }]] });
    const pdf = await pdfOf(words);
    qpdfCheck(pdf);
    expect(flat(pdf, 1)).toContain('Board “Words only”: CC BY 4.0 <https://creativecommons.org/licenses/by/4.0/>; by Ysgol Glan Taf speech team');
    // the same board without a licence credits nothing (negative control)
    const bare = await pdfOf(obfOf({ name: 'Words only', rows: [[{ label: 'yes' }, { label: 'no' }]] }));
    expect(flat(bare)).not.toContain('CC BY');
  });

  it('prints each board’s own licence beside its pictures’ licences, once', async () => {
    // Home states CC BY 4.0 for itself; its pictures state Mulberry's and ARASAAC's
    const pdf = await pdfOf(boardSetObz());
    for (const page of [1, 2, 3]) expect(flat(pdf, page)).toContain('Board “Home”: CC BY 4.0; by Cwm Taf speech and language team <https://example.org/slt>');
    expect(flat(pdf).split('Board “Home”').length - 1).toBe(3);
  });
});

describe('Devanagari and Bengali labels in the PDF', () => {
  it('embeds Noto Sans Devanagari and Noto Sans Bengali, and the words read back as written', async () => {
    const pdf = await pdfOf(obfOf(devanagariSpec()));
    qpdfCheck(pdf);
    const fonts = pdfFonts(pdf);
    expect(fonts).toMatch(/NotoSansDevanagari/);
    expect(fonts).toMatch(/NotoSansBengali/);
    const text = pdfText(pdf).normalize('NFC');
    for (const w of ['भावनाएँ', 'खुश', 'दुखी', 'क्षमा', 'कीजिए', 'नमस्ते', 'पानी', 'चाहिए', 'আমি', 'ভালো', 'আছি']) expect(text).toContain(w);
  });

  it('draws conjuncts as one shaped glyph: क्षमा (5 letters) is 3 glyphs, नमस्ते (6) is 5, its स् a half form', async () => {
    const raw = new TextDecoder('latin1').decode(pdfUncompressed(await pdfOf(obfOf(devanagariSpec()))));
    const hex = (w: string) => Array.from(w, (c) => c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()).join('');
    const glyphsOf = (word: string) => {
      const at = raw.indexOf(`/ActualText <FEFF${hex(word)}>`);
      expect(at).toBeGreaterThan(-1);
      return (raw.slice(at, raw.indexOf('EMC', at)).match(/> Tj/g) ?? []).length;
    };
    expect(glyphsOf('क्षमा')).toBe(3);
    expect(glyphsOf('नमस्ते')).toBe(5);
  });
});
