/** One element on the canvas: a Group holding a single Shape that draws its scene prims. */
import { memo } from 'react';
import { Group, Rect, Shape } from './konva';
import type Konva from 'konva';
import type { SceneItem } from '../layout/scene';
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
  const h = Math.abs(item.height);
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
      {item.overflow && <Rect x={0} y={0} width={w} height={h} stroke="#c62828" strokeWidth={1.5} dash={[5, 3]} listening={false} name="overflow" />}
    </Group>
  );
}

export const ElementNode = memo(ElementNodeImpl);
