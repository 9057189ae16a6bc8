/**
 * Whatever the editor lets a user do is within the schema's limits (issue 19, item 2):
 * each edit that used to save a document that never reopened is held at its limit, and
 * the schema refuses what gets past (coordinates of 1e300 included).
 */
import { describe, expect, it } from 'vitest';
import { Editor } from '../../src/editor/editor';
import { editText } from '../../src/editor/text';
import { addPage, moveElements, setTitle, updateElements } from '../../src/model/operations';
import { addItem, newItem } from '../../src/model/containers';
import { documentProblem, parseDocument } from '../../src/model/validate';
import { LIMITS, type Container } from '../../src/model/schema';
import { createTextBox } from '../../src/model/factory';
import { documentFromBoardGrid } from '../../src/model/boardDocument';
import { docWithCards, docWithText } from '../helpers/docs';

const reopens = (d: unknown) => expect(documentProblem(JSON.parse(JSON.stringify(d)))).toBeNull();

describe('document limits', () => {
  it('holds a 250-character title at the limit (negative control: the raw title is refused)', () => {
    const doc = docWithCards(1);
    reopens(setTitle(doc, 'x'.repeat(250)));
    expect(setTitle(doc, 'x'.repeat(250)).title).toHaveLength(LIMITS.title);
    expect(documentProblem({ ...doc, title: 'x'.repeat(250) })).toMatch(/^title/);
  });

  it('cuts 10,001 characters of text and a 600-character caption typed on the canvas', () => {
    const ed = new Editor(docWithText('hi'));
    const id = ed.page.elements[0].id;
    editText(ed, id, 'a'.repeat(10_001));
    reopens(ed.doc);
    const ed2 = new Editor(docWithCards(1));
    editText(ed2, ed2.page.elements[0].id, 'b'.repeat(600));
    reopens(ed2.doc);
    expect(documentProblem(updateElements(ed2.doc, ed2.page.id, { [ed2.page.elements[0].id]: { caption: 'b'.repeat(600) } }))).toMatch(/caption/);
  });

  it('refuses text size 300 and symbol text size 200 in the schema (the input refuses them too)', () => {
    const doc = docWithText('hi');
    const id = doc.pages[0].elements[0].id;
    expect(documentProblem(updateElements(doc, doc.pages[0].id, { [id]: { fontSize: 300 } }))).toMatch(/fontSize/);
    reopens(updateElements(doc, doc.pages[0].id, { [id]: { fontSize: LIMITS.textFontSize.max } }));
  });

  it('checks a changed page again after the document was found valid, and names the page', () => {
    const doc = addPage(docWithText('hi'));
    expect(documentProblem(doc)).toBeNull();
    const changed = { ...doc, pages: [doc.pages[0], { ...doc.pages[1], elements: [{ ...doc.pages[0].elements[0], fontSize: 300 }] }] };
    expect(documentProblem(changed)).toMatch(/^pages\.1\.elements\.0\.fontSize/);
    expect(documentProblem({ ...doc, title: 'x'.repeat(250) })).toMatch(/^title/);
  });

  it('adds no 501st page', () => {
    let doc = docWithCards(0);
    for (let i = 1; i < LIMITS.pages; i++) doc = addPage(doc);
    expect(doc.pages).toHaveLength(LIMITS.pages);
    expect(addPage(doc)).toBe(doc);
    reopens(doc);
    expect(documentProblem({ ...doc, pages: [...doc.pages, { id: 'extra', elements: [] }] })).toMatch(/^pages/);
  });

  it('adds no 101st item to a container', () => {
    let doc = docWithCards(0);
    const c: Container = { ...(createTextBox('', 0, 0) as unknown as Container), type: 'container', kind: 'grid', direction: 'horizontal', columns: 4, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items: [] };
    doc = { ...doc, pages: [{ ...doc.pages[0], elements: [c] }] };
    for (let i = 0; i < LIMITS.containerItems + 5; i++) doc = addItem(doc, doc.pages[0].id, c.id, newItem(null, 'x'.repeat(600)));
    reopens(doc);
    expect((doc.pages[0].elements[0] as Container).items).toHaveLength(LIMITS.containerItems);
  });

  it('holds moves within ±10 000 mm and refuses 1e300 in a file', () => {
    const doc = docWithCards(1);
    const id = doc.pages[0].elements[0].id;
    const moved = moveElements(doc, doc.pages[0].id, [id], 1e300, -1e300);
    reopens(moved);
    expect(moved.pages[0].elements[0]).toMatchObject({ x: LIMITS.coordinate, y: -LIMITS.coordinate });
    const raw = JSON.parse(JSON.stringify(doc));
    raw.pages[0].elements[0].x = 1e300;
    expect(() => parseDocument(raw)).toThrow(/x/);
  });
});

describe('documentFromBoardGrid', () => {
  const items = (n: number) => Array.from({ length: n }, (_, i) => newItem(null, `button ${i}`));

  it('splits a 12 × 10 board over pages, every button kept', () => {
    const doc = documentFromBoardGrid({ name: 'Big board', locale: 'en', columns: 10, items: items(120) });
    reopens(doc);
    const kept = doc.pages.flatMap((p) => p.elements.filter((e): e is Container => e.type === 'container').flatMap((c) => c.items));
    expect(kept).toHaveLength(120);
    expect(doc.pages.length).toBeGreaterThan(1);
  });

  it('opens an empty board as one page with an empty grid', () => {
    const doc = documentFromBoardGrid({ name: '', locale: '', columns: 0, items: [] });
    reopens(doc);
    expect(doc.pages).toHaveLength(1);
  });
});
