/** Laying out a photo: whole and fitted, or a square or circle from its middle. */
import { own } from '../../model/own';
import type { Asset, ImageElement } from '../../model/schema';
import type { Prim } from '../scene';
import { fittedImage } from '../drawing';
import type { ElementLayout } from './types';

function layoutImage(e: ImageElement, w: number, h: number, assets: Readonly<Record<string, Asset>>): Prim[] {
  const a = own(assets, e.assetId);
  if (!a) return [{ t: 'symbol', x: 0, y: 0, w, h, key: `missing/${e.assetId}`, drawing: null }];
  if (e.crop === 'none') return [fittedImage(a, `asset/${a.id}`, 0, 0, w, h)];
  // a square from the middle of the picture, filling the largest square in the box
  const side = Math.min(w, h);
  const s = Math.min(a.width, a.height);
  return [
    {
      t: 'image',
      x: (w - side) / 2,
      y: (h - side) / 2,
      w: side,
      h: side,
      key: `asset/${a.id}`,
      mime: a.mime,
      data: a.data,
      src: { x: (a.width - s) / 2, y: (a.height - s) / 2, w: s, h: s },
      ...(e.crop === 'circle' ? { circle: true } : {}),
    },
  ];
}

export const imageLayout: ElementLayout<ImageElement> = {
  // a photo with no description is a figure without a name, which readers announce as a photo
  layout: (e, w, h, { assets }) => ({ prims: layoutImage(e, w, h, assets).map((p) => ({ ...p, part: 0 })), parts: [{ role: 'figure', name: (e.description ?? '').trim() }], overflow: false }),
  pictures: () => [],
};
