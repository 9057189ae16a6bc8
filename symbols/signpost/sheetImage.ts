/**
 * Lays symbols out on a contact sheet (an SVG) and renders it to PNG with resvg: each
 * symbol at 300 px and at 72 px, in colour and in black, with its name underneath.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';

const require = createRequire(import.meta.url);

export interface SheetItem {
  name: string;
  color: string;
  black: string;
}

const esc = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);
/** The inside of an SVG document, to nest it at a place and size of our choosing. */
const inner = (svg: string) => svg.replace(/^[\s\S]*?<svg[^>]*>/, '').replace(/<\/svg>\s*$/, '');
const nest = (svg: string, x: number, y: number, size: number) => `<svg x="${x}" y="${y}" width="${size}" height="${size}" viewBox="0 0 72 72">${inner(svg)}</svg>`;

/**
 * The sheet as SVG. `big` is the size of the large pictures (300 for the full sheet); each
 * cell holds the colour and black pictures at that size, the two at 72 px, and the name.
 */
export function sheetSvg(items: readonly SheetItem[], columns: number, big = 300): string {
  if (big <= 72) return compactSheetSvg(items, columns);
  const pad = 16;
  const cellW = big * 2 + pad * 3;
  const cellH = big + 72 + 40 + pad * 3;
  const rows = Math.ceil(items.length / columns);
  const w = cellW * columns;
  const h = cellH * rows;
  const cells = items.map((it, i) => {
    const x = (i % columns) * cellW;
    const y = Math.floor(i / columns) * cellH;
    return [
      `<rect x="${x + 4}" y="${y + 4}" width="${cellW - 8}" height="${cellH - 8}" rx="8" fill="#ffffff" stroke="#d0cfce" stroke-width="2"/>`,
      nest(it.color, x + pad, y + pad, big),
      nest(it.black, x + pad * 2 + big, y + pad, big),
      nest(it.color, x + pad, y + pad * 2 + big, 72),
      nest(it.black, x + pad * 2 + 72, y + pad * 2 + big, 72),
      `<text x="${x + pad * 3 + 144}" y="${y + pad * 2 + big + 44}" font-family="Atkinson Hyperlegible Next" font-size="${Math.max(16, big / 10)}" fill="#000000">${esc(it.name)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#f4f4f4"/>${cells.join('')}</svg>`;
}

/** Renders an SVG to PNG bytes, with the app's own font for the names. */
export function renderPng(svg: string, width?: number): Buffer {
  const fonts = join(dirname(require.resolve('@expo-google-fonts/atkinson-hyperlegible-next/package.json')));
  const file = [join(fonts, '400Regular', 'AtkinsonHyperlegibleNext_400Regular.ttf')];
  const r = new Resvg(svg, { font: { loadSystemFonts: false, fontFiles: file, defaultFontFamily: 'Atkinson Hyperlegible Next' }, ...(width ? { fitTo: { mode: 'width' as const, value: width } } : {}) });
  return r.render().asPng();
}

/** For a quick look while drawing: nothing but the symbols, at `size` px, in a grid. */
export function gridSvg(svgs: readonly string[], columns: number, size: number): string {
  const rows = Math.ceil(svgs.length / columns);
  const w = columns * (size + 8);
  const h = rows * (size + 8);
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#ffffff"/>${svgs.map((s, i) => nest(s, (i % columns) * (size + 8) + 4, Math.floor(i / columns) * (size + 8) + 4, size)).join('')}</svg>`;
}

export const readText = (f: string) => readFileSync(f, 'utf8');

/** The sheet for the README: each symbol at 72 px in colour and in black, its name underneath. */
function compactSheetSvg(items: readonly SheetItem[], columns: number): string {
  const cellW = 180;
  const cellH = 110;
  const w = cellW * columns;
  const h = cellH * Math.ceil(items.length / columns);
  const cells = items.map((it, i) => {
    const x = (i % columns) * cellW;
    const y = Math.floor(i / columns) * cellH;
    const name = it.name.length > 26 ? `${it.name.slice(0, 25)}…` : it.name;
    return `${nest(it.color, x + 12, y + 6, 72)}${nest(it.black, x + 96, y + 6, 72)}<text x="${x + cellW / 2}" y="${y + 98}" text-anchor="middle" font-family="Atkinson Hyperlegible Next" font-size="14" fill="#000000">${esc(name)}</text>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#ffffff"/>${cells.join('')}</svg>`;
}
