/** Small pictures of pages, drawn with the canvas's own drawing code. */
import type { ScenePage } from '../layout/scene';
import { drawPrims } from '../canvas/draw';

/** Draws a page into a canvas `width` px wide. */
export function drawPageThumbnail(canvas: HTMLCanvasElement, page: ScenePage, width: number): void {
  const scale = width / page.width;
  const ratio = window.devicePixelRatio || 1;
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(page.height * scale * ratio);
  const ctx = canvas.getContext('2d');
  if (!ctx) return;
  ctx.scale(scale * ratio, scale * ratio);
  ctx.fillStyle = page.background;
  ctx.fillRect(0, 0, page.width, page.height);
  for (const it of page.items) {
    ctx.save();
    ctx.translate(it.x, it.y);
    ctx.rotate((it.rotation * Math.PI) / 180);
    drawPrims(ctx, it.prims);
    ctx.restore();
  }
}

/** A PNG data URL of a page, for the home screen. */
export function makeThumbnail(page: ScenePage, width: number): string | null {
  const canvas = document.createElement('canvas');
  drawPageThumbnail(canvas, page, width);
  try {
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}
