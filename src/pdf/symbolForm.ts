/**
 * A symbol's drawing as PDF content, written small: coordinates are whole steps of the
 * precision print needs at the size the symbol is placed (see `formScale`; a /Matrix or `cm`
 * scales them back), the graphics state is set only when it changes, and runs of strokes in
 * the same style are painted as one path.
 */
import type { VectorPath, VectorSymbol } from '../layout/scene';
import { num, rgb } from './ops';

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

const OPS: Record<string, [arity: number, op: string]> = { M: [2, 'm'], L: [2, 'l'], C: [6, 'c'] };

/** A coordinate in form units (`k` per symbol unit): an integer. */
const unit = (n: number, k: number): string => {
  const r = Math.round(n * k);
  return r === 0 ? '0' : String(r);
};

/**
 * SVG path data (absolute M, L, C, Q, Z only: what the symbol build writes) to PDF path
 * operators in form units of `k` per symbol unit; quadratic curves become cubic.
 */
export function formPathOps(d: string, k: number): string {
  const tokens = d.match(/[A-DF-Za-df-z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const out: string[] = [];
  let i = 0;
  let cmd = '';
  let cx = 0;
  let cy = 0;
  let sx = 0;
  let sy = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const c = t.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) {
      cmd = t;
      i++;
      if (cmd === 'Z' || cmd === 'z') {
        out.push('h');
        cx = sx;
        cy = sy;
        continue;
      }
      if (i >= tokens.length) break;
    }
    const op = OPS[cmd];
    if (op) {
      const [n, name] = op;
      let s = '';
      for (let j = 0; j < n; j++) s += unit(Number(tokens[i + j]), k) + ' ';
      out.push(s + name);
      cx = Number(tokens[i + n - 2]);
      cy = Number(tokens[i + n - 1]);
      if (cmd === 'M') {
        sx = cx;
        sy = cy;
        cmd = 'L'; // further pairs after M are lines
      }
      i += n;
    } else if (cmd === 'Q') {
      const [qx, qy, x, y] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]].map(Number);
      out.push(`${unit(cx + (2 / 3) * (qx - cx), k)} ${unit(cy + (2 / 3) * (qy - cy), k)} ${unit(x + (2 / 3) * (qx - x), k)} ${unit(y + (2 / 3) * (qy - y), k)} ${unit(x, k)} ${unit(y, k)} c`);
      cx = x;
      cy = y;
      i += 4;
    } else {
      throw new Error(`Unsupported path command ${cmd}`);
    }
  }
  return out.join('\n');
}

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
 * The content of a symbol's drawing in form units of `k` per symbol unit. `alpha` names the
 * shared graphics state for a fill and stroke opacity.
 */
export function symbolFormContent(v: VectorSymbol, k: number, alpha: (fo: number, so: number) => string): string {
  // the form inherits the page's state where it is drawn: only what layout never changes is assumed
  const state: PaintState = { cap: 0, join: 0, miter: '10', dash: '', alpha: '' };
  let transparent = false;
  const alphaOf = (fo: number, so: number) => {
    if (fo < 1 || so < 1) transparent = true;
    return fo < 1 || so < 1 || transparent ? alpha(fo, so) : null;
  };
  const out: string[] = [];
  for (let i = 0; i < v.p.length; i++) {
    const p = v.p[i];
    setState(state, needs(p, k, alphaOf), out);
    let path = formPathOps(p.d, k);
    // strokes in the same style that follow are one path: stroking is the same
    while (i + 1 < v.p.length && sameStroke(p, v.p[i + 1])) path += '\n' + formPathOps(v.p[++i].d, k);
    const fillOp = p.eo ? 'f*' : 'f';
    const paint = p.f && p.s && p.po ? `${path}\nS\n${path}\n${fillOp}` : p.f && p.s ? `${path}\n${p.eo ? 'B*' : 'B'}` : p.f ? `${path}\n${fillOp}` : `${path}\nS`;
    if (p.m) out.push('q', `${p.m.slice(0, 4).map(num).join(' ')} ${unit(p.m[4], k)} ${unit(p.m[5], k)} cm`, paint, 'Q');
    else out.push(paint);
  }
  return out.join('\n');
}
