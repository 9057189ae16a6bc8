/**
 * The editor's scene cache (issue 13): what it lays out for the canvas and for the pages a page
 * prints as is what the PDF prints (the same title heading, the same printed pages), and symbol
 * text that continues on further pages is marked where it breaks instead of as cut off.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { SceneCache } from '../../src/editor/sceneCache';
import { footerText, layoutDocument } from '../../src/layout/layout';
import { isTitleItem } from '../../src/layout/title';
import { resolveStyle } from '../../src/profile/resolve';
import { createDocument, createSymbolText } from '../../src/model/factory';
import type { Container, SignpostDocument } from '../../src/model/schema';
import type { LayoutStyle } from '../../src/layout/style';
import type { ScenePage } from '../../src/layout/scene';
import { BAIL_CONDITIONS } from '../helpers/sampleDocs';
import { emerging } from '../helpers/profiles';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

/** Nine steps in one sequence, under a title that prints. */
function routine(): SignpostDocument {
  const d = createDocument('My routine', new Date('2026-01-01T00:00:00Z'));
  const ids = ['1F6BF', '1FAA5', '1F455', '1F963', '1F392', '1F68C', '1F3EB', '1F3E0', '1F6CF'];
  const steps: Container = {
    id: 'steps', type: 'container', kind: 'sequence', x: 12, y: 30, width: 186, height: 240, rotation: 0, direction: 'horizontal', columns: 3,
    numbered: true, arrows: false, ticks: false, marker: null, markerLabel: '',
    items: ids.map((id, i) => ({ id: `i${i}`, symbol: { set: 'openmoji', id }, also: [], modifier: null, caption: `Step ${i + 1}`, color: null })),
  };
  return { ...d, titleHeading: true, pages: [{ id: 'p1', elements: [steps] }] };
}

/** Long Easy Read text in a box that holds about a third of it. */
function longRows(height = 120): SignpostDocument {
  const d = createDocument('Bail', new Date('2026-01-01T00:00:00Z'));
  return { ...d, pages: [{ id: 'p1', elements: [{ ...createSymbolText(BAIL_CONDITIONS, 12, 20, 'easy-read'), id: 'rows', width: 186, height }] }] };
}

async function prepared(doc: SignpostDocument, style: LayoutStyle): Promise<SceneCache> {
  await s.env.prepare(doc, style);
  return new SceneCache(s.deps);
}

const figures = (p: ScenePage) => p.items.flatMap((i) => i.parts).filter((p) => p.role === 'figure').length;

describe('SceneCache', () => {
  it('shows the printed pages of a split page exactly as the PDF lays them out: nine steps at four a page, 3, 3, 3', async () => {
    const doc = routine();
    const style = resolveStyle(emerging());
    const cache = await prepared(doc, style);
    const printed = cache.printedScenes(doc, doc.pages[0], style, footerText(doc, s.deps, {}, style));
    expect(printed.map(figures)).toEqual([3, 3, 3]);
    expect(printed).toEqual(layoutDocument(doc, s.deps, style).pages);
    expect(cache.printedPages(doc, doc.pages[0], style)).toBe(3);
  });

  it('draws the title heading on the canvas as it prints, first in reading order', async () => {
    const doc = routine();
    const style = resolveStyle(null);
    const cache = await prepared(doc, style);
    const canvas = cache.page(doc, doc.pages[0], style, '');
    const print = layoutDocument(doc, s.deps, style).pages[0];
    expect(canvas.items.find(isTitleItem)).toEqual(print.items.find(isTitleItem));
    expect(canvas.items.map((i) => i.order)).toEqual([0, 1]);
  });

  it('marks each place long symbol text continues on a further page, not as cut off', async () => {
    const doc = longRows();
    const style = resolveStyle(null);
    const cache = await prepared(doc, style);
    const item = cache.page(doc, doc.pages[0], style, '').items[0];
    const pages = layoutDocument(doc, s.deps, style).pages;
    expect(pages.length).toBeGreaterThan(2);
    expect(item.breaks).toHaveLength(pages.length - 1);
    expect(item.overflow).toBe(false);
    // the first break is inside the box, the next ones further down, in order
    const h = (120 * 72) / 25.4;
    expect(item.breaks![0]).toBeLessThanOrEqual(h);
    expect([...item.breaks!].sort((a, b) => a - b)).toEqual(item.breaks);
    // what the first printed page holds ends where the first mark is drawn
    const firstPart = pages[0].items[0];
    const lastRowBottom = Math.max(...firstPart.prims.map((p) => (p.t === 'text' ? p.y : p.t === 'symbol' ? p.y + p.h : 0)));
    expect(item.breaks![0]).toBeGreaterThan(lastRowBottom);
  });

  it('keeps the red mark when a part would still print cut off (a box lower than one row)', async () => {
    const doc = longRows(12);
    const style = resolveStyle(null);
    const cache = await prepared(doc, style);
    const item = cache.page(doc, doc.pages[0], style, '').items[0];
    expect(item.overflow).toBe(true);
    expect(item.breaks).toBeUndefined();
  });
});

describe('the scene cache keeps what did not change', () => {
  it('gives the canvas the same item objects when only the title changes, so nothing is redrawn', async () => {
    const d = routine();
    const doc = { ...d, titleHeading: false, pages: [{ id: 'p1', elements: [...d.pages[0].elements, { ...createSymbolText('You must be home by 7pm.', 12, 200, 'above'), id: 't' }] }] };
    await s.scene(doc);
    const cache = new SceneCache(s.deps);
    const style = resolveStyle(null);
    const before = cache.page(doc, doc.pages[0], style, 'footer');
    const renamed = { ...doc, title: 'My routine, Sam' };
    const after = cache.page(renamed, renamed.pages[0], style, 'footer');
    // the reading order puts both items after place 0: each was copied at every call before
    expect(after.items.length).toBe(2);
    after.items.forEach((item, i) => expect(item).toBe(before.items[i]));
  });
});
