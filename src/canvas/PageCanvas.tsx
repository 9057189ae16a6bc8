/**
 * The page canvas: draws the current page's Scene with react-konva and hands gestures to the
 * editor's select tool (canvas/gestures.ts → editor/tools/selectTool.ts). Konva only
 * displays; the editor's document is the truth.
 */
import { useEffect, useMemo, useRef } from 'react';
import type Konva from 'konva';
import { Group, Layer, Rect, Shape, Stage, Transformer } from './konva';
import { useTranslation } from 'react-i18next';
import type { ScenePage } from '../layout/scene';
import { PT_PER_MM } from '../layout/units';
import type { Editor } from '../editor/editor';
import { SelectTool } from '../editor/tools/selectTool';
import { useEditorState } from '../editor/useEditorState';
import { ElementNode, PageBreaks, PageItemNode, type ElementHandlers } from './ElementNode';
import { drawPrims, onImageLoaded } from './draw';
import { InlineEditor } from './InlineEditor';
import { LineHandles } from './LineHandles';
import { useCanvasBox } from './useCanvasBox';
import { commitTransformer, elementHandlers, stageHandlers, type CanvasNodes } from './gestures';
import { dropTarget, type DropHandlers } from './dropTarget';

export { SYMBOL_MIME, type DroppedSymbol } from './dropTarget';

/** Snap distance on screen, px. */
const SNAP_PX = 6;

export interface PageCanvasProps extends DropHandlers {
  editor: Editor;
  scene: ScenePage;
  snapping: boolean;
}

/** The Konva nodes and refs the canvas's gestures use. */
function useNodes() {
  const refs = {
    stage: useRef<Konva.Stage>(null),
    content: useRef<Konva.Layer>(null),
    dragLayer: useRef<Konva.Layer>(null),
    guides: useRef<Konva.Group>(null),
    marquee: useRef<Konva.Rect>(null),
    transformer: useRef<Konva.Transformer>(null),
  };
  const nodes: CanvasNodes = { stage: () => refs.stage.current, content: () => refs.content.current, dragLayer: () => refs.dragLayer.current, guides: () => refs.guides.current, marquee: () => refs.marquee.current };
  return { refs, nodes };
}

export function PageCanvas({ editor, scene, snapping, onDropSymbol, onDropFiles }: PageCanvasProps) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const wrapRef = useRef<HTMLDivElement>(null);
  const { refs, nodes } = useNodes();
  const { scale, stageW, stageH, ox, oy } = useCanvasBox(wrapRef, editor, scene, state.zoom);
  // the tool reads the newest scale and snapping switch; handlers stay the same objects, so
  // unchanged (memoised) element nodes are not rendered again while the user types elsewhere
  const live = useRef({ scale, snapping, scene });
  live.current = { scale, snapping, scene };
  const tool = useMemo(() => new SelectTool(editor, () => ({ on: live.current.snapping, distance: SNAP_PX / (live.current.scale * PT_PER_MM) })), [editor]);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- nodes are refs, read when a gesture runs
  const handlers = useMemo<ElementHandlers>(() => elementHandlers(editor, tool, nodes, () => ({ width: live.current.scene.width, height: live.current.scene.height, scale: live.current.scale })), [editor, tool]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const stage = useMemo(() => stageHandlers(tool, nodes), [tool]);
  const drop = dropTarget(nodes.stage, { onDropSymbol, onDropFiles });

  // photos decode asynchronously: redraw when one arrives
  useEffect(() => onImageLoaded(() => refs.stage.current?.batchDraw()), [refs.stage]);
  // the transformer holds the selected boxes as drawn (lines have end handles instead)
  useEffect(() => {
    const tr = refs.transformer.current;
    const layer = refs.content.current;
    if (!tr || !layer) return;
    const boxes = state.selection.filter((id) => scene.items.find((i) => i.elementId === id)?.prims[0]?.t !== 'line');
    tr.nodes(state.editingId ? [] : boxes.map((id) => layer.findOne(`#${id}`)).filter((n): n is Konva.Node => !!n));
    // a node's drawn size changes inside it (its shape grows with its words), which the
    // transformer does not watch: measure again at every new scene (typing, undo, redo)
    tr.forceUpdate();
    tr.getLayer()?.batchDraw();
  }, [state.selection, state.editingId, scene, refs.transformer, refs.content]);

  const singleLine = state.selection.length === 1 ? scene.items.find((i) => i.elementId === state.selection[0] && i.prims[0]?.t === 'line') : undefined;
  const editingItem = state.editingId ? scene.items.find((i) => i.elementId === state.editingId) : undefined;

  return (
    <div ref={wrapRef} className="canvas-wrap" role="region" aria-label={t('canvas.label')} tabIndex={0} data-canvas-keys="true" onDragOver={drop.onDragOver} onDrop={drop.onDrop} data-testid="page-canvas">
      <Stage ref={refs.stage} width={stageW} height={stageH} x={ox} y={oy} scaleX={scale} scaleY={scale} onMouseDown={stage.onDown} onTouchStart={stage.onDown} onMouseMove={stage.onMove} onTouchMove={stage.onMove} onMouseUp={stage.onUp} onTouchEnd={stage.onUp}>
        <Layer listening={true}>
          <Rect name="background" x={0} y={0} width={scene.width} height={scene.height} fill={scene.background} shadowColor="#000" shadowOpacity={0.18} shadowBlur={12 / scale} shadowOffsetY={2 / scale} />
          <Shape listening={false} sceneFunc={(ctx) => drawPrims(ctx._context, scene.footer)} />
          {scene.items.map((item) => item.kind === 'page' && <PageItemNode key={`page-${item.elementId}`} item={item} />)}
        </Layer>
        <Layer ref={refs.content}>
          {scene.items.map((item) => item.kind !== 'page' && <ElementNode key={item.elementId} item={item} handlers={handlers} draggable={!state.editingId || state.editingId !== item.elementId} />)}
          {scene.items.map((item) => item.breaks && <PageBreaks key={`breaks-${item.elementId}`} item={item} label={t('canvas.pageBreak')} scale={scale} />)}
        </Layer>
        <Layer ref={refs.dragLayer} />
        <Layer>
          <Transformer ref={refs.transformer} rotateEnabled={true} flipEnabled={false} ignoreStroke={true} anchorSize={10} borderStroke="#1f5f8b" anchorStroke="#1f5f8b" onTransformEnd={() => refs.transformer.current && commitTransformer(editor, refs.transformer.current, scene.items)} boundBoxFunc={(o, n) => (n.width < 10 || n.height < 10 ? o : n)} />
          {singleLine && tool.state.name !== 'dragging' && <LineHandles editor={editor} line={singleLine} scale={scale} />}
          <Rect ref={refs.marquee} visible={false} fill="rgba(31,95,139,0.08)" stroke="#1f5f8b" strokeWidth={1 / scale} listening={false} />
          <Group ref={refs.guides} listening={false} />
        </Layer>
      </Stage>
      {editingItem && <InlineEditor editor={editor} item={editingItem} scale={scale} offset={{ x: ox, y: oy }} />}
    </div>
  );
}
