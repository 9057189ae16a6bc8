/**
 * The page canvas: draws the current page's Scene with react-konva and turns gestures
 * into editor calls. Konva only displays; the editor's document is the truth.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent as ReactDragEvent } from 'react';
import { Circle, Group, Layer, Rect, Shape, Stage, Transformer } from 'react-konva';
import Konva from 'konva';
import { useTranslation } from 'react-i18next';
import type { ScenePage } from '../layout/scene';
import { PT_PER_MM } from '../layout/units';
import type { Editor } from '../editor/editor';
import { commitDrag, commitTransform, elementsInRect, snapDrag, type Guide } from '../editor/drag';
import { ElementNode, type ElementHandlers } from './ElementNode';
import { drawPrims, onImageLoaded } from './draw';
import { useEditorState } from './useEditorState';
import { InlineEditor } from './InlineEditor';
import { updateLineEnd } from './lineEnds';

/** Screen space round the page, px. */
const PAD = 24;
/** Snap distance on screen, px. */
const SNAP_PX = 6;
export const SYMBOL_MIME = 'application/x-signpost-symbol';

export interface DroppedSymbol {
  set: string;
  id: string;
  label: string;
  /** More symbols of a composed picture, and its mark. */
  also?: { set: string; id: string }[];
  modifier?: 'not' | 'question' | 'plus' | 'past' | 'future';
}

export interface PageCanvasProps {
  editor: Editor;
  scene: ScenePage;
  snapping: boolean;
  onDropSymbol: (s: DroppedSymbol, xMm: number, yMm: number) => void;
  /** Picture files dropped from the desktop. */
  onDropFiles?: (files: File[], xMm: number, yMm: number) => void;
}

interface DragState {
  ids: string[];
  starts: Map<string, { x: number; y: number; z: number }>;
  dx: number;
  dy: number;
}

