/**
 * A line's runs are placed once, in layout (issue 15): each run's text, direction, left end
 * and width, in visual order, edge to edge, adding up to the width the line was broken with.
 * The renderers draw these and neither reorder nor measure.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { createDocument, createSymbolCard, createTextBox } from '../../src/model/factory';
import { layoutElement, styleForDocument } from '../../src/layout/layout';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { fontForText } from '../../src/layout/fontMetrics';
import { newItem } from '../../src/model/containers';
import type { Container, SignpostDocument } from '../../src/model/schema';
import type { TextPrim } from '../../src/layout/scene';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const MIXED = 'آپ کو Friday کو 5 بجے آنا ہے';
const URDU = 'پیر کو عدالت جائیں';

/** Each line of a right-aligned Urdu text box, wide enough for each paragraph to be one line. */
function lines(): { prims: TextPrim[]; width: number } {
  const box = { ...createTextBox(`${MIXED}\n${URDU}`, 0, 0), width: 150, height: 40, align: 'right' as const };
  const doc: SignpostDocument = { ...createDocument('t'), language: 'ur', pages: [{ id: 'p', elements: [box] }] };
  const item = layoutElement(box, styleForDocument(doc, DEFAULT_STYLE), s.deps);
  return { prims: item.prims.filter((p): p is TextPrim => p.t === 'text'), width: item.width };
}

/** The runs of a line are edge to edge from its left end, and as wide together as the line was measured. */
function expectPlaced(line: TextPrim): void {
  const runs = line.runs!;
  expect(runs.length).toBeGreaterThan(0);
  expect(runs[0].x).toBe(line.x);
  for (let i = 1; i < runs.length; i++) expect(runs[i].x).toBeCloseTo(runs[i - 1].x + runs[i - 1].w, 9);
  const measured = s.measurer.width(line.text, line.font, line.size);
  expect(runs.reduce((sum, r) => sum + r.w, 0)).toBeCloseTo(measured, 9);
  // the runs hold every character of the line, once
  expect(runs.map((r) => r.text).join('').length).toBe(line.text.length);
}

describe('text runs placed by layout', () => {
  it('places a mixed Urdu and English line run by run, in visual order, edge to edge', () => {
    const { prims, width } = lines();
    const mixed = prims.find((p) => p.text === MIXED)!;
    expectPlaced(mixed);
    // left to right on the page: the end of the sentence first, the English word and the time in their places
    expect(mixed.runs!.map((r) => [r.text.trim(), r.rtl, r.font])).toEqual([
      ['بجے آنا ہے', true, 'naskh'],
      ['5', false, 'atkinson'],
      ['کو', true, 'naskh'],
      ['Friday', false, 'atkinson'],
      ['آپ کو', true, 'naskh'],
    ]);
    // each run as wide as its own text in its own font (what the line was broken with)
    for (const r of mixed.runs!) expect(r.w).toBeCloseTo(s.measurer.width(r.text, r.font, mixed.size), 9);
    // right-aligned: the line's last run ends at the box's right edge
    const last = mixed.runs!.at(-1)!;
    expect(last.x + last.w).toBeCloseTo(width, 6);
  });

  it('places a line all in Urdu as one right-to-left run, as wide as the line', () => {
    const { prims, width } = lines();
    const urdu = prims.find((p) => p.text === URDU)!;
    expectPlaced(urdu);
    expect(urdu.runs).toEqual([{ text: URDU, font: 'naskh', rtl: true, x: urdu.x, w: s.measurer.width(URDU, fontForText(URDU, 'atkinson'), urdu.size) }]);
    expect(urdu.x + urdu.runs![0].w).toBeCloseTo(width, 6);
  });

  it('leaves a plain English line without runs', () => {
    const card = { ...createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'See the police', 0, 0), width: 60, height: 60 };
    const prims = layoutElement(card, DEFAULT_STYLE, s.deps).prims.filter((p): p is TextPrim => p.t === 'text');
    expect(prims.length).toBeGreaterThan(0);
    for (const p of prims) expect(p.runs).toBeUndefined();
  });

  it('moves a placed line’s runs with it: an Urdu weekday drawn inside a sequence step', async () => {
    const c: Container = {
      id: 'seq', type: 'container', kind: 'sequence', x: 12, y: 30, width: 186, height: 70, rotation: 0, direction: 'horizontal', columns: 3,
      numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '',
      items: [{ ...newItem({ set: 'openmoji', id: '1F46E' }, 'پولیس'), id: 'a' }, { ...newItem({ set: 'openmoji', id: 'weekday:tue' }, 'منگل'), id: 'b' }],
    };
    const doc: SignpostDocument = { ...createDocument('t'), language: 'ur', pages: [{ id: 'p', elements: [c] }] };
    await s.scene(doc);
    const texts = layoutElement(c, styleForDocument(doc, DEFAULT_STYLE), s.deps).prims.filter((p): p is TextPrim => p.t === 'text');
    const inPicture = texts.filter((p) => p.inPicture);
    expect(inPicture.length).toBeGreaterThan(0);
    for (const p of texts) expectPlaced(p);
  });
});
