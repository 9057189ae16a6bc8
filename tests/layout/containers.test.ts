import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { containerCapacity } from '../../src/layout/containers';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { resolveStyle } from '../../src/profile/resolve';
import { createDocument, createTextBox } from '../../src/model/factory';
import { addItem, moveItem, newItem, removeItem } from '../../src/model/containers';
import type { Container, SignpostDocument } from '../../src/model/schema';
import type { Scene, TextPrim } from '../../src/layout/scene';
import { emerging } from '../helpers/profiles';
import { Editor } from '../../src/editor/editor';
import { containerAt } from '../../src/editor/containerDrop';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const IDS = ['1F46E', '1F3E0', '1F3EB', '1F68C', '1F6CF', '1F600', '1F4DA', '1F3E5', '1F355', '1F4F1'];
function seqDoc(n: number, extra: Partial<Container> = {}): SignpostDocument {
  const c: Container = {
    id: 'seq', type: 'container', kind: 'sequence', x: 12, y: 36, width: 186, height: 70, rotation: 0, direction: 'horizontal', columns: 5,
    numbered: true, arrows: true, ticks: false, marker: null, markerLabel: '',
    items: Array.from({ length: n }, (_, i) => ({ ...newItem({ set: 'openmoji', id: IDS[i % IDS.length] }, `Step ${i + 1}`), id: `i${i}` })), ...extra,
  };
  const d = createDocument('Steps');
  return { ...d, pages: [{ id: 'p', elements: [{ ...createTextBox('My steps', 12, 12), id: 'h' }, c] }] };
}
const stepCaptions = (scene: Scene, page = 0) =>
  scene.pages[page].items.flatMap((i) => i.prims.filter((p): p is TextPrim => p.t === 'text' && p.text.startsWith('Step'))).map((t) => t.text);
const numbers = (scene: Scene, page = 0) =>
  scene.pages[page].items.flatMap((i) => i.prims.filter((p): p is TextPrim => p.t === 'text' && /^\d+$/.test(p.text))).map((t) => t.text);

describe('sequence', () => {
  it('places steps in order with numbers and arrows', async () => {
    const scene = await s.scene(seqDoc(4));
    expect(stepCaptions(scene)).toEqual(['Step 1', 'Step 2', 'Step 3', 'Step 4']);
    expect(numbers(scene)).toEqual(['1', '2', '3', '4']);
    const arrows = scene.pages[0].items.flatMap((i) => i.prims.filter((p) => p.t === 'poly'));
    expect(arrows).toHaveLength(3);
  });

  it('reflows when a step is added, removed or moved', async () => {
    let doc = seqDoc(3);
    doc = addItem(doc, 'p', 'seq', { ...newItem(null, 'Step new'), id: 'new' }, 1);
    let scene = await s.scene(doc);
    expect(stepCaptions(scene)).toEqual(['Step 1', 'Step new', 'Step 2', 'Step 3']);
    doc = moveItem(doc, 'p', 'seq', 'new', 2);
    doc = removeItem(doc, 'p', 'seq', 'i0');
    scene = await s.scene(doc);
    expect(stepCaptions(scene)).toEqual(['Step 2', 'Step 3', 'Step new']);
    expect(removeItem(doc, 'p', 'seq', 'nope')).toBe(doc);
  });

  it('continues on the next page when it is too long, numbering carried on and the heading repeated', async () => {
    const doc = seqDoc(12); // one row fits in 70 mm
    const cap = containerCapacity(doc.pages[0].elements[1] as Container, DEFAULT_STYLE);
    expect(cap).toBeGreaterThanOrEqual(3);
    expect(cap).toBeLessThan(12);
    const scene = await s.scene(doc);
    expect(scene.pages).toHaveLength(Math.ceil(12 / cap));
    expect(numbers(scene, 1)).toEqual(Array.from({ length: cap }, (_, i) => String(cap + i + 1)));
    for (const p of scene.pages) expect(p.items.some((i) => i.prims.some((x) => x.t === 'text' && x.text === 'My steps'))).toBe(true);
  });

  it('keeps within the profile: bigger text, fewer to a row, and at most its items per page', async () => {
    const doc = seqDoc(8, { height: 200 });
    const c = doc.pages[0].elements[1] as Container;
    expect(containerCapacity(c, DEFAULT_STYLE)).toBeGreaterThan(containerCapacity(c, resolveStyle(emerging())));
    const scene = await s.scene(doc, { profile: emerging() }); // four a page
    expect(scene.pages.map((_, i) => numbers(scene, i).length)).toEqual([4, 4]);
    for (const p of scene.pages) for (const it of p.items) expect(it.overflow).toBe(false);
  });
});

describe('grid, timeline and scale', () => {
  it('lays a grid out in rows of its columns', async () => {
    const doc = seqDoc(6, { kind: 'grid', columns: 3, height: 150, numbered: false, arrows: false });
    const scene = await s.scene(doc);
    const ys = [...new Set(scene.pages[0].items.flatMap((i) => i.prims.filter((p): p is TextPrim => p.t === 'text' && p.text.startsWith('Step')).map((t) => Math.round(t.y))))];
    expect(ys).toHaveLength(2);
  });

  it('marks "you are here" on a timeline', async () => {
    const doc = seqDoc(5, { kind: 'timeline', marker: 2, markerLabel: 'I am here', numbered: false, arrows: false, height: 90 });
    const scene = await s.scene(doc);
    const prims = scene.pages[0].items.flatMap((i) => i.prims);
    expect(prims.some((p) => p.t === 'text' && p.text === 'I am here')).toBe(true);
    expect(prims.filter((p) => p.t === 'ellipse')).toHaveLength(6); // five dots, one red over the marked one
  });

  it('colours each point of a scale and numbers it', async () => {
    const doc = seqDoc(5, { kind: 'scale', numbered: false, arrows: false });
    const c = doc.pages[0].elements[1] as Container;
    c.items.forEach((it, i) => (it.color = ['#c8e6c9', '#e6f4c8', '#fff6c2', '#ffe0b2', '#ffcdd2'][i]));
    const scene = await s.scene(doc);
    const fills = scene.pages[0].items.flatMap((i) => i.prims.filter((p) => p.t === 'rect').map((p) => (p.t === 'rect' ? p.fill : null)));
    expect(fills).toEqual(expect.arrayContaining(['#c8e6c9', '#ffcdd2']));
    expect(numbers(scene)).toEqual(['1', '2', '3', '4', '5']);
  });
});

describe('dropping a symbol on a container', () => {
  it('finds the container and the place among its items', () => {
    const ed = new Editor(seqDoc(4));
    expect(containerAt(ed, 14, 60)).toMatchObject({ index: 0 });
    expect(containerAt(ed, 195, 60)).toMatchObject({ index: 4 });
    expect(containerAt(ed, 100, 200)).toBeNull();
  });
});

