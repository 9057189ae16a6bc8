/**
 * The select tool as a small state machine (in the manner of tldraw's state nodes): pressing
 * on an element selects it, dragging moves the selection with snapping and records one undo
 * step when it ends, and dragging on empty page draws a marquee. The canvas only forwards
 * pointer positions in millimetres and draws what the state says; tests drive it without a
 * DOM (tests/helpers/TestEditor.ts).
 */
import type { Rect } from '../../model/geometry';
import type { Editor } from '../editor';
import { commitDrag, elementsInRect, snapDrag, type Guide } from '../drag';

export interface Point {
  x: number;
  y: number;
}

/** Keys held with a press: Shift (or Ctrl/Cmd on an element) adds to the selection. */
export interface Modifiers {
  shift?: boolean;
  ctrl?: boolean;
}

export type SelectState =
  | { name: 'idle' }
  /** Pressed on empty page; a marquee once the pointer has moved. */
  | { name: 'marquee'; origin: Point; current: Point; add: boolean; moved: boolean }
  /** Moving the selection: the offset so far (snapped), in mm, and the guides it snapped to. */
  | { name: 'dragging'; ids: string[]; dx: number; dy: number; guides: Guide[] };

/** Pointer travel (mm at the current zoom) before a press on empty page becomes a marquee. */
const MARQUEE_START = 1;

const round1 = (v: number) => Math.round(v * 10) / 10;

export class SelectTool {
  state: SelectState = { name: 'idle' };

  constructor(
    private readonly editor: Editor,
    /** Snapping on, and its distance in mm at the current zoom. */
    private readonly snap: () => { on: boolean; distance: number } = () => ({ on: false, distance: 0 }),
  ) {}

  /** A press on an element (`id`) or on empty page (null) at a point, mm. */
  pointerDown(id: string | null, at: Point, mods: Modifiers = {}): void {
    const ed = this.editor;
    if (id === null) {
      if (ed.getState().editingId) ed.setEditing(null);
      this.state = { name: 'marquee', origin: at, current: at, add: !!mods.shift, moved: false };
      return;
    }
    const sel = ed.getState().selection;
    if (mods.shift || mods.ctrl) ed.select(sel.includes(id) ? sel.filter((s) => s !== id) : [...sel, id]);
    else if (!sel.includes(id)) ed.select([id]);
  }

  /** The pointer moved (marquee only: element drags come through `dragMove`). */
  pointerMove(at: Point): void {
    const s = this.state;
    if (s.name !== 'marquee') return;
    const moved = s.moved || Math.hypot(at.x - s.origin.x, at.y - s.origin.y) > MARQUEE_START;
    this.state = { ...s, current: at, moved };
  }

  /** The pointer let go: a marquee selects what it touches; a click on empty page clears the selection. */
  pointerUp(): void {
    const s = this.state;
    // a drag ends with its own event (dragEnd), which may come after the pointer's release
    if (s.name !== 'marquee') return;
    this.state = { name: 'idle' };
    const ed = this.editor;
    if (!s.moved) {
      if (!s.add) ed.select([]);
      return;
    }
    const ids = elementsInRect(ed, this.marqueeRect(s)!);
    ed.select(s.add ? [...new Set([...ed.getState().selection, ...ids])] : ids);
  }

  /** The marquee's rectangle while one is drawn, mm. */
  marqueeRect(s: SelectState = this.state): Rect | null {
    if (s.name !== 'marquee' || !s.moved) return null;
    return { x: Math.min(s.origin.x, s.current.x), y: Math.min(s.origin.y, s.current.y), width: Math.abs(s.current.x - s.origin.x), height: Math.abs(s.current.y - s.origin.y) };
  }

  /** A drag of element `id` starts: the selection moves with it (or it alone, when not selected). */
  dragStart(id: string): string[] {
    const sel = this.editor.getState().selection;
    const ids = sel.includes(id) ? [...sel] : [id];
    this.state = { name: 'dragging', ids, dx: 0, dy: 0, guides: [] };
    return ids;
  }

  /** The dragged element is `raw` mm from where it started; returns the snapped offset to show. */
  dragMove(raw: Point): { dx: number; dy: number; guides: Guide[] } {
    const s = this.state;
    if (s.name !== 'dragging') return { dx: raw.x, dy: raw.y, guides: [] };
    const snap = this.snap();
    const r = snap.on ? snapDrag(this.editor, s.ids, raw.x, raw.y, snap.distance, true) : { dx: raw.x, dy: raw.y, guides: [] };
    this.state = { ...s, dx: r.dx, dy: r.dy, guides: r.guides };
    return r;
  }

  /** The drag ends: the move is one undo step. */
  dragEnd(): void {
    const s = this.state;
    this.state = { name: 'idle' };
    if (s.name === 'dragging') commitDrag(this.editor, s.ids, round1(s.dx), round1(s.dy));
  }

  /** Escape: whatever was under way stops, and nothing changes. */
  cancel(): void {
    this.state = { name: 'idle' };
  }
}
