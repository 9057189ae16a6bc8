import { describe, expect, it } from 'vitest';
import { Editor } from '../../src/editor/editor';
import { addPage, addSymbol, copy, deleteSelection, duplicateSelection, nudge, paste, redo, runCommand, selectAll, undo } from '../../src/editor/commands';
import { commandForKey } from '../../src/editor/shortcuts';
import { editText } from '../../src/editor/text';
import { createDocument } from '../../src/model/factory';

const ref = { set: 'openmoji', id: '1F46E' };
const fresh = () => new Editor(createDocument('History'));

describe('Editor history and commands', () => {
  it('undoes and redoes each command as one step', () => {
    const ed = fresh();
    runCommand(ed, addSymbol, { ref, caption: 'police' });
    runCommand(ed, addSymbol, { ref, caption: 'police 2' });
    expect(ed.page.elements).toHaveLength(2);
    expect(ed.getState().selection).toEqual([ed.page.elements[1].id]);
    runCommand(ed, undo, undefined);
    expect(ed.page.elements).toHaveLength(1);
    runCommand(ed, redo, undefined);
    expect(ed.page.elements).toHaveLength(2);
    runCommand(ed, selectAll, undefined);
    runCommand(ed, deleteSelection, undefined);
    expect(ed.page.elements).toHaveLength(0);
    expect(ed.getState().selection).toEqual([]);
    runCommand(ed, undo, undefined);
    expect(ed.page.elements).toHaveLength(2);
  });

  it('merges a run of nudges or typing into one step', () => {
    const ed = fresh();
    runCommand(ed, addSymbol, { ref, caption: 'a' });
    const x0 = ed.page.elements[0].x;
    for (let i = 0; i < 5; i++) runCommand(ed, nudge, { dx: 1, dy: 0 });
    expect(ed.page.elements[0].x).toBe(x0 + 5);
    const id = ed.page.elements[0].id;
    for (const s of ['b', 'bu', 'bus']) editText(ed, id, s);
    expect(ed.page.elements[0]).toMatchObject({ caption: 'bus' });
    runCommand(ed, undo, undefined);
    expect(ed.page.elements[0]).toMatchObject({ caption: 'a', x: x0 + 5 });
    runCommand(ed, undo, undefined);
    expect(ed.page.elements[0].x).toBe(x0);
  });

  it('records nothing for a change that changes nothing', () => {
    const ed = fresh();
    runCommand(ed, nudge, { dx: 1, dy: 0 }); // nothing selected: not enabled
    expect(ed.canUndo).toBe(false);
  });

  it('copies, pastes with an offset and duplicates', () => {
    const ed = fresh();
    runCommand(ed, addSymbol, { ref, caption: 'a' });
    runCommand(ed, copy, undefined);
    runCommand(ed, paste, undefined);
    runCommand(ed, duplicateSelection, undefined);
    const xs = ed.page.elements.map((e) => e.x);
    expect(xs[1] - xs[0]).toBe(5);
    expect(xs[2] - xs[1]).toBe(5);
    expect(new Set(ed.page.elements.map((e) => e.id)).size).toBe(3);
  });

  it('keeps the page in view through undo of a page change', () => {
    const ed = fresh();
    runCommand(ed, addPage, undefined);
    expect(ed.doc.pages).toHaveLength(2);
    expect(ed.pageIndex).toBe(1);
    runCommand(ed, undo, undefined);
    expect(ed.doc.pages).toHaveLength(1);
    expect(ed.page.id).toBe(ed.doc.pages[0].id);
  });

  it('maps keys to commands', () => {
    const k = (key: string, mods: Partial<{ ctrlKey: boolean; shiftKey: boolean; metaKey: boolean }> = {}) =>
      commandForKey({ key, ctrlKey: false, metaKey: false, shiftKey: false, altKey: false, ...mods })?.command.id;
    expect(k('z', { ctrlKey: true })).toBe('undo');
    expect(k('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(k('y', { metaKey: true })).toBe('redo');
    expect(k('Delete')).toBe('deleteSelection');
    expect(k('ArrowLeft', { shiftKey: true })).toBe('nudge');
    expect(k('q')).toBeUndefined();
  });
});
