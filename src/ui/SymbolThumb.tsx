/** A symbol drawn small, from the same vector data the page uses. */
import { useEffect, useRef } from 'react';
import type { SymbolRef } from '../model/schema';
import { drawSymbol } from '../canvas/draw';
import { useServices } from './services';

export function SymbolThumb({ symbol, size = 48 }: { symbol: SymbolRef; size?: number }) {
  const { library } = useServices();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let alive = true;
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
  }, [library, symbol, size]);
  return <canvas ref={ref} width={size} height={size} style={{ width: size, height: size }} aria-hidden="true" />;
}
