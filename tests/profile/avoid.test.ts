/**
 * Words and symbols to avoid are found in every kind of element a young person reads: a text
 * box, a symbol card, symbol text (its words and the pictures it shows), and the steps and
 * cells of containers (issue 15's first bug).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { avoidWarningsAsDrawn } from '../../src/layout/checks';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import type { Container, Element, SignpostDocument } from '../../src/model/schema';
import type { Profile } from '../../src/model/profile';
import { fluent } from '../helpers/profiles';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
  await s.scene(createDocument('warm up'));
});

// the court room: the picture the curated vocabulary shows for court (was OpenMoji's classical building)
const COURT = { set: 'signpost', id: 'court-room' };
const profile: Profile = { ...fluent(), avoid: [{ word: 'court', symbol: null, reason: 'Frightens her' }, { word: '', symbol: COURT, reason: 'The building' }] };

const container = (kind: Container['kind'], caption: string, symbol = COURT): Container =>
  ({ id: `c-${kind}`, type: 'container', kind, x: 10, y: 150, width: 180, height: 60, rotation: 0, direction: 'horizontal', columns: 3, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items: [{ id: 'i1', symbol, also: [], modifier: null, caption, background: null }] }) as unknown as Container;

function docWith(elements: Element[]): SignpostDocument {
  const d = createDocument('Avoid');
  return { ...d, pages: [{ ...d.pages[0], elements }] };
}

const avoidWarnings = (doc: SignpostDocument, p: Profile) => avoidWarningsAsDrawn(doc, p, s.deps);

describe('words and symbols to avoid', () => {
  it.each([
    ['a text box', { ...createTextBox('We go to court on Monday.', 10, 10), id: 'e' }, false],
    ['a symbol card', { ...createSymbolCard(COURT, 'Court', 10, 10), id: 'e' }, true],
    ['symbol text', { ...createSymbolText('You must go to court.', 10, 10), id: 'e' }, true],
    ['a sequence step', { ...container('sequence', 'Go to court'), id: 'e' }, true],
    ['a grid cell', { ...container('grid', 'Court'), id: 'e' }, true],
    ['a photo\'s description', { id: 'e', type: 'image', x: 10, y: 10, width: 40, height: 40, rotation: 0, assetId: 'none', crop: 'none', description: 'The court in town' }, false],
  ])('are found in %s: the word, and the symbol where it shows one', (_, element, hasSymbol) => {
    const w = avoidWarnings(docWith([element as Element]), profile);
    expect(w.some((x) => x.match === 'court' && x.elementId === 'e'), 'word').toBe(true);
    expect(w.some((x) => x.reason === 'The building' && x.elementId === 'e'), 'symbol').toBe(hasSymbol);
  });

  it('warn once per element, thing and reason (two court pictures in one card are one warning)', () => {
    const card = { ...createSymbolCard(COURT, 'Judge', 10, 10), id: 'e', also: [COURT] };
    const w = avoidWarnings(docWith([card as Element]), profile);
    expect(w.filter((x) => x.reason === 'The building')).toHaveLength(1);
  });

  it('find nothing where neither appears (negative control)', () => {
    const w = avoidWarnings(docWith([createTextBox('We go home.', 10, 10), container('sequence', 'Go home', { set: 'openmoji', id: '1F3E0' })]), profile);
    expect(w).toEqual([]);
  });
});
