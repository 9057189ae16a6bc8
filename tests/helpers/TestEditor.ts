/**
 * An editor with its select tool, driven by pointer gestures in millimetres, with no DOM:
 * `te.press(20, 30).moveTo(60, 30).release()` is a drag as the canvas would report it.
 */
import { Editor } from '../../src/editor/editor';
import { SelectTool, type Modifiers, type Point } from '../../src/editor/tools/selectTool';
import { elementBounds } from '../../src/model/geometry';
import type { SignpostDocument } from '../../src/model/schema';

export class TestEditor {
  readonly editor: Editor;
  readonly tool: SelectTool;
  snapping = false;
  private pressed: { at: Point; id: string | null; dragging: boolean } | null = null;

  constructor(doc: SignpostDocument) {
    this.editor = new Editor(doc);
    this.tool = new SelectTool(this.editor, () => ({ on: this.snapping, distance: 2 }));
  }

  /** The topmost element under a point, as the canvas's hit test finds it. */
  hit(x: number, y: number): string | null {
    const els = [...this.editor.page.elements].reverse();
    const e = els.find((el) => {
      const b = elementBounds(el);
      return x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height;
    });
    return e?.id ?? null;
  }

  press(x: number, y: number, mods: Modifiers = {}): this {
    const id = this.hit(x, y);
    this.pressed = { at: { x, y }, id, dragging: false };
    this.tool.pointerDown(id, { x, y }, mods);
    return this;
  }

  /** Moves the pointer; on an element, past Konva's 3 px threshold, that is a drag. */
  moveTo(x: number, y: number): this {
    const p = this.pressed;
    if (p?.id) {
      if (!p.dragging) {
        this.tool.dragStart(p.id);
        p.dragging = true;
      }
      this.tool.dragMove({ x: x - p.at.x, y: y - p.at.y });
    } else this.tool.pointerMove({ x, y });
    return this;
  }

  release(): this {
    const p = this.pressed;
    this.pressed = null;
    if (p?.dragging) this.tool.dragEnd();
    else this.tool.pointerUp();
    return this;
  }

  get selection(): readonly string[] {
    return this.editor.getState().selection;
  }
}
