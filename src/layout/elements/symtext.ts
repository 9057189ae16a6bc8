/** Laying out symbol text (pictures above words, or Easy Read rows). */
import type { SymbolText } from '../../model/schema';
import { layoutSymbolText, symbolTextPictures } from '../symbolText';
import { symbolRefsOf } from '../generated';
import { badgeRefs } from './badges';
import type { ElementLayout } from './types';

export const symbolTextLayout: ElementLayout<SymbolText> = {
  layout: (e, w, h, { style, deps }) => {
    const r = layoutSymbolText(e, w, h, style, deps);
    return { prims: r.prims, parts: r.parts, overflow: r.overflow, needHeight: r.height, ...(e.layout === 'above' ? { words: true as const } : {}), hotspots: r.boxes.map(({ key, n, x, y, w: bw, h: bh }) => ({ key, n, x, y, w: bw, h: bh })) };
  },
  pictures: (e, { style, deps }) =>
    symbolTextPictures(e, style, deps).flatMap(({ picture, words }) => ('ids' in picture ? [...symbolRefsOf(picture.set, picture.ids), ...badgeRefs(picture.modifier)].map((r) => ({ ...r, label: words })) : [])),
};
