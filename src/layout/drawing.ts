/** Small drawings several kinds share, each with one home: arrow heads and fitted pictures. */
import type { ImagePrim, PolyPrim } from './scene';

/** A filled arrow head with its point at (x, y), pointing away from (fromX, fromY). */
export function arrowHead(x: number, y: number, fromX: number, fromY: number, len: number, color: string): PolyPrim {
  const a = Math.atan2(y - fromY, x - fromX);
  const spread = Math.PI / 7;
  return {
    t: 'poly',
    points: [x, y, x - len * Math.cos(a - spread), y - len * Math.sin(a - spread), x - len * Math.cos(a + spread), y - len * Math.sin(a + spread)],
    fill: color,
  };
}

/** How far an arrow's line stops short of its point, so a square end does not poke through the head. */
export const arrowInset = (len: number) => len * Math.cos(Math.PI / 7) * 0.8;

/** A picture of `pw` × `ph` pixels fitted whole and centred in the box (x, y, w, h). */
export function fittedImage(pic: { width: number; height: number; mime: ImagePrim['mime']; data: string }, key: string, x: number, y: number, w: number, h: number): ImagePrim {
  const k = Math.min(w / pic.width, h / pic.height);
  return { t: 'image', x: x + (w - pic.width * k) / 2, y: y + (h - pic.height * k) / 2, w: pic.width * k, h: pic.height * k, key, mime: pic.mime, data: pic.data };
}
