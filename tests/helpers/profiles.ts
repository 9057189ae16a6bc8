/** Contrasting profiles and a 3 × 3 document for profile tests. */
import { createProfile, type Profile } from '../../src/model/profile';
import { createDocument, createLine, createSymbolCard, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import type { SignpostDocument } from '../../src/model/schema';

/** A 1 × 1 PNG. */
export const TINY_PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==';

export const CAPTIONS = ['Police', 'Court', 'Judge', 'Home', 'School', 'Bus', 'Doctor', 'Family time', 'Bed'];
const IDS = ['1F46E', '1F3DB', '1F9D1-200D-2696-FE0F', '1F3E0', '1F3EB', '1F68C', '1F9D1-200D-2695-FE0F', '1F46A', '1F6CF'];

export function nineCards(): SignpostDocument {
  let doc = createDocument('My week', new Date('2026-01-01T00:00:00Z'));
  const heading = { ...createTextBox('My week', 12, 12), fontSize: 24, bold: true, width: 186, height: 14 };
  const cards = CAPTIONS.map((c, i) => createSymbolCard({ set: 'openmoji', id: IDS[i] }, c, 12 + (i % 3) * 64, 34 + Math.floor(i / 3) * 80, 56));
  const arrow = { ...createLine(69, 70), dx: 6 }; // between card 1 and card 2
  doc = addElements(doc, doc.pages[0].id, [heading, ...cards, arrow]);
  return doc;
}

/** Emerging reader: Lexend, large, four to a page, cream paper, outline symbols. */
export function emerging(): Profile {
  return { ...createProfile('Ash', 'emerging'), font: 'lexend', tint: 'cream', symbolStyle: 'black' };
}

/** Fluent reader: the defaults. */
export function fluent(): Profile {
  return createProfile('Bea', 'fluent');
}

/** High contrast, OpenDyslexic, captions above, six to a page. */
export function highContrast(): Profile {
  return { ...createProfile('Cal', 'developing'), font: 'opendyslexic', highContrast: true, captionPosition: 'above', maxItemsPerPage: 6, textSize: 18 };
}
