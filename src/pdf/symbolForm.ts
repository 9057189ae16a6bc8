/**
 * A symbol's drawing as PDF content, written small: coordinates are whole steps of the
 * precision print needs at the size the symbol is placed (see `formScale`; a /Matrix or `cm`
 * scales them back), paths are simplified to what print can show at that size
 * (`simplify.ts`) and written in PDF's shortest forms (`pathOps.ts`), a fill and its outline
 * share one path where the picture allows (`drawOrder.ts`), the graphics state is set only
 * when it changes, and runs of strokes in the same style are painted as one path.
 */
import type { VectorPath, VectorSymbol } from '../layout/scene';
import { num, rgb } from './ops';
import type { Paint } from './simplify';
import { subpathOps, unit, type Matrix } from './pathOps';
import { drawOrder, staysInside, type Draw } from './drawOrder';

/**
 * The step coordinates are rounded to on paper, points: an error of at most 0.05 pt
 * (0.018 mm), a fifth of a 300 dpi printer's dot.
 */
export const PRINT_STEP_PT = 0.1;

/**
 * Form units per symbol unit for a symbol placed `ptPerUnit` points per unit at its largest:
 * whole units of at most `PRINT_STEP_PT`, and never finer than the 0.01 the build kept.
 */
export function formScale(ptPerUnit: number): number {
  return Math.min(100, Math.max(1, Math.ceil(ptPerUnit / PRINT_STEP_PT)));
}

/**
 * How far, on paper, a simplified outline may stray from the symbol's own, points: 0.05 pt
 * (0.018 mm), as far as rounding to `PRINT_STEP_PT` moves a coordinate. Together at most
 * about 0.12 pt (0.04 mm), half a 300 dpi printer's dot.
 */
export const SIMPLIFY_PT = 0.05;

/** The simplification tolerance in symbol units for a symbol placed `ptPerUnit` points per unit at its largest. */
export const formTolerance = (ptPerUnit: number): number => (ptPerUnit > 0 ? SIMPLIFY_PT / ptPerUnit : 0);

const CAPS = { butt: 0, round: 1, square: 2 } as const;
const JOINS = { miter: 0, round: 1, bevel: 2 } as const;

/** The graphics state a path is painted in; `undefined` where it is not yet known. */
interface PaintState {
  fill?: string;
  stroke?: string;
  width?: string;
  cap: number;
  join: number;
  miter?: string;
  dash: string;
  alpha: string;
}

/** What a path needs of the graphics state, as operator operands. */
function needs(p: VectorPath, k: number, alpha: (fo: number, so: number) => string | null): Partial<PaintState> {
  const fo = p.f ? (p.fo ?? 1) : 1;
  const so = p.s ? (p.so ?? 1) : 1;
  const want: Partial<PaintState> = { alpha: alpha(fo, so) ?? '' };
  if (p.f) want.fill = rgb(p.f);
  if (p.s) {
    want.stroke = rgb(p.s);
    want.width = num((p.w ?? 1) * k);
    want.cap = CAPS[p.lc ?? 'butt'];
    want.join = JOINS[p.lj ?? 'miter'];
    // an absent miter limit is the page's, PDF's default of 10 (as it has always printed)
    want.miter = p.ml ? num(p.ml) : '10';
    want.dash = p.da ? `[${p.da.map((v) => num(v * k)).join(' ')}] 0` : '';
  }
  return want;
}

/** The operators that bring `state` to `want`, updating `state`. */
function setState(state: PaintState, want: Partial<PaintState>, out: string[]): void {
  if (want.alpha !== undefined && want.alpha !== state.alpha) {
    // the opaque state is named too, so that it can undo a transparent one
    out.push(`/${want.alpha} gs`);
    state.alpha = want.alpha;
  }
  if (want.fill !== undefined && want.fill !== state.fill) out.push(`${(state.fill = want.fill)} rg`);
  if (want.stroke !== undefined && want.stroke !== state.stroke) out.push(`${(state.stroke = want.stroke)} RG`);
  if (want.width !== undefined && want.width !== state.width) out.push(`${(state.width = want.width)} w`);
  if (want.cap !== undefined && want.cap !== state.cap) out.push(`${(state.cap = want.cap)} J`);
  if (want.join !== undefined && want.join !== state.join) out.push(`${(state.join = want.join)} j`);
  if (want.miter !== undefined && want.miter !== state.miter) out.push(`${(state.miter = want.miter)} M`);
  if (want.dash !== undefined && want.dash !== state.dash) out.push(`${(state.dash = want.dash) || '[] 0'} d`);
}

