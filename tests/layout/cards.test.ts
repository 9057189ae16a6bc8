import { beforeAll, describe, expect, it } from 'vitest';
import { cardsOf, layoutCardSheets } from '../../src/layout/cards';
import { exportPdf } from '../../src/pdf/exportPdf';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { footerNoteOf } from '../../src/layout/footer';
import { PT_PER_MM } from '../../src/model/units';
import { gridDoc, bailCard } from '../helpers/sampleDocs';
import { pdfText, qpdfCheck } from '../helpers/pdfTools';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '../../src/model/validate';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const cutLines = (page: { items: { elementId: string; prims: { t: string; dash?: number[] }[] }[] }) =>
  page.items.filter((i) => i.elementId.startsWith('cut-')).flatMap((i) => i.prims.filter((p) => p.dash));

describe('card sheets', () => {
  it('takes the cards in reading order', () => {
    const doc = bailCard();
    expect(cardsOf(doc).map((c) => c.caption)).toEqual(['See the police on Friday', 'Stay at home after 7 pm', 'Go to court on Monday']);
  });

  it('prints the steps of a grid as cards too: the bail card template as wallet cards (issue 18, first ten minutes)', async () => {
    const doc = parseDocument(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'templates', 'bail-card.json'), 'utf8')));
    await s.scene(doc);
    const scene = layoutCardSheets(doc, s.deps, { kind: 'wallet' });
    const captions = scene.pages.flatMap((p) => p.items.filter((i) => !i.elementId.startsWith('cut-')));
    expect(captions).toHaveLength(6);
    for (const p of scene.pages) for (const it of p.items) expect(it.overflow).toBe(false);
    const text = pdfText(await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate })).replace(/\s+/g, ' ');
    for (const t of ['Be at home from 7 pm to 7 am.', 'Do not contact the witnesses.', 'Wear my tag.']) expect(text).toContain(t);
  });

  it.each([2, 4, 6, 8, 12] as const)('puts %i cards on each A4 sheet, with a dashed cut line round each', async (n) => {
    const doc = gridDoc(3, 9, ['1F46E', '1F3E0']); // 27 cards
    await s.scene(doc);
    const scene = layoutCardSheets(doc, s.deps, { kind: 'grid', perSheet: n });
    expect(scene.pages).toHaveLength(Math.ceil(27 / n));
    expect(scene.pages[0].items.filter((i) => !i.elementId.startsWith('cut-'))).toHaveLength(n);
    expect(cutLines(scene.pages[0])).toHaveLength(n);
    expect(scene.pages[0].width).toBeCloseTo(210 * PT_PER_MM, 3);
    for (const p of scene.pages) for (const it of p.items) expect(it.overflow).toBe(false);
  });

  it('makes wallet cards 85 × 55 mm', async () => {
    const doc = gridDoc(1, 7, ['1F46E']);
    await s.scene(doc);
    const scene = layoutCardSheets(doc, s.deps, { kind: 'wallet' });
    const [cut] = cutLines(scene.pages[0]) as unknown as { w: number; h: number }[];
    expect(cut.w / PT_PER_MM).toBeCloseTo(85, 3);
    expect(cut.h / PT_PER_MM).toBeCloseTo(55, 3);
  });

  it('prints, with the name and date on the footer', async () => {
    const doc = bailCard();
    const footerNote = footerNoteOf('Sam', new Date('2026-11-26T12:00:00Z'), 'en-GB');
    expect(footerNote).toBe('Sam · 26 November 2026');
    const scene = await s.scene(doc, { sheet: { kind: 'grid', perSheet: 4 }, footerNote });
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('See the police on Friday');
    expect(text).toContain('Sam · 26 November 2026 · Symbols: OpenMoji');
  });
});

describe('attribution of imported packs', () => {
  it('names every set a document uses in the footer', async () => {
    const { footerText } = await import('../../src/layout/layout');
    const { createDocument, createSymbolCard } = await import('../../src/model/factory');
    const doc = { ...createDocument('x'), pages: [{ id: 'p', elements: [createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'a', 0, 0), createSymbolCard({ set: 'pack-mulberry', id: 'bus' }, 'b', 60, 0)] }] };
    const deps = { ...s.deps, attribution: (id: string) => (id === 'pack-mulberry' ? 'Mulberry Symbols, CC BY-SA 2.0 UK' : s.deps.attribution(id)) };
    expect(footerText(doc, deps)).toBe('Symbols: OpenMoji (openmoji.org), CC BY-SA 4.0 · Mulberry Symbols, CC BY-SA 2.0 UK');
  });
});
