/** The select tool's gestures, driven without a DOM through TestEditor (issue 15). */
import { describe, expect, it } from 'vitest';
import { createDocument, createShape, createSymbolCard } from '../../src/model/factory';
import type { SignpostDocument } from '../../src/model/schema';
import { TestEditor } from '../helpers/TestEditor';

function threeThings(): SignpostDocument {
  const d = createDocument('Gestures');
  const a = { ...createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'Home', 20, 20, 40), id: 'a' };
  const b = { ...createSymbolCard({ set: 'openmoji', id: '1F3EB' }, 'School', 100, 20, 40), id: 'b' };
  const c = { ...createShape('rect', 20, 150), id: 'c' };
  return { ...d, pages: [{ ...d.pages[0], elements: [a, b, c] }] };
}

const at = (te: TestEditor, id: string) => {
  const e = te.editor.page.elements.find((x) => x.id === id)!;
  return { x: e.x, y: e.y };
};

describe('select tool', () => {
  it('selects what is pressed, adds with Shift, and clears on empty page', () => {
    const te = new TestEditor(threeThings());
    te.press(30, 30).release();
    expect(te.selection).toEqual(['a']);
    te.press(110, 30, { shift: true }).release();
    expect(te.selection).toEqual(['a', 'b']);
    te.press(110, 30, { shift: true }).release();
    expect(te.selection).toEqual(['a']);
    te.press(190, 250).release();
    expect(te.selection).toEqual([]);
  });

  it('moves the whole selection by a drag, as one undo step', () => {
    const te = new TestEditor(threeThings());
    te.press(30, 30).release().press(110, 30, { shift: true }).release();
    te.press(30, 30).moveTo(35, 32).moveTo(40, 40).release();
    expect(at(te, 'a')).toEqual({ x: 30, y: 30 });
    expect(at(te, 'b')).toEqual({ x: 110, y: 30 });
    expect(at(te, 'c')).toEqual({ x: 20, y: 150 });
    te.editor.undo();
    expect(at(te, 'a')).toEqual({ x: 20, y: 20 });
    expect(at(te, 'b')).toEqual({ x: 100, y: 20 });
    expect(te.editor.canUndo).toBe(false);
  });

  it('drags an unselected element alone', () => {
    const te = new TestEditor(threeThings());
    te.press(30, 30).release();
    te.press(30, 160).moveTo(50, 160).release();
    expect(at(te, 'c')).toEqual({ x: 40, y: 150 });
    expect(at(te, 'a')).toEqual({ x: 20, y: 20 });
  });

  it('snaps a drag to another element\'s edge when snapping is on, and not when off', () => {
    const on = new TestEditor(threeThings());
    on.snapping = true;
    // c's left edge (20) dragged 1.3 mm right lands back on a's left edge
    on.press(30, 160).moveTo(31.3, 160).release();
    expect(at(on, 'c').x).toBe(20);
    const off = new TestEditor(threeThings());
    off.press(30, 160).moveTo(31.3, 160).release();
    expect(at(off, 'c').x).toBe(21.3);
  });

  it('selects what a marquee touches, and adds to the selection with Shift', () => {
    const te = new TestEditor(threeThings());
    te.press(10, 10).moveTo(70, 40).release();
    expect(te.selection).toEqual(['a']);
    te.press(150, 140, { shift: true }).moveTo(60, 200).release();
    expect([...te.selection].sort()).toEqual(['a', 'c']);
    expect(te.tool.state.name).toBe('idle');
  });

  it('changes nothing when a gesture is cancelled (negative control)', () => {
    const te = new TestEditor(threeThings());
    te.press(30, 30);
    te.tool.dragStart('a');
    te.tool.dragMove({ x: 25, y: 25 });
    te.tool.cancel();
    te.tool.dragEnd();
    expect(at(te, 'a')).toEqual({ x: 20, y: 20 });
    expect(te.editor.canUndo).toBe(false);
  });
});

describe('select tool event order', () => {
  it('keeps a drag when the pointer is released before the drag ends (Konva sends mouseup first)', () => {
    const te = new TestEditor(threeThings());
    te.press(30, 30);
    te.tool.dragStart('a');
    te.tool.dragMove({ x: 10, y: 0 });
    te.tool.pointerUp();
    te.tool.dragEnd();
    expect(at(te, 'a')).toEqual({ x: 30, y: 20 });
  });
});
