/** A symbol drawn small, from the same vector data the page uses. */
import { useEffect, useRef } from 'react';
import type { SymbolRef } from '../model/schema';
import { drawPrims, drawSymbol } from '../canvas/draw';
import { generatedPrims, generatedRefs, isGeneratedId } from '../layout/generated';
import { DEFAULT_STYLE } from '../layout/style';
import { useServices } from './services';

export function SymbolThumb({ symbol, size = 48 }: { symbol: SymbolRef; size?: number }) {
  const { library, layoutDeps } = useServices();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let alive = true;
    if (isGeneratedId(symbol.id)) {
      // a clock or calendar is drawn by layout, with only its sun or moon loaded
      void library.loadAll(generatedRefs(symbol.id)).then(() => {
        const c = ref.current;
        const ctx = c?.getContext('2d');
        if (!alive || !c || !ctx) return;
        const ratio = window.devicePixelRatio || 1;
        c.width = size * ratio;
        c.height = size * ratio;
        ctx.scale(ratio, ratio);
        drawPrims(ctx, generatedPrims(symbol.id, 0, 0, size, DEFAULT_STYLE, layoutDeps));
      });
      return () => {
        alive = false;
      };
    }
    const img = library.packImage(symbol);
    if (img) {
      const c = ref.current;
      const el = new Image();
      el.onload = () => {
        if (!alive || !c) return;
        const ratio = window.devicePixelRatio || 1;
        c.width = size * ratio;
        c.height = size * ratio;
        const ctx = c.getContext('2d');
        const k = Math.min(size / img.width, size / img.height);
        ctx?.drawImage(el, ((size - img.width * k) / 2) * ratio, ((size - img.height * k) / 2) * ratio, img.width * k * ratio, img.height * k * ratio);
      };
      el.src = `data:${img.mime};base64,${img.data}`;
      return () => {
        alive = false;
      };
    }
    void library.loadDrawing(symbol).then(
      (v) => {
        const c = ref.current;
        if (!alive || !c) return;
        const ratio = window.devicePixelRatio || 1;
        c.width = size * ratio;
        c.height = size * ratio;
        const ctx = c.getContext('2d');
        if (!ctx) return;
        ctx.scale(ratio, ratio);
        drawSymbol(ctx, v, 0, 0, size, size);
      },
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [library, layoutDeps, symbol, size]);
  return <canvas ref={ref} width={size} height={size} style={{ width: size, height: size }} aria-hidden="true" />;
}
