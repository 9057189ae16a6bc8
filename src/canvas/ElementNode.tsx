/** One element on the canvas: a Group holding a single Shape that draws its scene prims. */
import { memo } from 'react';
import { Group, LineShape, Rect, Shape, Text } from './konva';
import type Konva from 'konva';
import { drawnHeight, type SceneItem } from '../layout/scene';
import { drawPrims } from './draw';

export interface ElementHandlers {
  onPointerDown: (id: string, e: Konva.KonvaEventObject<MouseEvent | TouchEvent>) => void;
  onDragStart: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragMove: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDragEnd: (e: Konva.KonvaEventObject<DragEvent>) => void;
  onDblClick: (id: string) => void;
  /** A click on a word's picture in symbolised text. */
  onWordClick: (id: string, key: string, n?: number) => void;
}

/** Extra hit area round thin things (lines), points. */
const HIT_PAD = 6;

function ElementNodeImpl({ item, handlers, draggable }: { item: SceneItem; handlers: ElementHandlers; draggable: boolean }) {
  const x0 = Math.min(0, item.width);
  const y0 = Math.min(0, item.height);
  const w = Math.abs(item.width);
  // the node is as tall as what it draws (words that run on below the box), so the selection
  // frame and the place that takes clicks wrap the words; the stored box is marked apart
  const h = drawnHeight(item);
  const isLine = item.prims.length > 0 && item.prims[0].t === 'line';
  return (
    <Group
      id={item.elementId}
      name="element"
      x={item.x}
      y={item.y}
      rotation={item.rotation}
      draggable={draggable}
      onMouseDown={(e) => handlers.onPointerDown(item.elementId, e)}
      onTouchStart={(e) => handlers.onPointerDown(item.elementId, e)}
      onDragStart={handlers.onDragStart}
      onDragMove={handlers.onDragMove}
      onDragEnd={handlers.onDragEnd}
      onDblClick={() => handlers.onDblClick(item.elementId)}
      onClick={(e) => {
        if (!item.hotspots) return;
        const p = e.currentTarget.getRelativePointerPosition();
        const hit = p && item.hotspots.find((h) => p.x >= h.x && p.x <= h.x + h.w && p.y >= h.y && p.y <= h.y + h.h);
        if (hit) handlers.onWordClick(item.elementId, hit.key, hit.n);
      }}
      onDblTap={() => handlers.onDblClick(item.elementId)}
    >
      <Shape
        x={x0}
        y={y0}
        width={w}
        height={h}
        perfectDrawEnabled={false}
        sceneFunc={(ctx) => {
          const c = ctx._context;
          c.save();
          c.translate(-x0, -y0);
          drawPrims(c, item.prims);
          c.restore();
        }}
        hitFunc={(ctx, shape) => {
          ctx.beginPath();
          const pad = isLine ? HIT_PAD : 0;
          ctx.rect(-pad, -pad, w + 2 * pad, h + 2 * pad);
          ctx.closePath();
          ctx.fillShape(shape);
        }}
      />
      {item.overflow && <Rect x={0} y={0} width={w} height={Math.abs(item.height)} stroke="#c62828" strokeWidth={1.5} dash={[5, 3]} listening={false} name="overflow" />}
    </Group>
  );
}

/**
 * What the page draws itself (the title heading): drawn as it prints, but not an element, so
 * it takes no clicks; a click there lands on the page as on any empty place.
 */
export function PageItemNode({ item }: { item: SceneItem }) {
  return (
    <Group name="page-item" id={`page-item-${item.elementId}`} x={item.x} y={item.y} rotation={item.rotation} listening={false}>
      <Shape perfectDrawEnabled={false} sceneFunc={(ctx) => drawPrims(ctx._context, item.prims)} />
      {item.overflow && <Rect x={0} y={0} width={item.width} height={item.height} stroke="#c62828" strokeWidth={1.5} dash={[5, 3]} name="overflow" />}
    </Group>
  );
}

export const ElementNode = memo(ElementNodeImpl);

/** Colour of a printed page break drawn on the canvas (not the red of words that do not fit). */
const BREAK_COLOUR = '#1f5f8b';

/**
 * Where symbol text continues on the next printed page: a dashed line across the element, with
 * a label, the same size on screen at any zoom. Drawn outside the element's node, so its box
 * (for selecting and resizing) stays the element's own.
 */
export function PageBreaks({ item, label, scale }: { item: SceneItem; label: string; scale: number }) {
  const w = Math.abs(item.width);
  const size = 11 / scale;
  return (
    <Group name="page-breaks" id={`breaks-${item.elementId}`} x={item.x} y={item.y} rotation={item.rotation} listening={false}>
      {(item.breaks ?? []).map((y, i) => (
        <Group key={i} name="page-break" y={y}>
          <LineShape points={[-6, 0, w + 6, 0]} stroke={BREAK_COLOUR} strokeWidth={2 / scale} dash={[8 / scale, 4 / scale]} />
          {/* beside the line, outside the box: over the words it would hide the last ones before the break */}
          <Text text={label} x={w + 10 / scale} y={-size / 2} fontSize={size} fontStyle="bold" fill={BREAK_COLOUR} />
        </Group>
      ))}
    </Group>
  );
}
