import { beforeAll, describe, expect, it } from 'vitest';
import { PDFDocument, PDFName, PDFDict } from '@cantoo/pdf-lib';
import { exportPdf, MissingFontError } from '../../src/pdf/exportPdf';
import { formScale, symbolForm, symbolFormContent } from '../../src/pdf/symbolForm';
import { formPathOps } from '../../src/pdf/pathOps';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { writeSignpostFile, readSignpostFile } from '../../src/storage/signpostFile';
import { signpostSourceOf } from '../../src/storage/pdfSource';
import { setPageSetup } from '../../src/model/operations';
import { layoutDocument } from '../../src/layout/layout';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { pdfFonts, pdfText, qpdfCheck } from '../helpers/pdfTools';
import { bailCard, gridDoc } from '../helpers/sampleDocs';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

async function exportDoc(doc = bailCard()) {
  const source = writeSignpostFile(doc);
  const scene = await s.scene(doc);
  const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), source, date: new Date('2026-01-01T00:00:00Z') });
  return { pdf, source, scene };
}

const xobjectCount = async (pdf: Uint8Array) => {
  const d = await PDFDocument.load(pdf);
  const seen = new Set<string>();
  for (const p of d.getPages()) {
    const xo = p.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict);
    for (const [, ref] of xo?.entries() ?? []) seen.add(ref.toString());
  }
  return seen.size;
};

describe('exportPdf', () => {
  it('writes a valid PDF with true page sizes and metadata', async () => {
    const { pdf } = await exportDoc();
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    const d = await PDFDocument.load(pdf);
    expect(d.getPageCount()).toBe(1);
    const { width, height } = d.getPage(0).getSize();
    expect(width).toBeCloseTo((210 / 25.4) * 72, 1);
    expect(height).toBeCloseTo((297 / 25.4) * 72, 1);
    expect(d.getTitle()).toBe('My bail conditions');
    expect(d.getCreator()).toBe('Signpost');
    expect(d.catalog.get(PDFName.of('Lang'))?.toString()).toContain('en-GB');
  });

  it('handles A5, Letter and landscape', async () => {
    for (const [size, orientation, w, h] of [
      ['A5', 'portrait', 148, 210],
      ['Letter', 'landscape', 279.4, 215.9],
    ] as const) {
      const { pdf } = await exportDoc(setPageSetup(bailCard(), { size, orientation }));
      const p = (await PDFDocument.load(pdf)).getPage(0).getSize();
      expect(p.width).toBeCloseTo((w / 25.4) * 72, 1);
      expect(p.height).toBeCloseTo((h / 25.4) * 72, 1);
    }
  });

  it('embeds the fonts and keeps text extractable in reading order', async () => {
    const { pdf } = await exportDoc();
    const fonts = pdfFonts(pdf);
    expect(fonts).toMatch(/AtkinsonHyperlegibleNext-Regular\S*\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).toMatch(/AtkinsonHyperlegibleNext-Bold/);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('My bail conditions');
    expect(text.indexOf('My bail conditions')).toBeLessThan(text.indexOf('See the police'));
    expect(text).toContain('Ŵ ŷ');
    expect(text).toContain('ł ż ś');
    expect(text).toContain('Symbols: OpenMoji (openmoji.org), CC BY-SA 4.0');
  });

  it('attaches the .signpost source, which reopens as the same document', async () => {
    const doc = bailCard();
    const { pdf, source } = await exportDoc(doc);
    const attached = await signpostSourceOf(pdf);
    expect(attached).toEqual(source);
    expect(readSignpostFile(attached!)).toEqual(doc);
  });

  it('writes each distinct symbol once, however often it appears', async () => {
    const repeated = await exportDoc(gridDoc(4, 6, ['1F46E', '1F3E0']));
    expect(await xobjectCount(repeated.pdf)).toBe(2);
    const distinct = await exportDoc(gridDoc(2, 6, ['1F46E', '1F3E0', '1F600', '1F3EB', '1F68C', '1F4DA']));
    expect(await xobjectCount(distinct.pdf)).toBe(6);
  });

  it('gives pages that use the same fonts and symbols one resource dictionary, and packs small objects in one object stream', async () => {
    const resourcesOf = async (pdf: Uint8Array) => (await PDFDocument.load(pdf)).getPages().map((p) => p.node.get(PDFName.of('Resources'))?.toString());
    // 20 pages alike: one dictionary for all; some 400 structure elements, all in one stream
    const { pdf } = await exportDoc(gridDoc(20, 10, ['1F46E', '1F3E0', '1F600', '1F3EB', '1F68C', '1F4DA', '1F46E', '1F3E0', '1F600', '1F3EB']));
    const refs = await resourcesOf(pdf);
    expect(refs[0]).toMatch(/^\d+ 0 R$/);
    expect(new Set(refs).size).toBe(1);
    expect(Buffer.from(pdf).toString('latin1').match(/\/Type \/ObjStm/g)).toHaveLength(1);
    // the catalog and the pages too: nothing but streams and the cross-reference stream stands alone
    const loose = Buffer.from(pdf).toString('latin1').match(/\d+ 0 obj\s*<<[^]*?>>\s*(?:stream|endobj)/g) ?? [];
    expect(loose.filter((o) => o.endsWith('endobj'))).toEqual([]);
    // negative control: page 1 places the police officer twice (a form), page 2 draws every symbol once
    const differ = await exportDoc(gridDoc(2, 4, ['1F46E', '1F46E', '1F3E0', '1F600', '1F3EB', '1F68C', '1F4DA', '1F9D1-200D-2696-FE0F']));
    expect(new Set(await resourcesOf(differ.pdf)).size).toBe(2);
  });

  it('reports progress per page and refuses a missing font by name', async () => {
    const doc = gridDoc(3, 2, ['1F46E']);
    const scene = await s.scene(doc);
    const seen: number[] = [];
    await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), onProgress: (d) => seen.push(d) });
    expect(seen).toEqual([1, 2, 3]);
    await expect(exportPdf(scene, { fonts: {} })).rejects.toBeInstanceOf(MissingFontError);
  });
});

