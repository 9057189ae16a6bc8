import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { optimiseSymbol, pathData } from '../../symbols/optimise';
import { resolveSvg } from '../../symbols/normalise';
import { parsePath } from '../../symbols/simplify';
import { symbolFormContent } from '../../src/pdf/symbolForm';
import { vectorToSvg, type VectorPath, type VectorSymbol } from '../../src/symbols/vector';

const SVG_DIR = join(dirname(createRequire(import.meta.url).resolve('openmoji/package.json')), 'color', 'svg');
const FACE = 'M10 36C10 21.6 21.6 10 36 10C50.4 10 62 21.6 62 36C62 50.4 50.4 62 36 62C21.6 62 10 50.4 10 36Z';
const line = { s: '#000000', w: 2, lc: 'round', lj: 'round' } as const;
const sym = (...p: VectorPath[]): VectorSymbol => ({ vw: 72, vh: 72, p });

/** A drawing rendered by resvg, `size` pixels square: its RGBA pixels. */
const pixels = (v: VectorSymbol, size: number): Uint8Array => new Resvg(vectorToSvg(v), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } }).render().pixels;

/** Share of pixels where some channel differs by more than a quarter of its range. */
function differ(a: Uint8Array, b: Uint8Array): number {
  let bad = 0;
  for (let i = 0; i < a.length; i += 4) if (Math.max(Math.abs(a[i] - b[i]), Math.abs(a[i + 1] - b[i + 1]), Math.abs(a[i + 2] - b[i + 2]), Math.abs(a[i + 3] - b[i + 3])) > 64) bad++;
  return bad / (a.length / 4);
}

describe('optimiseSymbol', () => {
  it('paints a fill and the outline drawn later of the same path as one path, when nothing between touches the outline', () => {
    const eye: VectorPath = { d: 'M30 30L32 30L32 32Z', f: '#000000' };
    const v = optimiseSymbol(sym({ d: FACE, f: '#fcea2b' }, eye, { d: FACE, ...line }));
    expect(v.p.map((x) => [x.f, x.s])).toEqual([
      ['#fcea2b', '#000000'],
      ['#000000', undefined],
    ]);
    const ops = symbolFormContent(v, 10, () => 'GS0');
    expect(ops.match(/^B$/gm)).toHaveLength(1);
    expect(ops.match(/ c$/gm)).toHaveLength(4); // the face's four curves, once
  });

  it('lets the outline pass under what is painted between in its own colour, opaquely: the pixels are the same either way', () => {
    const blackOnTheEdge: VectorPath = { d: 'M50 50L70 50L70 70L50 70Z', f: '#000000' };
    expect(optimiseSymbol(sym({ d: FACE, f: '#fcea2b' }, blackOnTheEdge, { d: FACE, ...line })).p).toHaveLength(2);
    expect(optimiseSymbol(sym({ d: FACE, f: '#fcea2b' }, { ...blackOnTheEdge, fo: 0.5 }, { d: FACE, ...line })).p).toHaveLength(3);
  });

  it('keeps them apart when something painted between reaches the outline, or either is see-through', () => {
    const hand: VectorPath = { d: 'M50 50L70 50L70 70L50 70Z', f: '#ffffff' };
    expect(optimiseSymbol(sym({ d: FACE, f: '#fcea2b' }, hand, { d: FACE, ...line })).p).toHaveLength(3);
    expect(optimiseSymbol(sym({ d: FACE, f: '#fcea2b', fo: 0.5 }, { d: FACE, ...line })).p).toHaveLength(2);
    expect(optimiseSymbol(sym({ d: FACE, f: '#fcea2b' }, { d: FACE, ...line, so: 0.5 })).p).toHaveLength(2);
  });

  it('takes a transform into the coordinates where that draws the same: a fill, a stroke that keeps its shape (its width scaled)', () => {
    const [fill] = optimiseSymbol(sym({ d: 'M1 0L2 0L2 1Z', f: '#ff0000', m: [2, 0, 0, 3, 0, 0] })).p;
    expect(fill).toEqual({ d: 'M2 0L4 0L4 3Z', f: '#ff0000' });
    const [turned] = optimiseSymbol(sym({ d: 'M1 0L2 0', ...line, m: [0, 2, -2, 0, 0, 0] })).p;
    expect(turned.m).toBeUndefined();
    expect(turned.w).toBe(4);
    expect(turned.d).toBe('M0 2L0 4');
    // a stroke through a stretch would change its width with its direction: the transform stays
    const [stretched] = optimiseSymbol(sym({ d: 'M1 0L2 0', ...line, m: [2, 0, 0, 1, 0, 0] })).p;
    expect(stretched.m).toEqual([2, 0, 0, 1, 0, 0]);
  });

  it('writes path data compactly, to 0.01 units', () => {
    expect(pathData(parsePath('M1.004 -2L3.333 4.5C0 0 -1 -1.006 5 5Z'))).toBe('M1-2L3.33 4.5C0 0-1-1.01 5 5Z');
  });

  it('draws OpenMoji symbols as resvg drew them before: no pixel differs by more than anti-aliasing at 10 pixels a unit', () => {
    const files = readdirSync(SVG_DIR).filter((_, i) => i % 150 === 0);
    let worst = 0;
    let [pathsBefore, pathsAfter, numbersBefore, numbersAfter] = [0, 0, 0, 0];
    const count = (v: VectorSymbol) => v.p.reduce((n, p) => n + (p.d.match(/-?[\d.]+/g)?.length ?? 0), 0);
    let shifted = 0;
    for (const f of files) {
      const raw = resolveSvg(readFileSync(join(SVG_DIR, f), 'utf8'));
      const small = optimiseSymbol(raw);
      worst = Math.max(worst, differ(pixels(raw, 720), pixels(small, 720)));
      [pathsBefore, pathsAfter] = [pathsBefore + raw.p.length, pathsAfter + small.p.length];
      [numbersBefore, numbersAfter] = [numbersBefore + count(raw), numbersAfter + count(small)];
      // the comparison can fail: the whole drawing moved by 0.2 units (2 pixels) differs plainly
      const moved = { ...raw, p: raw.p.map((p) => ({ ...p, m: [1, 0, 0, 1, 0.2, 0] as VectorPath['m'] })) };
      shifted = Math.max(shifted, differ(pixels(raw, 720), pixels(moved, 720)));
    }
    expect(files.length).toBeGreaterThan(25);
    expect(worst).toBeLessThan(0.0005);
    expect(shifted).toBeGreaterThan(0.005);
    expect(pathsAfter).toBeLessThan(pathsBefore);
    expect(numbersAfter).toBeLessThan(numbersBefore * 0.97);
    console.log(`optimised: ${pathsBefore} → ${pathsAfter} paths, ${numbersBefore} → ${numbersAfter} numbers; pixels differing: ${(worst * 100).toFixed(4)} % at worst, moved 0.2 units ${(shifted * 100).toFixed(2)} %`);
    // (it renders about thirty symbols twice: 2–4 s alone, over 5 s on a busy two-core machine)
  }, 30_000);
});
