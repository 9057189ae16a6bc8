/** Realistic documents for print tests. */
import { createDocument, createLine, createShape, createSymbolCard, createTextBox } from '../../src/model/factory';
import { addElements, addPage } from '../../src/model/operations';
import type { SignpostDocument } from '../../src/model/schema';

/** A one-page bail card with a heading, three captioned symbols, an arrow, shapes and accented text. */
export function bailCard(): SignpostDocument {
  let doc = createDocument('My bail conditions', new Date('2026-01-01T00:00:00Z'));
  const p = doc.pages[0].id;
  const heading = { ...createTextBox('My bail conditions', 12, 12), fontSize: 28, bold: true, width: 186, height: 16 };
  doc = addElements(doc, p, [
    heading,
    createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'See the police on Friday', 12, 40),
    createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'Stay at home after 7 pm', 80, 40),
    createSymbolCard({ set: 'openmoji', id: '1F9D1-200D-2696-FE0F' }, 'Go to court on Monday', 148, 40),
    { ...createLine(64, 70), dx: 14 },
    { ...createShape('ellipse', 20, 130), fill: '#fff4c2' },
    createShape('rect', 100, 130),
    { ...createTextBox('Dw i’n byw yma. Ŵ ŷ — mieszkam tutaj: ł ż ś. Aș ț.', 12, 190), width: 186, height: 30 },
  ]);
  return doc;
}

/** `pages` A4 pages of `perPage` captioned symbols each, drawn from `ids` in turn. */
export function gridDoc(pages: number, perPage: number, ids: string[]): SignpostDocument {
  let doc = createDocument('Grid', new Date('2026-01-01T00:00:00Z'));
  doc = { ...doc, pages: [] as SignpostDocument['pages'] } as SignpostDocument;
  let n = 0;
  for (let i = 0; i < pages; i++) {
    doc = addPage(doc, doc.pages.length);
    const pid = doc.pages[doc.pages.length - 1].id;
    const cards = Array.from({ length: perPage }, (_, k) =>
      createSymbolCard({ set: 'openmoji', id: ids[n++ % ids.length] }, `Step ${k + 1}`, 12 + (k % 3) * 62, 12 + Math.floor(k / 3) * 68, 55),
    );
    doc = addElements(doc, pid, cards);
  }
  return doc;
}