/** What simplifying a path must respect of its painting: sharp stroke ends or corners, dashes. */
function paintOf(p: VectorPath): Paint {
  const sharp = !!p.s && (p.lc !== 'round' || p.lj !== 'round');
  return { sharpHalfWidth: sharp ? (p.w ?? 1) / 2 : 0, dashed: !!p.da };
}

/** The most a transform stretches any distance: its largest singular value. */
function stretch(m: Matrix): number {
  const [a, b, c, d] = m;
  const s = a * a + b * b + c * c + d * d;
  const det = a * d - b * c;
  return Math.sqrt((s + Math.sqrt(Math.max(0, s * s - 4 * det * det))) / 2) || 1;
}

/** Whether two paths can be stroked as one: plain opaque strokes in one style, no transform left. */
const sameStroke = (a: Draw, b: Draw): boolean => {
  const [p, q] = [a.p, b.p];
  return !p.f && !q.f && !p.m && !q.m && !p.so && !q.so && p.s === q.s && p.w === q.w && p.lc === q.lc && p.lj === q.lj && p.ml === q.ml && !p.da && !q.da;
};

/**
 * Where form unit 0 is in a symbol: its middle. Numbers either side of it are shorter than
 * from a corner (a 140 pt card's run to 1512 from a corner, ±756 from the middle), and the
 * page's compression packs them about 3 % smaller.
 */
export const formOrigin = (v: VectorSymbol): [number, number] => [v.vw / 2, v.vh / 2];

/**
 * A path's operators: its own transform applied to its coordinates (measured from the
 * symbol's middle), or kept as a `cm` (then the tolerance shrinks by its stretch, and the
 * path's own coordinates are its own).
 */
function pathOps(dr: Draw, k: number, tol: number, origin: [number, number]): string {
  const p = dr.p;
  const t = p.m ? tol / stretch(p.m) : tol;
  return subpathOps(dr.sps, k, { tol: t, paint: paintOf(p), fillOnly: !p.s, origin: p.m ? undefined : origin });
}

/**
 * The content of a symbol's drawing in form units of `k` per symbol unit from its middle
 * (`formOrigin`), simplified to
 * within `tol` symbol units (0: exact). `alpha` names the shared graphics state for a fill
 * and stroke opacity.
 */
export function symbolFormContent(v: VectorSymbol, k: number, alpha: (fo: number, so: number) => string, tol = 0): string {
  return symbolForm(v, k, alpha, tol).content;
}

/** `symbolFormContent`, and whether the drawing stays within its box (so that a clip to the box would change nothing). */
export function symbolForm(v: VectorSymbol, k: number, alpha: (fo: number, so: number) => string, tol = 0): { content: string; inside: boolean } {
  // the form inherits the page's state where it is drawn: only what layout never changes is assumed
  const state: PaintState = { cap: 0, join: 0, miter: '10', dash: '', alpha: '' };
  let transparent = false;
  const alphaOf = (fo: number, so: number) => {
    if (fo < 1 || so < 1) transparent = true;
    return fo < 1 || so < 1 || transparent ? alpha(fo, so) : null;
  };
  const draws = drawOrder(v);
  const origin = formOrigin(v);
  const out: string[] = [];
  for (let i = 0; i < draws.length; i++) {
    const dr = draws[i];
    const p = dr.p;
    setState(state, needs(p, k, alphaOf), out);
    let path = pathOps(dr, k, tol, origin);
    // strokes in the same style that follow are one path: stroking is the same
    while (i + 1 < draws.length && sameStroke(dr, draws[i + 1])) path += '\n' + pathOps(draws[++i], k, tol, origin);
    const fillOp = p.eo ? 'f*' : 'f';
    const ops = p.f && p.s && p.po ? `${path}\nS\n${path}\n${fillOp}` : p.f && p.s ? `${path}\n${p.eo ? 'B*' : 'B'}` : p.f ? `${path}\n${fillOp}` : `${path}\nS`;
    if (p.m) out.push('q', `${p.m.slice(0, 4).map(num).join(' ')} ${unit(p.m[4] - origin[0], k)} ${unit(p.m[5] - origin[1], k)} cm`, ops, 'Q');
    else out.push(ops);
  }
  return { content: out.join('\n'), inside: staysInside(draws, v) };
}
