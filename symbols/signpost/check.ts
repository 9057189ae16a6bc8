/**
 * Checks a drawing against OpenMoji's measured style (openmoji-style.json, STYLE.md): only
 * OpenMoji's colours, strokes drawn 2 units wide (1 for fine detail), and everything, line
 * widths included, inside the 72-unit grid's 4-unit padding.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { VectorPath, VectorSymbol } from '../../src/symbols/vector';

export const GRID = { min: 4, max: 68 } as const;
/** Drawn stroke widths allowed: OpenMoji's line (2) and its fine line (1), to a hundredth. */
export const WIDTHS = [1, 2] as const;
const WIDTH_TOLERANCE = 0.02;

interface Measured {
  color: { fills: Record<string, number>; strokes: Record<string, number> };
  black: { fills: Record<string, number>; strokes: Record<string, number> };
}

/** The colours each style may use, read from the measurements. */
export function palette(): { color: Set<string>; black: Set<string> } {
  const m = JSON.parse(readFileSync(join(import.meta.dirname, 'openmoji-style.json'), 'utf8')) as Measured;
  const color = new Set([...Object.keys(m.color.fills), ...Object.keys(m.color.strokes)]);
  // black symbols are black lines; white only knocks out what a part in front hides
  const black = new Set([...Object.keys(m.black.fills), ...Object.keys(m.black.strokes), '#ffffff']);
  return { color, black };
}

/** The width a stroke is drawn at: its width times the scale of its transform. */
export function drawnWidth(p: VectorPath): number {
  const w = p.w ?? 1;
  if (!p.m) return w;
  const [a, b, c, d] = p.m;
  return w * Math.sqrt(Math.abs(a * d - b * c));
}

/** Points along a path (M/L/C/Q/Z, absolute), curves sampled, in the path's own coordinates. */
export function pathPoints(d: string): [number, number][] {
  const out: [number, number][] = [];
  const tokens = d.match(/[MLCQZ]|-?\d*\.?\d+(?:e-?\d+)?/gi) ?? [];
  let i = 0;
  let cmd = '';
  let x = 0;
  let y = 0;
  const num = () => Number(tokens[i++]);
  while (i < tokens.length) {
    if (/^[MLCQZ]$/i.test(tokens[i])) cmd = tokens[i++].toUpperCase();
    if (cmd === 'Z') continue;
    if (cmd === 'M' || cmd === 'L') {
      x = num();
      y = num();
      out.push([x, y]);
    } else if (cmd === 'Q') {
      const [x1, y1, x2, y2] = [num(), num(), num(), num()];
      for (let k = 1; k <= 8; k++) {
        const t = k / 8;
        const u = 1 - t;
        out.push([u * u * x + 2 * u * t * x1 + t * t * x2, u * u * y + 2 * u * t * y1 + t * t * y2]);
      }
      [x, y] = [x2, y2];
    } else if (cmd === 'C') {
      const [x1, y1, x2, y2, x3, y3] = [num(), num(), num(), num(), num(), num()];
      for (let k = 1; k <= 12; k++) {
        const t = k / 12;
        const u = 1 - t;
        out.push([u * u * u * x + 3 * u * u * t * x1 + 3 * u * t * t * x2 + t * t * t * x3, u * u * u * y + 3 * u * u * t * y1 + 3 * u * t * t * y2 + t * t * t * y3]);
      }
      [x, y] = [x3, y3];
    } else throw new Error(`unexpected path command ${tokens[i]}`);
  }
  return out;
}

/** The box a drawing covers, strokes included. */
export function extent(v: VectorSymbol): { x0: number; y0: number; x1: number; y1: number } {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const p of v.p) {
    const half = p.s ? drawnWidth(p) / 2 : 0;
    const [a, b, c, d, e, f] = p.m ?? [1, 0, 0, 1, 0, 0];
    for (const [px, py] of pathPoints(p.d)) {
      const x = a * px + c * py + e;
      const y = b * px + d * py + f;
      x0 = Math.min(x0, x - half);
      y0 = Math.min(y0, y - half);
      x1 = Math.max(x1, x + half);
      y1 = Math.max(y1, y + half);
    }
  }
  return { x0, y0, x1, y1 };
}

/** What is wrong with a drawing in a style; empty when it keeps the style. */
export function styleProblems(v: VectorSymbol, style: 'color' | 'black', colours = palette()): string[] {
  const problems = new Set<string>();
  const allowed = colours[style];
  if (v.vw !== 72 || v.vh !== 72) problems.add(`view box ${v.vw} × ${v.vh}, not 72 × 72`);
  for (const p of v.p) {
    if (p.f && !allowed.has(p.f)) problems.add(`fill ${p.f} is not an OpenMoji ${style} colour`);
    if (p.s && !allowed.has(p.s)) problems.add(`stroke ${p.s} is not an OpenMoji ${style} colour`);
    if (p.fo !== undefined || p.so !== undefined) problems.add('transparency (OpenMoji paints solid colours)');
    if (p.s) {
      const w = drawnWidth(p);
      if (!WIDTHS.some((x) => Math.abs(x - w) <= WIDTH_TOLERANCE)) problems.add(`stroke drawn ${Math.round(w * 100) / 100} wide (OpenMoji: 2, or 1 for detail)`);
    }
  }
  const e = extent(v);
  const slack = 0.05;
  if (e.x0 < GRID.min - slack || e.y0 < GRID.min - slack || e.x1 > GRID.max + slack || e.y1 > GRID.max + slack) {
    problems.add(`outside the grid's padding: x ${e.x0.toFixed(1)}–${e.x1.toFixed(1)}, y ${e.y0.toFixed(1)}–${e.y1.toFixed(1)} (keep within ${GRID.min}–${GRID.max})`);
  }
  return [...problems];
}
