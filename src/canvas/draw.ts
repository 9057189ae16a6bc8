/**
 * Draws Scene primitives on a 2D canvas context, in points. Used by the Konva shapes of
 * the editor and by page thumbnails: the same code, so they always agree.
 */
import type { ImagePrim, Prim, SymbolPrim, TextPrim, VectorPath, VectorSymbol } from '../layout/scene';

/** CSS family name of a font id; `src/ui/fonts.ts` declares the @font-face rules. */
export const fontFamily = (font: string): string => `sp-${font}`;

const pathCache = new WeakMap<VectorPath, Path2D>();

function path2d(p: VectorPath): Path2D {
  let path = pathCache.get(p);
  if (!path) {
    path = new Path2D(p.d);
    pathCache.set(p, path);
  }
  return path;
}

/** Draws a symbol's drawing into the box (x, y, w, h). */
export function drawSymbol(ctx: CanvasRenderingContext2D, v: VectorSymbol, x: number, y: number, w: number, h: number): void {
  ctx.save();
  ctx.translate(x, y);
  ctx.scale(w / v.vw, h / v.vh);
  for (const p of v.p) {
    const path = path2d(p);
    ctx.save();
    if (p.m) ctx.transform(...p.m);
    const fill = () => {
      if (!p.f) return;
      ctx.globalAlpha = p.fo ?? 1;
      ctx.fillStyle = p.f;
      ctx.fill(path, p.eo ? 'evenodd' : 'nonzero');
    };
    const stroke = () => {
      if (!p.s) return;
      ctx.globalAlpha = p.so ?? 1;
      ctx.strokeStyle = p.s;
      ctx.lineWidth = p.w ?? 1;
      ctx.lineCap = p.lc ?? 'butt';
      ctx.lineJoin = p.lj ?? 'miter';
      ctx.miterLimit = p.ml ?? 4;
      ctx.setLineDash(p.da ?? []);
      ctx.stroke(path);
    };
    if (p.po) {
      stroke();
      fill();
    } else {
      fill();
      stroke();
    }
    ctx.restore();
  }
  ctx.restore();
}

/** A grey box with a question mark, while a symbol loads or when it is missing. */
function drawPlaceholder(ctx: CanvasRenderingContext2D, s: SymbolPrim): void {
  ctx.save();
  ctx.strokeStyle = '#9a9a9a';
  ctx.setLineDash([4, 3]);
  ctx.lineWidth = 1;
  ctx.strokeRect(s.x + 0.5, s.y + 0.5, s.w - 1, s.h - 1);
  ctx.fillStyle = '#9a9a9a';
  ctx.font = `${Math.max(8, s.h * 0.4)}px sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText('?', s.x + s.w / 2, s.y + s.h / 2);
  ctx.restore();
}

const images = new Map<string, HTMLImageElement>();
const imageListeners = new Set<() => void>();

/** Calls `fn` whenever a photo finishes decoding, so canvases can redraw. */
export function onImageLoaded(fn: () => void): () => void {
  imageListeners.add(fn);
  return () => imageListeners.delete(fn);
}

function imageOf(p: ImagePrim): HTMLImageElement {
  let img = images.get(p.key);
  if (!img) {
    img = new Image();
    img.onload = () => imageListeners.forEach((fn) => fn());
    img.src = `data:${p.mime};base64,${p.data}`;
    images.set(p.key, img);
  }
  return img;
}

function drawImage(ctx: CanvasRenderingContext2D, p: ImagePrim): void {
  const img = imageOf(p);
  if (img.complete && img.naturalWidth) {
    ctx.save();
    if (p.circle) {
      ctx.beginPath();
      ctx.ellipse(p.x + p.w / 2, p.y + p.h / 2, p.w / 2, p.h / 2, 0, 0, Math.PI * 2);
      ctx.clip();
    }
    if (p.src) ctx.drawImage(img, p.src.x, p.src.y, p.src.w, p.src.h, p.x, p.y, p.w, p.h);
    else ctx.drawImage(img, p.x, p.y, p.w, p.h);
    ctx.restore();
  } else drawPlaceholder(ctx, { t: 'symbol', x: p.x, y: p.y, w: p.w, h: p.h, key: p.key, drawing: null });
}

/**
 * Draws a line of text. A line with runs (Arabic script, a mixed line) is drawn run by run,
 * each in its font and direction with its left end where layout placed it, as the PDF
 * draws it: nothing is reordered or measured here.
 */
export function drawText(ctx: CanvasRenderingContext2D, t: TextPrim): void {
  // layout measured without kerning; the PDF writes without it too
  if ('fontKerning' in ctx) ctx.fontKerning = 'none';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  ctx.fillStyle = t.color;
  for (const run of t.runs ?? [{ text: t.text, font: t.font, rtl: false, x: t.x }]) {
    if (!run.text.trim()) continue;
    ctx.font = `${t.size}px ${fontFamily(run.font)}`;
    // with textAlign left, a right-to-left run's left end is still at x
    ctx.direction = run.rtl ? 'rtl' : 'ltr';
    ctx.fillText(run.text, run.x, t.y);
  }
}

export function drawPrims(ctx: CanvasRenderingContext2D, prims: readonly Prim[]): void {
  for (const pr of prims) {
    ctx.save();
    switch (pr.t) {
      case 'symbol':
        if (pr.drawing) drawSymbol(ctx, pr.drawing, pr.x, pr.y, pr.w, pr.h);
        else drawPlaceholder(ctx, pr);
        break;
      case 'text':
        drawText(ctx, pr);
        break;
      case 'image':
        drawImage(ctx, pr);
        break;
      case 'rect':
      case 'ellipse': {
        ctx.beginPath();
        if (pr.t === 'ellipse') ctx.ellipse(pr.x + pr.w / 2, pr.y + pr.h / 2, Math.abs(pr.w / 2), Math.abs(pr.h / 2), 0, 0, Math.PI * 2);
        else if (pr.radius) ctx.roundRect(pr.x, pr.y, pr.w, pr.h, pr.radius);
        else ctx.rect(pr.x, pr.y, pr.w, pr.h);
        if (pr.fill) {
          ctx.fillStyle = pr.fill;
          ctx.fill();
        }
        if (pr.stroke && pr.strokeWidth > 0) {
          ctx.strokeStyle = pr.stroke;
          ctx.lineWidth = pr.strokeWidth;
          ctx.setLineDash(pr.dash ?? []);
          ctx.stroke();
        }
        break;
      }
      case 'line':
        ctx.beginPath();
        ctx.moveTo(pr.points[0], pr.points[1]);
        for (let i = 2; i < pr.points.length; i += 2) ctx.lineTo(pr.points[i], pr.points[i + 1]);
        ctx.strokeStyle = pr.color;
        ctx.lineWidth = pr.width;
        ctx.stroke();
        break;
      case 'poly':
        ctx.beginPath();
        ctx.moveTo(pr.points[0], pr.points[1]);
        for (let i = 2; i < pr.points.length; i += 2) ctx.lineTo(pr.points[i], pr.points[i + 1]);
        ctx.closePath();
        ctx.fillStyle = pr.fill;
        ctx.fill();
        break;
    }
    ctx.restore();
  }
}
