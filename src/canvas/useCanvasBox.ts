/** The canvas's size on screen and the page's scale and offset in it. */
import { useEffect, useState, type RefObject } from 'react';
import { PT_PER_MM } from '../layout/units';
import type { Editor } from '../editor/editor';

/** Screen space round the page, px. */
export const PAD = 24;

export interface CanvasBox {
  /** Screen px per page point. */
  scale: number;
  stageW: number;
  stageH: number;
  /** Where the page's top-left corner is on the stage, px. */
  ox: number;
  oy: number;
}

export function useCanvasBox(wrapRef: RefObject<HTMLDivElement | null>, editor: Editor, page: { width: number; height: number }, zoom: number | null): CanvasBox {
  const [box, setBox] = useState({ width: 800, height: 600 });
  useEffect(() => {
    const el = wrapRef.current;
    if (!el) return;
    const ro = new ResizeObserver(([entry]) => {
      const { width, height } = entry.contentRect;
      if (width > 0 && height > 0) setBox({ width, height });
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [wrapRef]);
  // px per point: the zoom is stored as px per mm
  const fit = Math.max(0.2, Math.min((box.width - 2 * PAD) / page.width, (box.height - 2 * PAD) / page.height));
  editor.fitZoom = fit * PT_PER_MM;
  const scale = zoom === null ? fit : zoom / PT_PER_MM;
  const stageW = Math.max(box.width, page.width * scale + 2 * PAD);
  const stageH = Math.max(box.height, page.height * scale + 2 * PAD);
  return { scale, stageW, stageH, ox: Math.max(PAD, (stageW - page.width * scale) / 2), oy: PAD };
}
