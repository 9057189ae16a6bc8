/**
 * Measures OpenMoji's drawing style from the npm package, so the Signpost set can be held to it:
 *
 *   npx tsx symbols/signpost/measure.ts
 *
 * Writes `symbols/signpost/style.json`: the fill and stroke colours OpenMoji's colour and
 * black symbols use (with how many symbols use each), the stroke widths as drawn (a width
 * times the scale of its transform), and the line caps and joins. STYLE.md explains them;
 * `tests/symbols/signpost.test.ts` checks every Signpost symbol against this file.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normaliseSvg } from '../normalise';
import { drawnWidth } from './check';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('openmoji/package.json'));
const here = import.meta.dirname;

/** Widths are compared to a tenth of a unit (1/720 of a symbol). */
export const roundWidth = (w: number) => Math.round(w * 10) / 10;

interface Tally {
  symbols: number;
  fills: Record<string, number>;
  strokes: Record<string, number>;
  widths: Record<string, number>;
  caps: Record<string, number>;
  joins: Record<string, number>;
}

function tally(style: 'color' | 'black'): Tally {
  const t: Tally = { symbols: 0, fills: {}, strokes: {}, widths: {}, caps: {}, joins: {} };
  // each colour, width, cap and join counts once per symbol
  const bump = (o: Record<string, number>, k: string, seen: Set<string>) => {
    const key = `${[t.fills, t.strokes, t.widths, t.caps, t.joins].indexOf(o)}|${k}`;
    if (seen.has(key)) return;
    seen.add(key);
    o[k] = (o[k] ?? 0) + 1;
  };
  for (const f of readdirSync(join(pkg, style, 'svg')).filter((n) => n.endsWith('.svg'))) {
    const v = normaliseSvg(readFileSync(join(pkg, style, 'svg', f), 'utf8'));
    t.symbols++;
    const seen = new Set<string>();
    for (const p of v.p) {
      if (p.f) bump(t.fills, p.f, seen);
      if (p.s) {
        bump(t.strokes, p.s, seen);
        bump(t.widths, String(roundWidth(drawnWidth(p))), seen);
        bump(t.caps, p.lc ?? 'butt', seen);
        bump(t.joins, p.lj ?? 'miter', seen);
      }
    }
  }
  return t;
}

const sorted = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort((a, b) => b[1] - a[1]));

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop()!)) {
  const out: Record<string, unknown> = { about: 'Measured from the openmoji npm package by symbols/signpost/measure.ts: how many symbols use each colour, drawn stroke width, cap and join.', openmoji: require('openmoji/package.json').version };
  for (const style of ['color', 'black'] as const) {
    const t = tally(style);
    out[style] = { symbols: t.symbols, fills: sorted(t.fills), strokes: sorted(t.strokes), widths: sorted(t.widths), caps: sorted(t.caps), joins: sorted(t.joins) };
    console.log(style, t.symbols, 'symbols;', Object.keys(t.fills).length, 'fills;', Object.keys(t.strokes).length, 'strokes; widths', JSON.stringify(sorted(t.widths)).slice(0, 300), 'caps', JSON.stringify(t.caps), 'joins', JSON.stringify(t.joins));
  }
  writeFileSync(join(here, 'openmoji-style.json'), JSON.stringify(out, null, 1) + '\n');
}
