import { describe, expect, it } from 'vitest';
import { drawOrder } from '../../src/pdf/drawOrder';
import { symbolFormContent } from '../../src/pdf/symbolForm';
import type { VectorPath, VectorSymbol } from '../../src/symbols/vector';

const FACE = 'M10 36C10 21.6 21.6 10 36 10C50.4 10 62 21.6 62 36C62 50.4 50.4 62 36 62C21.6 62 10 50.4 10 36Z';
const line = { s: '#000000', w: 2, lc: 'round', lj: 'round' } as const;
const sym = (...p: VectorPath[]): VectorSymbol => ({ vw: 72, vh: 72, p });

describe('drawOrder', () => {
  it('paints a fill and the outline drawn later of the same path as one path, when nothing between touches the outline', () => {
    const eye: VectorPath = { d: 'M30 30L32 30L32 32Z', f: '#000000' };
    const draws = drawOrder(sym({ d: FACE, f: '#fcea2b' }, eye, { d: FACE, ...line }));
    expect(draws.map((x) => [x.p.f, x.p.s])).toEqual([
      ['#fcea2b', '#000000'],
      ['#000000', undefined],
    ]);
    const ops = symbolFormContent(sym({ d: FACE, f: '#fcea2b' }, eye, { d: FACE, ...line }), 10, () => 'GS0');
    expect(ops.match(/^B$/gm)).toHaveLength(1);
    expect(ops.match(/ c$/gm)).toHaveLength(4); // the face's four curves, once
  });

  it('lets the outline pass under what is painted between in its own colour, opaquely: the pixels are the same either way', () => {
    const blackOnTheEdge: VectorPath = { d: 'M50 50L70 50L70 70L50 70Z', f: '#000000' };
    expect(drawOrder(sym({ d: FACE, f: '#fcea2b' }, blackOnTheEdge, { d: FACE, ...line }))).toHaveLength(2);
    expect(drawOrder(sym({ d: FACE, f: '#fcea2b' }, { ...blackOnTheEdge, fo: 0.5 }, { d: FACE, ...line }))).toHaveLength(3);
  });

  it('keeps them apart when something painted between reaches the outline, or either is see-through', () => {
    const hand: VectorPath = { d: 'M50 50L70 50L70 70L50 70Z', f: '#ffffff' };
    expect(drawOrder(sym({ d: FACE, f: '#fcea2b' }, hand, { d: FACE, ...line }))).toHaveLength(3);
    expect(drawOrder(sym({ d: FACE, f: '#fcea2b', fo: 0.5 }, { d: FACE, ...line }))).toHaveLength(2);
    expect(drawOrder(sym({ d: FACE, f: '#fcea2b' }, { d: FACE, ...line, so: 0.5 }))).toHaveLength(2);
  });

  it('takes a transform into the coordinates where that draws the same: a fill, a stroke that keeps its shape (its width scaled)', () => {
    const [fill] = drawOrder(sym({ d: 'M1 0L2 0L2 1Z', f: '#ff0000', m: [2, 0, 0, 3, 0, 0] }));
    expect(fill.p.m).toBeUndefined();
    expect(fill.sps[0].segs[0].p).toEqual([4, 0]);
    const [turned] = drawOrder(sym({ d: 'M1 0L2 0', ...line, m: [0, 2, -2, 0, 0, 0] }));
    expect(turned.p.m).toBeUndefined();
    expect(turned.p.w).toBe(4);
    expect(turned.sps[0].start).toEqual([0, 2]);
    // a stroke through a stretch would change its width with its direction: the transform stays
    const [stretched] = drawOrder(sym({ d: 'M1 0L2 0', ...line, m: [2, 0, 0, 1, 0, 0] }));
    expect(stretched.p.m).toEqual([2, 0, 0, 1, 0, 0]);
  });
});
