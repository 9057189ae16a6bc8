/**
 * Duplicate ids are repaired on open (issue 19, item 7): two elements with one id were
 * deleted together, and two pages with one id made "Delete page" throw.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/model/validate';
import { repairIds } from '../../src/model/repair';
import { removeElements, removePage } from '../../src/model/operations';
import { newItem } from '../../src/model/containers';
import type { Container, SignpostDocument } from '../../src/model/schema';
import { Editor } from '../../src/editor/editor';
import { deletePage, runCommand } from '../../src/editor/commands';
import { docWithCards } from '../helpers/docs';

/** A document whose two cards share one id, on two pages that share one id. */
function clashing(): SignpostDocument {
  const doc = docWithCards(2);
  const [a, b] = doc.pages[0].elements;
  const page = { id: 'same', elements: [a, { ...b, id: a.id }] };
  return JSON.parse(JSON.stringify({ ...doc, pages: [page, { ...page }] }));
}

describe('repairIds', () => {
  it('gives fresh ids on open, so one card is deleted alone (negative control: unrepaired, both go)', () => {
    const raw = clashing();
    const id = raw.pages[0].elements[0].id;
    expect(removeElements(raw, 'same', [id]).pages[0].elements).toHaveLength(0);
    const doc = parseDocument(raw);
    const ids = doc.pages.flatMap((p) => p.elements.map((e) => e.id));
    expect(new Set(ids).size).toBe(4);
    expect(removeElements(doc, doc.pages[0].id, [id]).pages[0].elements).toHaveLength(1);
  });

  it('lets "Delete page" delete one of two pages that shared an id', () => {
    const doc = parseDocument(clashing());
    expect(new Set(doc.pages.map((p) => p.id)).size).toBe(2);
    const ed = new Editor(doc);
    expect(() => runCommand(ed, deletePage, { pageId: doc.pages[1].id })).not.toThrow();
    expect(ed.doc.pages).toHaveLength(1);
    expect(removePage(clashing(), 'same').pages).toHaveLength(0); // the old failure: both removed
  });

  it('repairs items of a container and returns the same document when nothing clashes', () => {
    const doc = docWithCards(1);
    expect(repairIds(doc)).toBe(doc);
    const it1 = newItem(null, 'a');
    const c = { ...doc.pages[0].elements[0], type: 'container', kind: 'grid', direction: 'horizontal', columns: 2, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items: [it1, { ...it1 }] } as unknown as Container;
    const fixed = repairIds({ ...doc, pages: [{ ...doc.pages[0], elements: [c] }] });
    const items = (fixed.pages[0].elements[0] as Container).items;
    expect(items[0].id).not.toBe(items[1].id);
  });
});
