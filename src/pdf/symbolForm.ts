/**
 * A symbol's drawing as PDF content, written small: coordinates are whole steps of the
 * precision print needs at the size the symbol is placed (see `formScale`; a /Matrix or `cm`
 * scales them back), measured from the symbol's middle, in PDF's shortest path forms
 * (`pathOps.ts`); the graphics state is set only when it changes, and runs of strokes in the
 * same style are painted as one path. (The build has already simplified the drawing, taken
 * transforms into coordinates and painted fills with their outlines: `symbols/optimise.ts`.)
 */
import type { VectorPath, VectorSymbol } from '../layout/scene';
import { num, rgb } from './ops';
import { formPathOps, unit } from './pathOps';

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

/** Whether two paths can be stroked as one: plain opaque strokes in one style, no transform. */
const sameStroke = (a: VectorPath, b: VectorPath): boolean =>
  !a.f && !b.f && !a.m && !b.m && !a.so && !b.so && a.s === b.s && a.w === b.w && a.lc === b.lc && a.lj === b.lj && a.ml === b.ml && !a.da && !b.da;

/**
 * Where form unit 0 is in a symbol: its middle. Numbers either side of it are shorter than
 * from a corner (a 140 pt card's run to 1512 from a corner, ±756 from the middle), and the
 * page's compression packs them about 3 % smaller.
 */
export const formOrigin = (v: VectorSymbol): [number, number] => [v.vw / 2, v.vh / 2];

/** How far paint reaches beyond a stroke's path: half its width, times what a mitred corner or square end adds. */
function reach(p: VectorPath): number {
  if (!p.s) return 0;
  const corner = p.lj === 'round' || p.lj === 'bevel' ? 1 : (p.ml ?? 10);
  const end = p.lc === 'square' ? Math.SQRT2 : 1;
  return ((p.w ?? 1) / 2) * Math.max(corner, end);
}

/**
 * The content of a symbol's drawing in form units of `k` per symbol unit from its middle
 * (`formOrigin`). `alpha` names the shared graphics state for a fill and stroke opacity.
 */
export function symbolFormContent(v: VectorSymbol, k: number, alpha: (fo: number, so: number) => string): string {
  return symbolForm(v, k, alpha).content;
}

/**
 * `symbolFormContent`, and whether the drawing stays within its box (its control points,
 * widened by its strokes), so that a clip to the box would change nothing.
 */
export function symbolForm(v: VectorSymbol, k: number, alpha: (fo: number, so: number) => string): { content: string; inside: boolean } {
  // the form inherits the page's state where it is drawn: only what layout never changes is assumed
  const state: PaintState = { cap: 0, join: 0, miter: '10', dash: '', alpha: '' };
  let transparent = false;
  const alphaOf = (fo: number, so: number) => {
    if (fo < 1 || so < 1) transparent = true;
    return fo < 1 || so < 1 || transparent ? alpha(fo, so) : null;
  };
  const origin = formOrigin(v);
  const [hw, hh] = [(v.vw * k) / 2, (v.vh * k) / 2];
  // a path with its own transform is not measured: its drawing is clipped as it always was
  let inside = true;
  const out: string[] = [];
  for (let i = 0; i < v.p.length; i++) {
    const p = v.p[i];
    setState(state, needs(p, k, alphaOf), out);
    const bounds = [Infinity, Infinity, -Infinity, -Infinity];
    const opts = { origin: p.m ? undefined : origin, fillOnly: !p.s, dashed: !!p.da, bounds };
    let path = formPathOps(p.d, k, opts);
    // strokes in the same style that follow are one path: stroking is the same
    while (i + 1 < v.p.length && sameStroke(p, v.p[i + 1])) path += '\n' + formPathOps(v.p[++i].d, k, opts);
    const r = reach(p) * k;
    if (p.m || bounds[0] - r < -hw || bounds[1] - r < -hh || bounds[2] + r > hw || bounds[3] + r > hh) inside = false;
    const fillOp = p.eo ? 'f*' : 'f';
    const ops = p.f && p.s && p.po ? `${path}\nS\n${path}\n${fillOp}` : p.f && p.s ? `${path}\n${p.eo ? 'B*' : 'B'}` : p.f ? `${path}\n${fillOp}` : `${path}\nS`;
    if (p.m) out.push('q', `${p.m.slice(0, 4).map(num).join(' ')} ${unit(p.m[4] - origin[0], k)} ${unit(p.m[5] - origin[1], k)} cm`, ops, 'Q');
    else out.push(ops);
  }
  return { content: out.join('\n'), inside };
}
