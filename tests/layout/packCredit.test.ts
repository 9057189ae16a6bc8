/**
 * Issue 17: a pack's licence credit prints in full on every page that uses the pack, wrapped
 * between the margins in the bottom margin, with no missing-glyph box (no `\r`), and the PDF
 * carries every word of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { layoutDocument, type LayoutDeps } from '../../src/layout/layout';
import { exportPdf } from '../../src/pdf/exportPdf';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import { creditOf, packCredit } from '../../src/model/pack';
import { mmToPt } from '../../src/model/units';
import { parseLicence } from '../../src/storage/packLicence';
import { MULBERRY_LICENCE_CRLF } from '../helpers/packs';
import { pdfText, renderPage } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const MULBERRY = 'pack-mulberry-1';
const credit = creditOf(parseLicence(MULBERRY_LICENCE_CRLF));

/** A page with an OpenMoji card and a Mulberry card, for a footer naming both and a note. */
function twoSetDoc() {
  const doc = createDocument('Morning');
  return { ...doc, pages: [{ id: 'p1', elements: [createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'Police', 20, 20), createSymbolCard({ set: MULBERRY, id: 'brush_teeth_,_to' }, 'Brush teeth', 80, 20)] }, { id: 'p2', elements: [createSymbolCard({ set: MULBERRY, id: 'happy' }, 'Happy', 20, 20)] }] };
}

function depsWith(packAttribution: string): LayoutDeps {
  return { ...s.deps, attribution: (id) => (id === MULBERRY ? packAttribution : s.deps.attribution(id)) };
}

describe('a pack credit in the footer', () => {
  it('wraps between the margins, in the bottom margin, on every page, and loses no word', async () => {
    const doc = twoSetDoc();
    await s.scene(doc);
    const deps = depsWith(credit);
    const scene = layoutDocument(doc, deps, undefined, { footerNote: 'For Sam · 26 November 2026' });
    const margin = mmToPt(doc.page.margin);
    for (const page of scene.pages) {
      const lines = [...new Set(page.footer.map((f) => f.y))];
      expect(lines.length).toBeGreaterThan(1);
      for (const f of page.footer) {
        expect(f.x).toBeGreaterThanOrEqual(margin - 0.01);
        expect(f.x + s.measurer.width(f.text, f.font, f.size)).toBeLessThanOrEqual(page.width - margin + 0.01);
        // below the content area, above the edge printers print to
        expect(f.y - f.size).toBeGreaterThanOrEqual(page.height - margin - 0.01);
        expect(f.y).toBeLessThanOrEqual(page.height - 10);
        expect(f.text).not.toMatch(/[\r\n]/);
      }
      const text = lines.map((y) => page.footer.filter((f) => f.y === y).map((f) => f.text).join('')).join(' ');
      for (const part of ['For Sam', 'OpenMoji', 'The Mulberry Symbol set', 'Copyright 2018-2026 Steve Lee', 'CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/']) expect(text).toContain(part);
    }
    // negative control: on one line, as before, the footer ran past the page's edge
    const one = scene.pages[0].footer.map((f) => f.text).join(' · ');
    expect(s.measurer.width(one, scene.pages[0].footer[0].font, scene.pages[0].footer[0].size)).toBeGreaterThan(scene.pages[0].width - 2 * margin);
  });

  it('a short footer stays one line where it always was', async () => {
    const doc = { ...createDocument('Short'), pages: [{ id: 'p', elements: [createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'Police', 20, 20)] }] };
    await s.scene(doc);
    const page = layoutDocument(doc, s.deps).pages[0];
    expect(new Set(page.footer.map((f) => f.y)).size).toBe(1);
    expect(page.footer[0].y).toBeCloseTo(page.height - mmToPt(doc.page.margin) / 2, 3);
  });

  it('prints in the PDF with every word of the credit and no stray line end', async () => {
    const doc = twoSetDoc();
    await s.scene(doc);
    // the credit as an old import stored it (first three lines, CRLF) prints tidied
    const stored = packCredit({ attribution: MULBERRY_LICENCE_CRLF.split('\n').filter(Boolean).slice(0, 3).join(' ') });
    expect(stored).not.toMatch(/\r|===/);
    const scene = layoutDocument(doc, depsWith(credit));
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    const text = pdfText(pdf, 1).replace(/\s+/g, ' ');
    for (const part of ['The Mulberry Symbol set', 'Copyright 2018-2026 Steve Lee', 'CC BY-SA 4.0', 'https://creativecommons.org/licenses/by-sa/4.0/']) expect(text).toContain(part);
    if (process.env.SIGNPOST_KEEP_PNG) writeFileSync(process.env.SIGNPOST_KEEP_PNG, renderPage(pdf, 1, 100));
  });
});
