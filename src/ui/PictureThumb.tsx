/** A composed picture (one to three symbols, maybe a modifier) drawn small. */
import { useEffect, useRef, useState } from 'react';
import type { ComposedPicture } from '../model/schema';
import { composedPrims, MODIFIER_BADGES, pictureWidth } from '../layout/picture';
import { DEFAULT_STYLE } from '../layout/style';
import { symbolRefsOf } from '../layout/generated';
import { drawPrims } from '../canvas/draw';
import { useServices } from './services';

export function PictureThumb({ picture, size = 36 }: { picture: ComposedPicture; size?: number }) {
  const services = useServices();
  const ref = useRef<HTMLCanvasElement>(null);
  const [ready, setReady] = useState(0);
  // a generated clock or calendar is drawn, not loaded: only its sun or moon is
  const refs = symbolRefsOf(picture.set, picture.ids);
  if (picture.modifier && picture.modifier !== 'not') refs.push({ set: 'openmoji', id: MODIFIER_BADGES[picture.modifier] });
  const key = refs.map((r) => r.id).join();
  useEffect(() => {
    void services.library.loadAll(refs).then(() => setReady((n) => n + 1));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [services, key]);
  const width = pictureWidth(picture.ids.length, size);
  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    const ratio = window.devicePixelRatio || 1;
    c.width = width * ratio;
    c.height = size * ratio;
    const ctx = c.getContext('2d')!;
    ctx.scale(ratio, ratio);
    drawPrims(ctx, composedPrims(picture, 0, 0, size, DEFAULT_STYLE, services.layoutDeps));
  }, [ready, picture, size, width, services]);
  return <canvas ref={ref} style={{ width, height: size }} aria-hidden="true" />;
}