describe('fonts', () => {
  it.each([
    ['lexend', /Lexend/],
    ['opendyslexic', /OpenDyslexic/],
  ])('embeds %s when the style asks for it, with Welsh and Polish letters intact', async (font, name) => {
    const doc = bailCard();
    await s.scene(doc);
    const scene = layoutDocument(doc, s.deps, { ...DEFAULT_STYLE, font });
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts) });
    expect(pdfFonts(pdf)).toMatch(name);
    expect(pdfText(pdf)).toContain('Ŵ ŷ');
    expect(pdfText(pdf)).toContain('ł ż ś');
  });
});

describe('symbol drawings', () => {
  it('turn SVG path data into PDF operators in whole form units, quadratics into cubics', () => {
    expect(formPathOps('M0 0L10 0 10 10Z', 1)).toBe('0 0 m\n10 0 l\n10 10 l\nh');
    expect(formPathOps('M0 0Q3 3 6 0', 1)).toBe('0 0 m\n2 2 4 2 6 0 c');
    expect(formPathOps('M0.25 1.5L10.04 0', 100)).toBe('25 150 m\n1004 0 l');
    expect(() => formPathOps('M0 0A1 1 0 0 1 2 2', 1)).toThrow();
  });

  it('are written at the precision print needs: steps of at most 0.1 pt where placed, never finer than the build kept', () => {
    expect(formScale(2)).toBe(20); // a 144 pt card: 0.05 units = 0.1 pt
    expect(formScale(2.01)).toBe(21);
    expect(formScale(0.05)).toBe(1);
    expect(formScale(50)).toBe(100);
  });

  it('know when they stay within their box, so that a page need not clip them to it', () => {
    const inside = (p: Parameters<typeof symbolForm>[0]['p']) => symbolForm({ vw: 72, vh: 72, p }, 1, () => 'GS0').inside;
    expect(inside([{ d: 'M10 10L60 10L60 60Z', f: '#ff0000' }])).toBe(true);
    expect(inside([{ d: 'M10 10L80 10L60 60Z', f: '#ff0000' }])).toBe(false);
    // a stroke reaches half its width beyond its path
    expect(inside([{ d: 'M10 71L60 71', s: '#000000', w: 4, lc: 'round', lj: 'round' }])).toBe(false);
  });

  it('set the graphics state only when it changes, and stroke runs in one style as one path', () => {
    const outline = { s: '#000000', w: 2, lc: 'round' as const, lj: 'round' as const };
    const ops = symbolFormContent({ vw: 72, vh: 72, p: [{ d: 'M0 0L1 1', f: '#ff0000' }, { d: 'M1 0L2 2', f: '#ff0000' }, { d: 'M0 0L5 5', ...outline }, { d: 'M5 5L6 6', ...outline }] }, 1, () => 'GS0');
    expect(ops.match(/ rg/g)).toHaveLength(1);
    expect(ops.match(/ RG/g)).toHaveLength(1);
    expect(ops.match(/^S$/gm)).toHaveLength(1);
    expect(ops).toContain('2 w');
  });
});
