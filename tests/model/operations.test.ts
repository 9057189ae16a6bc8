import { describe, expect, it } from 'vitest';
import { addPage, cloneElements, duplicatePage, moveElements, movePage, removeElements, removePage, restack, setTitle, updateElements } from '../../src/model/operations';
import { DocumentSchema } from '../../src/model/schema';
import { docWithCards } from '../helpers/docs';

describe('model operations', () => {
  it('returns the same document when nothing changes', () => {
    const doc = docWithCards(2);
    const pid = doc.pages[0].id;
    const id = doc.pages[0].elements[0].id;
    expect(setTitle(doc, doc.title)).toBe(doc);
    expect(moveElements(doc, pid, [id], 0, 0)).toBe(doc);
    expect(updateElements(doc, pid, { [id]: { caption: 'card 0' } })).toBe(doc);
    expect(removeElements(doc, pid, ['nope'])).toBe(doc);
    expect(removePage(doc, pid)).toBe(doc); // the last page stays
  });

  it('moves only the named elements and leaves the input untouched', () => {
    const doc = docWithCards(3);
    const pid = doc.pages[0].id;
    const [a, b, c] = doc.pages[0].elements;
    const next = moveElements(doc, pid, [a.id, c.id], 5, -2);
    expect(next.pages[0].elements.map((e) => [e.x, e.y])).toEqual([
      [a.x + 5, a.y - 2],
      [b.x, b.y],
      [c.x + 5, c.y - 2],
    ]);
    expect(next.pages[0].elements[1]).toBe(b);
    expect(doc.pages[0].elements[0].x).toBe(a.x);
  });

  it('restacks forward, backward, front and back', () => {
    const doc = docWithCards(4);
    const pid = doc.pages[0].id;
    const ids = doc.pages[0].elements.map((e) => e.id);
    const order = (d: typeof doc) => d.pages[0].elements.map((e) => ids.indexOf(e.id));
    expect(order(restack(doc, pid, [ids[1]], 'forward'))).toEqual([0, 2, 1, 3]);
    expect(order(restack(doc, pid, [ids[1]], 'backward'))).toEqual([1, 0, 2, 3]);
    expect(order(restack(doc, pid, [ids[0], ids[2]], 'front'))).toEqual([1, 3, 0, 2]);
    expect(order(restack(doc, pid, [ids[3]], 'back'))).toEqual([3, 0, 1, 2]);
    expect(restack(doc, pid, [ids[3]], 'forward')).toBe(doc);
  });

  it('adds, duplicates, moves and removes pages', () => {
    let doc = docWithCards(2);
    const first = doc.pages[0].id;
    doc = duplicatePage(doc, first);
    expect(doc.pages).toHaveLength(2);
    expect(doc.pages[1].elements.map((e) => e.id)).not.toEqual(doc.pages[0].elements.map((e) => e.id));
    expect(doc.pages[1].elements.map((e) => (e.type === 'symbol' ? e.caption : ''))).toEqual(['card 0', 'card 1']);
    doc = addPage(doc, 0);
    expect(doc.pages[1].id).toBe(first);
    doc = movePage(doc, first, 0);
    expect(doc.pages[0].id).toBe(first);
    doc = removePage(doc, first);
    expect(doc.pages.map((p) => p.id)).not.toContain(first);
    expect(DocumentSchema.safeParse(doc).success).toBe(true);
  });

  it('clones with new ids and an offset', () => {
    const doc = docWithCards(1);
    const [e] = doc.pages[0].elements;
    const [copy] = cloneElements([e], 5, 5);
    expect(copy.id).not.toBe(e.id);
    expect([copy.x, copy.y]).toEqual([e.x + 5, e.y + 5]);
  });
});
