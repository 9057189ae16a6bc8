/**
 * Konva's events turned into the select tool's calls (editor/tools/selectTool.ts), and the
 * tool's state drawn back: dragged nodes, snapping guides, the marquee. The tool decides;
 * this file only converts points to millimetres and moves nodes while a drag lasts.
 */
import type Konva from 'konva';
import { Line } from './konva';
import { PT_PER_MM } from '../layout/units';
import { drawnHeight, type SceneItem } from '../layout/scene';
import type { Editor } from '../editor/editor';
import { commitTransform, type Guide } from '../editor/drag';
import type { SelectTool } from '../editor/tools/selectTool';
import type { ElementHandlers } from './ElementNode';

/** The Konva nodes the gestures work on. */
export interface CanvasNodes {
  content: () => Konva.Layer | null;
  dragLayer: () => Konva.Layer | null;
  guides: () => Konva.Group | null;
  marquee: () => Konva.Rect | null;
  stage: () => Konva.Stage | null;
}

const mm = (pt: number) => pt / PT_PER_MM;

function pointerMm(nodes: CanvasNodes): { x: number; y: number } {
  const p = nodes.stage()?.getRelativePointerPosition() ?? { x: 0, y: 0 };
  return { x: mm(p.x), y: mm(p.y) };
}

/** Draws snapping guides across the page. */
function showGuides(group: Konva.Group | null, guides: Guide[], page: { width: number; height: number }, scale: number): void {
  if (!group) return;
  group.destroyChildren();
  for (const gd of guides) {
    const p = gd.pos * PT_PER_MM;
    const points = gd.dir === 'v' ? [p, -20, p, page.height + 20] : [-20, p, page.width + 20, p];
    group.add(new Line({ points, stroke: '#d81b60', strokeWidth: 1 / scale, dash: [4 / scale, 3 / scale], listening: false }));
  }
  group.getLayer()?.batchDraw();
}

/** Handlers for the element nodes: press, drag (moved on a layer of their own), double-click, word click. */
export function elementHandlers(editor: Editor, tool: SelectTool, nodes: CanvasNodes, page: () => { width: number; height: number; scale: number }): ElementHandlers {
  let starts = new Map<string, { x: number; y: number; z: number }>();
  return {
    onPointerDown: (id, e) => {
      const ev = e.evt as MouseEvent;
      tool.pointerDown(id, pointerMm(nodes), { shift: 'shiftKey' in ev && ev.shiftKey, ctrl: 'ctrlKey' in ev && (ev.ctrlKey || ev.metaKey) });
      e.cancelBubble = true;
    },
    onDragStart: (e) => {
      const layer = nodes.content()!;
      const ids = tool.dragStart(e.target.id());
      starts = new Map();
      for (const sid of ids) {
        const n = layer.findOne(`#${sid}`) ?? nodes.dragLayer()!.findOne(`#${sid}`);
        if (n) starts.set(sid, { x: n.x(), y: n.y(), z: n.zIndex() });
      }
      // the dragged nodes get a layer of their own, so each frame redraws only them
      for (const sid of ids) layer.findOne(`#${sid}`)?.moveTo(nodes.dragLayer()!);
    },
    onDragMove: (e) => {
      const s0 = starts.get(e.target.id());
      if (!s0) return;
      const r = tool.dragMove({ x: mm(e.target.x() - s0.x), y: mm(e.target.y() - s0.y) });
      for (const [sid, st] of starts) nodes.dragLayer()!.findOne(`#${sid}`)?.position({ x: st.x + r.dx * PT_PER_MM, y: st.y + r.dy * PT_PER_MM });
      const p = page();
      showGuides(nodes.guides(), r.guides, p, p.scale);
    },
    onDragEnd: () => {
      const layer = nodes.content()!;
      for (const [sid, st] of [...starts.entries()].sort((a, b) => a[1].z - b[1].z)) {
        const n = nodes.dragLayer()!.findOne(`#${sid}`);
        if (!n) continue;
        n.moveTo(layer);
        n.zIndex(Math.min(st.z, layer.children.length - 1));
        n.position({ x: st.x, y: st.y });
      }
      starts = new Map();
      const p = page();
      showGuides(nodes.guides(), [], p, p.scale);
      tool.dragEnd();
    },
    onDblClick: (id) => editor.setEditing(id),
    onWordClick: (id, key, n) => editor.setActiveToken({ elementId: id, key, n }),
  };
}

/** Handlers for the stage: a press, move and release on empty page draw a marquee. */
export function stageHandlers(tool: SelectTool, nodes: CanvasNodes) {
  const drawMarquee = () => {
    const r = nodes.marquee();
    if (!r) return;
    const rect = tool.marqueeRect();
    r.setAttrs(rect ? { visible: true, x: rect.x * PT_PER_MM, y: rect.y * PT_PER_MM, width: rect.width * PT_PER_MM, height: rect.height * PT_PER_MM } : { visible: false });
    r.getLayer()?.batchDraw();
  };
  return {
    onDown: (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
      if (e.target !== e.target.getStage() && e.target.name() !== 'background') return;
      tool.pointerDown(null, pointerMm(nodes), { shift: 'shiftKey' in e.evt && e.evt.shiftKey });
    },
    onMove: () => {
      if (tool.state.name !== 'marquee') return;
      tool.pointerMove(pointerMm(nodes));
      drawMarquee();
    },
    onUp: () => {
      tool.pointerUp();
      drawMarquee();
    },
  };
}

/**
 * Writes a resize or rotation back to the model (one undo step) and resets the nodes' scale.
 * The frame wraps what is drawn (words may run on below the box), so a handle moved by some
 * distance moves the stored box's edge by the same distance.
 */
export function commitTransformer(editor: Editor, tr: Konva.Transformer, items: readonly SceneItem[]): void {
  const r1 = (v: number) => Math.round(v * 10) / 10;
  const patches: Record<string, Record<string, number>> = {};
  for (const n of tr.nodes()) {
    const item = items.find((i) => i.elementId === n.id());
    if (!item) continue;
    const drawn = drawnHeight(item);
    const height = item.height + drawn * (n.scaleY() - 1);
    patches[n.id()] = { x: r1(mm(n.x())), y: r1(mm(n.y())), width: Math.max(5, r1(mm(item.width * n.scaleX()))), height: Math.max(5, r1(mm(height))), rotation: r1(n.rotation()) };
    n.scale({ x: 1, y: 1 });
  }
  commitTransform(editor, patches);
}