export function PageCanvas({ editor, scene, snapping, onDropSymbol, onDropFiles }: PageCanvasProps) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const wrapRef = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const contentRef = useRef<Konva.Layer>(null);
  const dragLayerRef = useRef<Konva.Layer>(null);
  const guideRef = useRef<Konva.Group>(null);
  const trRef = useRef<Konva.Transformer>(null);
  const marqueeRef = useRef<Konva.Rect>(null);
  const drag = useRef<DragState | null>(null);
  const marquee = useRef<{ x: number; y: number; add: boolean; moved: boolean } | null>(null);
  const [box, setBox] = useState({ width: 800, height: 600 });

  // photos decode asynchronously: redraw when one arrives
  useEffect(() => onImageLoaded(() => stageRef.current?.batchDraw()), []);

  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) setBox({ width, height });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // px per point: the zoom is stored as px per mm
  const fit = Math.max(0.2, Math.min((box.width - 2 * PAD) / scene.width, (box.height - 2 * PAD) / scene.height));
  editor.fitZoom = fit * PT_PER_MM;
  const scale = state.zoom === null ? fit : state.zoom / PT_PER_MM;
  const stageW = Math.max(box.width, scene.width * scale + 2 * PAD);
  const stageH = Math.max(box.height, scene.height * scale + 2 * PAD);
  const ox = Math.max(PAD, (stageW - scene.width * scale) / 2);
  const oy = PAD;
  const toMm = useCallback((pt: number) => pt / PT_PER_MM, []);

  const singleLine = useMemo(() => {
    if (state.selection.length !== 1) return null;
    const it = scene.items.find((i) => i.elementId === state.selection[0]);
    return it && it.prims[0]?.t === 'line' ? it : null;
  }, [scene, state.selection]);

  // attach the transformer to selected boxes (lines have end handles instead)
  useEffect(() => {
    const tr = trRef.current;
    const layer = contentRef.current;
    if (!tr || !layer) return;
    const nodes = state.selection
      .filter((id) => scene.items.find((i) => i.elementId === id)?.prims[0]?.t !== 'line')
      .map((id) => layer.findOne(`#${id}`))
      .filter((n): n is Konva.Node => !!n);
    tr.nodes(state.editingId ? [] : nodes);
    tr.getLayer()?.batchDraw();
  }, [state.selection, state.editingId, scene]);

  const showGuides = (guides: Guide[]) => {
    const g = guideRef.current;
    if (!g) return;
    g.destroyChildren();
    for (const gd of guides) {
      const p = gd.pos * PT_PER_MM;
      g.add(
        new Konva.Line({
          points: gd.dir === 'v' ? [p, -20, p, scene.height + 20] : [-20, p, scene.width + 20, p],
          stroke: '#d81b60',
          strokeWidth: 1 / scale,
          dash: [4 / scale, 3 / scale],
          listening: false,
        }),
      );
    }
    g.getLayer()?.batchDraw();
  };

  const current: ElementHandlers = {
    onPointerDown: (id, e) => {
      const add = 'shiftKey' in e.evt && (e.evt.shiftKey || e.evt.ctrlKey || e.evt.metaKey);
      const sel = editor.getState().selection;
      if (add) editor.select(sel.includes(id) ? sel.filter((s) => s !== id) : [...sel, id]);
      else if (!sel.includes(id)) editor.select([id]);
      e.cancelBubble = true;
    },
    onDragStart: (e) => {
      const id = e.target.id();
      let ids = editor.getState().selection.includes(id) ? [...editor.getState().selection] : [id];
      if (!ids.includes(id)) ids = [id];
      const layer = contentRef.current!;
      const starts = new Map<string, { x: number; y: number; z: number }>();
      for (const sid of ids) {
        const n = layer.findOne(`#${sid}`) ?? dragLayerRef.current!.findOne(`#${sid}`);
        if (n) starts.set(sid, { x: n.x(), y: n.y(), z: n.zIndex() });
      }
      // the dragged nodes get a layer of their own, so each frame redraws only them
      for (const sid of ids) layer.findOne(`#${sid}`)?.moveTo(dragLayerRef.current!);
      drag.current = { ids, starts, dx: 0, dy: 0 };
    },
    onDragMove: (e) => {
      const d = drag.current;
      if (!d) return;
      const s0 = d.starts.get(e.target.id());
      if (!s0) return;
      const raw = { dx: toMm(e.target.x() - s0.x), dy: toMm(e.target.y() - s0.y) };
      const snapped = snapping ? snapDrag(editor, d.ids, raw.dx, raw.dy, SNAP_PX / (scale * PT_PER_MM), true) : { ...raw, guides: [] };
      d.dx = snapped.dx;
      d.dy = snapped.dy;
      for (const [sid, st] of d.starts) {
        const n = dragLayerRef.current!.findOne(`#${sid}`);
        n?.position({ x: st.x + snapped.dx * PT_PER_MM, y: st.y + snapped.dy * PT_PER_MM });
      }
      showGuides(snapped.guides);
    },
    onDragEnd: () => {
      const d = drag.current;
      drag.current = null;
      if (!d) return;
      const layer = contentRef.current!;
      const back = [...d.starts.entries()].sort((a, b) => a[1].z - b[1].z);
      for (const [sid, st] of back) {
        const n = dragLayerRef.current!.findOne(`#${sid}`);
        if (!n) continue;
        n.moveTo(layer);
        n.zIndex(Math.min(st.z, layer.children.length - 1));
        n.position({ x: st.x, y: st.y });
      }
      showGuides([]);
      commitDrag(editor, d.ids, Math.round(d.dx * 10) / 10, Math.round(d.dy * 10) / 10);
    },
    onDblClick: (id) => editor.setEditing(id),
    onWordClick: (id, key, n) => editor.setActiveToken({ elementId: id, key, n }),
  };
  // the same handler object on every render, calling the newest closures, so unchanged
  // elements (memoised nodes) are not rendered again while the user types elsewhere
  const latestHandlers = useRef(current);
  latestHandlers.current = current;
  const handlers = useMemo<ElementHandlers>(
    () => ({
      onPointerDown: (id, e) => latestHandlers.current.onPointerDown(id, e),
      onDragStart: (e) => latestHandlers.current.onDragStart(e),
      onDragMove: (e) => latestHandlers.current.onDragMove(e),
      onDragEnd: (e) => latestHandlers.current.onDragEnd(e),
      onDblClick: (id) => latestHandlers.current.onDblClick(id),
      onWordClick: (id, key, n) => latestHandlers.current.onWordClick(id, key, n),
    }),
    [],
  );

  const onTransformEnd = () => {
    const tr = trRef.current;
    if (!tr) return;
    const patches: Record<string, Record<string, number>> = {};
    for (const n of tr.nodes()) {
      const item = scene.items.find((i) => i.elementId === n.id());
      if (!item) continue;
      const r1 = (v: number) => Math.round(v * 10) / 10;
      patches[n.id()] = {
        x: r1(toMm(n.x())),
        y: r1(toMm(n.y())),
        width: Math.max(5, r1(toMm(item.width * n.scaleX()))),
        height: Math.max(5, r1(toMm(item.height * n.scaleY()))),
        rotation: Math.round(n.rotation() * 10) / 10,
      };
      n.scale({ x: 1, y: 1 });
    }
    commitTransform(editor, patches);
  };

  const pointerPt = () => stageRef.current?.getRelativePointerPosition() ?? { x: 0, y: 0 };

  const onStageDown = (e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => {
    const name = e.target.name();
    if (e.target !== e.target.getStage() && name !== 'background') return;
    const p = pointerPt();
    const add = 'shiftKey' in e.evt && e.evt.shiftKey;
    marquee.current = { x: p.x, y: p.y, add, moved: false };
    if (editor.getState().editingId) editor.setEditing(null);
  };
  const onStageMove = () => {
    const m = marquee.current;
    const r = marqueeRef.current;
    if (!m || !r) return;
    const p = pointerPt();
    m.moved = m.moved || Math.hypot(p.x - m.x, p.y - m.y) > 3 / scale;
    r.setAttrs({ visible: m.moved, x: Math.min(m.x, p.x), y: Math.min(m.y, p.y), width: Math.abs(p.x - m.x), height: Math.abs(p.y - m.y) });
    r.getLayer()?.batchDraw();
  };
  const onStageUp = () => {
    const m = marquee.current;
    marquee.current = null;
    const r = marqueeRef.current;
    if (!m || !r) return;
    if (!m.moved) {
      if (!m.add) editor.select([]);
      return;
    }
    const ids = elementsInRect(editor, { x: toMm(r.x()), y: toMm(r.y()), width: toMm(r.width()), height: toMm(r.height()) });
    r.visible(false);
    r.getLayer()?.batchDraw();
    editor.select(m.add ? [...new Set([...editor.getState().selection, ...ids])] : ids);
  };

  const onDragOver = (e: ReactDragEvent) => {
    if (e.dataTransfer.types.includes(SYMBOL_MIME) || (onDropFiles && e.dataTransfer.types.includes('Files'))) {
      e.preventDefault();
      e.dataTransfer.dropEffect = 'copy';
    }
  };
  const onDrop = (e: ReactDragEvent) => {
    const raw = e.dataTransfer.getData(SYMBOL_MIME);
    const stage = stageRef.current;
    if (!stage) return;
    const files = [...e.dataTransfer.files].filter((f) => f.type.startsWith('image/'));
    if (!raw && !(files.length && onDropFiles)) return;
    e.preventDefault();
    stage.setPointersPositions(e.nativeEvent);
    const p = pointerPt();
    if (!raw) {
      onDropFiles?.(files, Math.round(toMm(p.x)), Math.round(toMm(p.y)));
      return;
    }
    try {
      onDropSymbol(JSON.parse(raw) as DroppedSymbol, Math.round(toMm(p.x)), Math.round(toMm(p.y)));
    } catch {
      // a drop from elsewhere that is not ours: ignore it
    }
  };

  const editingItem = state.editingId ? scene.items.find((i) => i.elementId === state.editingId) : undefined;
  const dragging = drag.current !== null;

  return (
    <div ref={wrapRef} className="canvas-wrap" role="region" aria-label={t('canvas.label')} tabIndex={0} data-canvas-keys="true" onDragOver={onDragOver} onDrop={onDrop} data-testid="page-canvas">
      <Stage ref={stageRef} width={stageW} height={stageH} x={ox} y={oy} scaleX={scale} scaleY={scale} onMouseDown={onStageDown} onTouchStart={onStageDown} onMouseMove={onStageMove} onTouchMove={onStageMove} onMouseUp={onStageUp} onTouchEnd={onStageUp}>
        <Layer listening={true}>
          <Rect name="background" x={0} y={0} width={scene.width} height={scene.height} fill={scene.background} shadowColor="#000" shadowOpacity={0.18} shadowBlur={12 / scale} shadowOffsetY={2 / scale} />
          <Shape listening={false} sceneFunc={(ctx) => drawPrims(ctx._context, scene.footer)} />
        </Layer>
        <Layer ref={contentRef}>
          {scene.items.map((item) => (
            <ElementNode key={item.elementId} item={item} handlers={handlers} draggable={!state.editingId || state.editingId !== item.elementId} />
          ))}
        </Layer>
        <Layer ref={dragLayerRef} />
        <Layer>
          <Transformer ref={trRef} rotateEnabled={true} flipEnabled={false} ignoreStroke={true} anchorSize={10} borderStroke="#1f5f8b" anchorStroke="#1f5f8b" onTransformEnd={onTransformEnd} boundBoxFunc={(o, n) => (n.width < 10 || n.height < 10 ? o : n)} />
          {singleLine && !dragging && (
            <>
              {(['start', 'end'] as const).map((end) => {
                const px = singleLine.x + (end === 'end' ? singleLine.width : 0);
                const py = singleLine.y + (end === 'end' ? singleLine.height : 0);
                return (
                  <Circle
                    key={end}
                    name={`line-${end}`}
                    x={px}
                    y={py}
                    radius={6 / scale}
                    fill="#ffffff"
                    stroke="#1f5f8b"
                    strokeWidth={1.5 / scale}
                    draggable
                    onMouseDown={(e) => (e.cancelBubble = true)}
                    onDragEnd={(e) => updateLineEnd(editor, singleLine.elementId, end, toMm(e.target.x()), toMm(e.target.y()))}
                  />
                );
              })}
            </>
          )}
          <Rect ref={marqueeRef} visible={false} fill="rgba(31,95,139,0.08)" stroke="#1f5f8b" strokeWidth={1 / scale} listening={false} />
          <Group ref={guideRef} listening={false} />
        </Layer>
      </Stage>
      {editingItem && <InlineEditor editor={editor} item={editingItem} scale={scale} offset={{ x: ox, y: oy }} />}
    </div>
  );
}
