/** A page a profile splits keeps its title on every part (issue 18 item 12). */
import { describe, expect, it } from 'vitest';
import { Editor } from '../../src/editor/editor';
import { addSymbol, addText, runCommand } from '../../src/editor/commands';
import { createDocument } from '../../src/model/factory';
import { splitPage } from '../../src/layout/paginate';
import { resolveStyle } from '../../src/profile/resolve';
import { elementBounds } from '../../src/model/geometry';
import { emerging } from '../helpers/profiles';
import type { Page } from '../../src/model/schema';

const ref = { set: 'openmoji', id: '1F46E' };

/** A title, then eight cards, added as a user adds them: T, then a symbol eight times. */
function titleThenCards(): Editor {
  const ed = new Editor(createDocument('My week'));
  runCommand(ed, addText, { text: 'My week' });
  for (let i = 0; i < 8; i++) runCommand(ed, addSymbol, { ref, caption: `Day ${i + 1}` });
  return ed;
}

const titlesOn = (parts: Page[]) => parts.map((p) => p.elements.filter((e) => e.type === 'text').length);

describe('headings on split pages', () => {
  it('places cards added after a title below it, not beside it', () => {
    const ed = titleThenCards();
    const [title, ...cards] = ed.page.elements.map(elementBounds);
    for (const c of cards) expect(c.y).toBeGreaterThanOrEqual(title.y + title.height);
  });

  it('repeats the title on every part of a page the profile splits', () => {
    const parts = splitPage(titleThenCards().page, resolveStyle(emerging())); // four cards a page
    expect(parts).toHaveLength(2);
    expect(titlesOn(parts)).toEqual([1, 1]);
  });

  it('repeats a title that stands beside the first card (placed so before this fix, or by hand)', () => {
    const ed = titleThenCards();
    const page = ed.page;
    // move the first card up beside the title, where cards used to be added
    const first = page.elements.find((e) => e.type === 'symbol')!;
    const beside: Page = { ...page, elements: page.elements.map((e) => (e === first ? { ...e, x: 124, y: 12 } : e)) };
    const parts = splitPage(beside, resolveStyle(emerging()));
    expect(titlesOn(parts)).toEqual([1, 1]);
    // a text box below the cards is not a heading: it stays with the first part
    const note = { ...page.elements[0], id: 'below', y: 265 };
    expect(titlesOn(splitPage({ ...beside, elements: [...beside.elements, note] }, resolveStyle(emerging())))).toEqual([2, 1]);
  });
});
