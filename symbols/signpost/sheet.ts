/**
 * npm run symbols:sheet
 *
 * Writes the contact sheet of the Signpost symbols: every symbol at 300 px and at 72 px, in
 * colour and in black, with its name (`public/generated/signpost-sheet.png`, not committed),
 * and a reduced sheet for the README (`public/readme/signpost-symbols.png`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONCEPTS } from './concepts';
import { drawConcept } from './build';
import { renderPng, sheetSvg } from './sheetImage';

const root = join(import.meta.dirname, '..', '..');
const items = CONCEPTS.map((c) => ({ name: c.label, color: drawConcept(c, 'color').svg, black: drawConcept(c, 'black').svg }));
mkdirSync(join(root, 'public', 'generated'), { recursive: true });
const full = join(root, 'public', 'generated', 'signpost-sheet.png');
writeFileSync(full, renderPng(sheetSvg(items, 4, 300)));
const small = join(root, 'public', 'readme', 'signpost-symbols.png');
writeFileSync(small, renderPng(sheetSvg(items, 8, 72)));
console.log(`symbols:sheet: ${items.length} symbols → ${full} (300 and 72 px) and ${small} (72 px)`);
