/**
 * Pictures made of one to three symbols side by side, with an optional modifier drawn
 * over them: a red bar for "not", or a small question mark, plus, or past/future arrow.
 * Modifiers are drawn the same way over any symbol set.
 */
import type { Prim } from './scene';
import type { LayoutDeps } from './deps';
import type { LayoutStyle } from './style';
import type { Modifier } from '../symbols/vocabulary';
import { generatedPrims, isGeneratedId } from './generated';
import { fittedImage } from './drawing';

/** OpenMoji symbols used as modifier badges. */
export const MODIFIER_BADGES: Record<Exclude<Modifier, 'not'>, string> = { question: '2753', plus: '2795', past: '2B05', future: '27A1' };
const NOT_RED = '#d32f2f';

export interface PictureSpec {
  set: string;
  ids: string[];
  modifier?: Modifier | null;
}

/** Width a picture of `ids.length` symbols takes at height `size`. */
export function pictureWidth(n: number, size: number): number {
  return n <= 1 ? size : n * size * (n === 2 ? 0.62 : 0.45);
}

/** Prims of a composed picture whose box is (x, y, width, size). */
export function composedPrims(p: PictureSpec, x: number, y: number, size: number, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  const n = p.ids.length;
  const side = n <= 1 ? size : n === 2 ? size * 0.62 : size * 0.45;
  const top = y + (size - side) / 2;
  const prims: Prim[] = p.ids.flatMap((id, i): Prim | Prim[] => {
    // a clock or calendar made from the sentence's values, drawn here whatever the set
    if (isGeneratedId(id)) return generatedPrims(id, x + i * side, top, side, style, deps);
    const img = deps.packImage?.({ set: p.set, id });
    // a caption can take a whole card, leaving the picture no room: an empty image is no picture
    if (img && !(side > 0)) return [];
    if (img) {
      // an imported pack's picture, fitted in the square
      return [fittedImage(img, `${p.set}/${id}`, x + i * side, top, side, side)];
    }
    return [{ t: 'symbol', x: x + i * side, y: top, w: side, h: side, key: `${p.set}/${id}/${style.symbolStyle}`, drawing: deps.drawing({ set: p.set, id }, style.symbolStyle) ?? null }];
  });
  const w = pictureWidth(n, size);
  if (p.modifier === 'not') {
    const inset = size * 0.08;
    prims.push({ t: 'line', points: [x + inset, y + size - inset, x + w - inset, y + inset], color: NOT_RED, width: Math.max(1.5, size * 0.09) });
  } else if (p.modifier) {
    const b = size * 0.42;
    const id = MODIFIER_BADGES[p.modifier];
    prims.push({ t: 'symbol', x: x + w - b * 0.8, y: y - b * 0.2, w: b, h: b, key: `openmoji/${id}/color`, drawing: deps.drawing({ set: 'openmoji', id }, 'color') ?? null });
  }
  return prims;
}
