/** Small documents for tests. */
import { createDocument, createSymbolCard, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import type { SignpostDocument } from '../../src/model/schema';

export function docWithCards(n: number): SignpostDocument {
  const doc = createDocument('Test', new Date('2026-01-01T00:00:00Z'));
  const cards = Array.from({ length: n }, (_, i) => createSymbolCard({ set: 'openmoji', id: '1F46E' }, `card ${i}`, 10 + i * 10, 10));
  return addElements(doc, doc.pages[0].id, cards);
}

export function docWithText(text: string): SignpostDocument {
  const doc = createDocument('Text', new Date('2026-01-01T00:00:00Z'));
  return addElements(doc, doc.pages[0].id, [createTextBox(text, 20, 20)]);
}
