/**
 * A quick look while drawing: `npx tsx symbols/signpost/preview.ts [ids…] [--tone n] [--out file]`
 * writes a PNG of the chosen symbols (all when none are named) at 144 and 72 px, colour and black.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { CONCEPTS } from './concepts';
import { drawConcept } from './build';
import { renderPng, sheetSvg } from './sheetImage';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { tone: { type: 'string' }, out: { type: 'string' }, size: { type: 'string' }, cols: { type: 'string' } } });
const tone = Number(values.tone ?? 0);
const chosen = positionals.length ? CONCEPTS.filter((c) => positionals.includes(c.id)) : CONCEPTS;
const items = chosen.map((c) => ({ name: c.label, color: drawConcept(c, 'color', tone).svg, black: drawConcept(c, 'black', tone).svg }));
const out = values.out ?? '/tmp/preview.png';
writeFileSync(out, renderPng(sheetSvg(items, Number(values.cols ?? 4), Number(values.size ?? 144))));
console.log(`${items.length} symbols → ${out}`);
