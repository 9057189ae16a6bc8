/** Realistic documents for print tests. */
import { createDocument, createLine, createShape, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
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

/** Issue 13's bail conditions as Easy Read (a row per sentence), under a heading. */
export const BAIL_CONDITIONS =
  "You have been given bail. Bail means you can wait at home until your court date, if you keep to the rules. You must live at your nan's flat. You must stay inside from 9 o'clock at night until 6 o'clock in the morning. This is called a curfew. You must not go to Hilltop Park. You must not contact Tyler in any way, not even online. You must go to Riverside police station every Friday at 5 o'clock and sign the book. If you break a rule, the police can arrest you and take you back to court. You must be at the youth court on Wednesday 3 June at 10 o'clock.";

/** The bail conditions as an Easy Read document: a heading, then the rows (two A4 pages in print). */
export function bailEasyRead(text = BAIL_CONDITIONS, language = 'en-GB'): SignpostDocument {
  const d = { ...createDocument(language.startsWith('ur') ? 'میری ضمانت کی شرائط' : 'My bail conditions', new Date('2026-01-01T00:00:00Z')), language };
  const heading = { ...createTextBox(d.title, 12, 12), id: 'heading', fontSize: 28, bold: true, width: 186, height: 16 };
  return { ...d, pages: [{ id: 'p', elements: [heading, { ...createSymbolText(text, 12, 32, 'easy-read'), id: 'rows', width: 186, height: 250 }] }] };
}
