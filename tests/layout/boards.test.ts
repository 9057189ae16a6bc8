import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { readBoardSet } from '../../src/storage/obf';
import { documentFromBoardSet } from '../../src/model/boardDocument';
import { updateItem } from '../../src/model/containers';
import { readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import type { Container, SignpostDocument } from '../../src/model/schema';
import type { ScenePage, TextPrim } from '../../src/layout/scene';
import { resolveStyle } from '../../src/profile/resolve';
import { boardSetObz, diagonalSpec, obfOf, pagesOf, sixColumnSpec } from '../helpers/obfFixtures';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const gridOf = (doc: SignpostDocument, page = 0) => doc.pages[page].elements.find((e): e is Container => e.type === 'container')!;
const texts = (p: ScenePage) => p.items.flatMap((it) => it.prims.filter((x): x is TextPrim => x.t === 'text').map((x) => ({ ...x, x: x.x + it.x, y: x.y + it.y })));
const at = (p: ScenePage, text: string) => texts(p).find((t) => t.text === text)!;

describe('board sets as documents', () => {
  it('opens every board as a page, each linked button leading to its board’s page', () => {
    const { doc, dropped } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    expect(dropped).toBe(0);
    expect(doc.title).toBe('Home');
    expect(doc.pages).toHaveLength(3);
    const [home, food, feelings] = doc.pages.map((_, i) => gridOf(doc, i));
    expect(home.items[0].link).toBe(doc.pages[1].id);
    expect(home.items[1].link).toBe(doc.pages[2].id);
    expect(food.items[2].link).toBe(doc.pages[0].id);
    expect(feelings.items[2].link).toBe(doc.pages[0].id);
    expect(home.items.filter((i) => i.link)).toHaveLength(2);
  });

  it('keeps colours, vocalisations, empty places and links through saving and opening again', () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    const again = readSignpostFile(writeSignpostFile(doc));
    const home = gridOf(again);
    expect(home.keepColumns).toBe(true);
    expect(home.items[0]).toMatchObject({ caption: 'Food', color: '#ffecb3', borderColor: '#e65100', link: again.pages[1].id });
    expect(home.items[2]).toMatchObject({ gap: true, caption: '' });
    expect(home.items[3]).toMatchObject({ caption: 'yes', spoken: 'Yes please' });
  });

  it('lays a 2 × 2 diagonal out as a diagonal', async () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(obfOf(diagonalSpec()))));
    const page = (await s.scene(doc)).pages[0];
    const a = at(page, 'top left');
    const b = at(page, 'bottom right');
    expect(b.x).toBeGreaterThan(a.x + 100);
    expect(b.y).toBeGreaterThan(a.y + 50);
    // the empty places draw nothing: one frame per button
    const frames = page.items.flatMap((it) => it.prims.filter((p) => p.t === 'rect'));
    expect(frames).toHaveLength(2);
    // an empty place given words is a button again
    const grid = gridOf(doc);
    const filled = updateItem(doc, doc.pages[0].id, grid.id, grid.items[1].id, { caption: 'top right' });
    const again = (await s.scene(filled)).pages[0];
    expect(at(again, 'top right').x).toBeGreaterThan(at(again, 'top left').x + 100);
    expect(again.items.flatMap((it) => it.prims.filter((p) => p.t === 'rect'))).toHaveLength(3);
  });

  it('keeps six columns, at the default text size and at a large one', async () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(obfOf(sixColumnSpec()))));
    for (const profile of [null, { captionSize: 24 }]) {
      const style = profile ? { ...resolveStyle(null), ...profile } : resolveStyle(null);
      const { layoutDocument } = await import('../../src/layout/layout');
      const page = layoutDocument(doc, s.deps, style).pages[0];
      const xs = ['r1c1', 'r1c2', 'r1c3', 'r1c4', 'r1c5', 'r1c6'].map((t) => at(page, t).x);
      expect(xs.every((x, i) => i === 0 || x > xs[i - 1])).toBe(true);
      expect(at(page, 'r2c1').y).toBeGreaterThan(at(page, 'r1c1').y);
    }
  });

  it('draws button colours and border colours', async () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    const page = (await s.scene(doc)).pages[0];
    const rects = page.items.flatMap((it) => it.prims.filter((p) => p.t === 'rect'));
    expect(rects).toContainEqual(expect.objectContaining({ fill: '#ffecb3', stroke: '#e65100' }));
    expect(rects).toContainEqual(expect.objectContaining({ fill: '#e3f2fd', stroke: '#333333' }));
    expect(rects).toContainEqual(expect.objectContaining({ fill: '#bfdfbf' }));
  });

  it('prints the page a linked button leads to under its caption, and marks the button as a link', async () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    const scene = await s.scene(doc);
    const home = scene.pages[0];
    const food = at(home, 'Food');
    const ref = texts(home).find((t) => t.text === '2' && Math.abs(t.x - food.x) < 60 && t.y > food.y)!;
    expect(ref).toBeDefined();
    // in the same button, under its words
    expect(ref.y - food.y).toBeLessThan(120);
    expect(texts(home).some((t) => t.text === '3')).toBe(true);
    // no reference on buttons that lead nowhere
    expect(texts(home).filter((t) => /^\d+$/.test(t.text))).toHaveLength(2);
    const links = home.items.flatMap((it) => it.links ?? []);
    expect(links.map((l) => l.pageId)).toEqual([doc.pages[1].id, doc.pages[2].id]);
    expect(scene.pages[1].items.flatMap((it) => it.links ?? []).map((l) => l.pageId)).toEqual([doc.pages[0].id]);
  });
});
