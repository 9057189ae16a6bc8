/** A sample card drawn through a profile, so its settings can be judged at a glance. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../model/profile';
import { createSymbolCard } from '../model/factory';
import { resolveStyle } from '../profile/resolve';
import { layoutElement } from '../layout/layout';
import { drawPrims, onImageLoaded } from '../canvas/draw';
import { useServices } from './services';

const SAMPLE = { set: 'openmoji', id: '1F3EB' };
const WIDTH_PX = 200;

export function ProfilePreview({ profile }: { profile: Profile }) {
  const { t } = useTranslation();
  const services = useServices();
  const ref = useRef<HTMLCanvasElement>(null);
  const [, setLoaded] = useState(0);
  const style = resolveStyle(profile);

  useEffect(() => {
    void services.library.loadDrawing(SAMPLE, style.symbolStyle).then(() => setLoaded((n) => n + 1));
  }, [services, style.symbolStyle]);
  useEffect(() => onImageLoaded(() => setLoaded((n) => n + 1)), []);

  useEffect(() => {
    const c = ref.current;
    if (!c) return;
    const card = { ...createSymbolCard(SAMPLE, t('profile.sampleCaption'), 0, 0, 60), border: true, height: 75 };
    const item = layoutElement(card, style, services.layoutDeps);
    const ratio = window.devicePixelRatio || 1;
    const k = WIDTH_PX / item.width;
    c.width = WIDTH_PX * ratio;
    c.height = item.height * k * ratio;
    c.style.width = `${WIDTH_PX}px`;
    c.style.height = `${item.height * k}px`;
    const ctx = c.getContext('2d')!;
    ctx.scale(k * ratio, k * ratio);
    ctx.fillStyle = style.background;
    ctx.fillRect(0, 0, item.width, item.height);
    drawPrims(ctx, item.prims);
  });

  return (
    <figure className="profile-preview">
      <canvas ref={ref} role="img" aria-label={`${t('profile.preview')}: ${t('profile.sampleCaption')}`} data-testid="profile-preview" />
      <figcaption>{t('profile.preview')}</figcaption>
    </figure>
  );
}
