import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePath, simplifySubpath, type Paint, type Subpath } from '../../symbols/simplify';
import { resolveSvg } from '../../symbols/normalise';
import { pathDistance } from '../helpers/pathDistance';

const SVG_DIR = join(dirname(createRequire(import.meta.url).resolve('openmoji/package.json')), 'color', 'svg');

const FILL: Paint = { sharpHalfWidth: 0, dashed: false };
const one = (d: string): Subpath => parsePath(d)[0];
const simplified = (d: string, tol: number, paint = FILL) => simplifySubpath(one(d), tol, paint);
const curves = (sp: Subpath) => sp.segs.filter((s) => s.c1).length;

/** The cubic a→b→c→d split at t by de Casteljau: the two halves as SVG path data. */
function splitCubic(a: number[], b: number[], c: number[], d: number[], t: number): string {
  const l = (p: number[], q: number[]) => [p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t];
  const [ab, bc, cd] = [l(a, b), l(b, c), l(c, d)];
  const [abc, bcd] = [l(ab, bc), l(bc, cd)];
  const m = l(abc, bcd);
  return `M${a}C${ab} ${abc} ${m}C${bcd} ${cd} ${d}`;
}

describe('parsePath', () => {
  it('reads the build’s path data: M, L, C, Q and Z, numbers packed without spaces', () => {
    const [a, b] = parsePath('M1 2L3-4.5 5 .5ZM0 0Q3 3 6 0C1 1 2 2 3 3');
    expect(a).toEqual({ start: [1, 2], segs: [{ p: [3, -4.5] }, { p: [5, 0.5] }], closed: true });
    expect(b.segs[0]).toEqual({ c1: [2, 2], c2: [4, 2], p: [6, 0] }); // the quadratic as a cubic
    expect(b.segs[1]).toEqual({ c1: [1, 1], c2: [2, 2], p: [3, 3] });
    expect(() => parsePath('M0 0A1 1 0 0 1 2 2')).toThrow();
  });
});

describe('simplifySubpath', () => {
  it('makes a curve within the tolerance of its chord a line, and keeps one that bulges more', () => {
    expect(curves(simplified('M0 0C3 0.02 6 -0.02 9 0', 0.02))).toBe(0);
    expect(curves(simplified('M0 0C3 0.2 6 0.2 9 0', 0.02))).toBe(1);
  });

  it('draws a curve split in two as one again, and keeps two curves that meet at a corner', () => {
    const halves = splitCubic([0, 0], [10, 20], [30, 20], [40, 0], 0.35);
    const merged = simplified(halves, 0.01);
    expect(merged.segs).toHaveLength(1);
    expect(pathDistance(one(halves), merged)).toBeLessThanOrEqual(0.01);
    expect(simplified('M0 0C0 10 10 10 10 0C10 10 20 10 20 0', 0.01).segs).toHaveLength(2);
  });

  it('joins lines that run on within the tolerance, not a corner', () => {
    expect(simplified('M0 0L5 0.01L10 0L20 0', 0.02).segs).toEqual([{ p: [20, 0] }]);
    expect(simplified('M0 0L5 1L10 0', 0.02).segs).toHaveLength(2);
  });

  it('leaves a closed subpath’s last line to closing, and keeps a dot', () => {
    const sq = simplified('M0 0L10 0L10 10L0 10L0 5Z', 0.01);
    expect(sq.segs.map((s) => s.p)).toEqual([[10, 0], [10, 10], [0, 10]]);
    expect(simplified('M3 3L3 3', 0.1).segs).toHaveLength(1);
  });

  it('keeps where a stroke with square ends or mitred corners turns, which a round one may lose', () => {
    // a hook at the start: 0.02 long, too small to see as a path, but a butt end turns with it
    const hook = 'M0 0.02L0 0L10 0';
    expect(simplified(hook, 0.03).segs).toHaveLength(1);
    expect(simplified(hook, 0.03, { sharpHalfWidth: 1, dashed: false }).segs).toHaveLength(2);
    // a gentle curve keeps its ends' directions when merged, so a butt-ended stroke may still lose its joint
    const halves = splitCubic([0, 0], [10, 20], [30, 20], [40, 0], 0.5);
    expect(simplified(halves, 0.01, { sharpHalfWidth: 1, dashed: false }).segs).toHaveLength(1);
  });

  it('leaves a dashed stroke as it is: its dashes follow its length', () => {
    const sp = one('M0 0L5 0L10 0');
    expect(simplifySubpath(sp, 0.1, { sharpHalfWidth: 0, dashed: true })).toBe(sp);
  });

  it('keeps OpenMoji paths within the tolerance, measured, and draws fewer segments', () => {
    // 60 symbols spread over the set, as resvg resolves them (before the build makes them smaller)
    const files = readdirSync(SVG_DIR).filter((_, i) => i % 70 === 0);
    const tol = 0.05;
    let worst = 0;
    let [before, after] = [0, 0];
    let loose = 0;
    for (const f of files) {
      for (const p of resolveSvg(readFileSync(join(SVG_DIR, f), 'utf8')).p) {
        const paint = { sharpHalfWidth: p.s && (p.lc !== 'round' || p.lj !== 'round') ? (p.w ?? 1) / 2 : 0, dashed: !!p.da };
        for (const sp of parsePath(p.d)) {
          const s = simplifySubpath(sp, tol, paint);
          worst = Math.max(worst, pathDistance(sp, s));
          [before, after] = [before + sp.segs.length, after + s.segs.length];
          // the measure can fail: at four times the tolerance some paths stray beyond it
          loose = Math.max(loose, pathDistance(sp, simplifySubpath(sp, 4 * tol, paint)));
        }
      }
    }
    expect(files.length).toBeGreaterThan(50);
    expect(worst).toBeLessThanOrEqual(tol);
    expect(loose).toBeGreaterThan(tol);
    expect(after).toBeLessThan(before * 0.97);
  }, 30_000); // 60 symbols through resvg: over 5 s when the machine is busy
});
