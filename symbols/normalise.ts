/**
 * SVG → VectorSymbol. resvg resolves CSS, `use`, shapes and nested transforms into
 * plain absolute paths; this turns its output into the compact JSON both renderers draw.
 */
import { Resvg } from '@resvg/resvg-js';
import { XMLParser } from 'fast-xml-parser';
import type { VectorPath, VectorSymbol } from '../src/symbols/vector';
import { optimiseSymbol } from './optimise';

type Node = Record<string, unknown> & { ':@'?: Record<string, string> };
type Matrix = [number, number, number, number, number, number];

const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });

/** Attributes we read; anything else on a path is reported so silent loss is caught. */
const KNOWN = new Set([
  'd', 'fill', 'stroke', 'stroke-width', 'fill-opacity', 'stroke-opacity', 'fill-rule',
  'stroke-linecap', 'stroke-linejoin', 'stroke-miterlimit', 'stroke-dasharray', 'transform',
  'opacity', 'id', 'clip-path', 'stroke-dashoffset', 'visibility', 'paint-order',
]);
export const unknownAttributes = new Set<string>();

const round = (n: number) => Math.round(n * 100) / 100;

/** Rounds numbers to 0.01 units (0.01/72 of a symbol) and drops redundant spaces. */
export function compactPath(d: string): string {
  return d
    .replace(/-?\d*\.?\d+(?:e-?\d+)?/gi, (n) => String(round(Number(n))))
    .replace(/\s*([MLCQZ])\s*/g, '$1')
    .replace(/\s+-/g, '-')
    .trim();
}

function parseMatrix(t: string | undefined): Matrix | undefined {
  if (!t) return undefined;
  const m = /matrix\(([^)]*)\)/.exec(t);
  if (!m) throw new Error(`Unexpected transform ${t}`);
  const v = m[1].split(/[\s,]+/).map(Number) as Matrix;
  return v;
}

function multiply(a: Matrix | undefined, b: Matrix | undefined): Matrix | undefined {
  if (!a) return b;
  if (!b) return a;
  return [
    a[0] * b[0] + a[2] * b[1],
    a[1] * b[0] + a[3] * b[1],
    a[0] * b[2] + a[2] * b[3],
    a[1] * b[2] + a[3] * b[3],
    a[0] * b[4] + a[2] * b[5] + a[4],
    a[1] * b[4] + a[3] * b[5] + a[5],
  ];
}

function colour(v: string | undefined): string | undefined {
  if (!v || v === 'none') return undefined;
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return '#' + [...v.slice(1)].map((c) => c + c).join('').toLowerCase();
  throw new Error(`Unexpected paint ${v}`);
}

function walk(nodes: Node[], matrix: Matrix | undefined, opacity: number, outPaths: VectorPath[]): void {
  for (const node of nodes) {
    const tag = Object.keys(node).find((k) => k !== ':@')!;
    const attrs = node[':@'] ?? {};
    if (tag === 'defs' || tag === 'clipPath' || tag === 'mask') continue;
    const m = multiply(matrix, parseMatrix(attrs.transform));
    const o = opacity * (attrs.opacity !== undefined ? Number(attrs.opacity) : 1);
    if (tag === 'g' || tag === 'svg') {
      walk(node[tag] as Node[], m, o, outPaths);
      continue;
    }
    if (tag !== 'path' || attrs.visibility === 'hidden') continue;
    for (const k of Object.keys(attrs)) if (!KNOWN.has(k)) unknownAttributes.add(k);
    const p: VectorPath = { d: compactPath(attrs.d) };
    // resvg omits fill when it is the default black
    const fill = attrs.fill === undefined ? '#000000' : colour(attrs.fill);
    if (fill) p.f = fill;
    const stroke = colour(attrs.stroke);
    if (stroke) {
      p.s = stroke;
      const w = attrs['stroke-width'] !== undefined ? Number(attrs['stroke-width']) : 1;
      if (w !== 1) p.w = round(w);
      if (attrs['stroke-linecap'] && attrs['stroke-linecap'] !== 'butt') p.lc = attrs['stroke-linecap'] as VectorPath['lc'];
      if (attrs['stroke-linejoin'] && attrs['stroke-linejoin'] !== 'miter') p.lj = attrs['stroke-linejoin'] as VectorPath['lj'];
      if (attrs['stroke-miterlimit'] && Number(attrs['stroke-miterlimit']) !== 4) p.ml = Number(attrs['stroke-miterlimit']);
      if (attrs['stroke-dasharray'] && attrs['stroke-dasharray'] !== 'none') p.da = attrs['stroke-dasharray'].split(/[\s,]+/).map(Number);
    }
    if (!p.f && !p.s) continue;
    const fo = o * (attrs['fill-opacity'] !== undefined ? Number(attrs['fill-opacity']) : 1);
    const so = o * (attrs['stroke-opacity'] !== undefined ? Number(attrs['stroke-opacity']) : 1);
    if (p.f && fo < 1) p.fo = round(fo);
    if (p.s && so < 1) p.so = round(so);
    if (attrs['fill-rule'] === 'evenodd') p.eo = 1;
    if (p.f && p.s && attrs['paint-order']?.startsWith('stroke')) p.po = 1;
    if (m && !(m[0] === 1 && m[1] === 0 && m[2] === 0 && m[3] === 1 && m[4] === 0 && m[5] === 0)) {
      p.m = m.map((x) => Math.round(x * 10000) / 10000) as Matrix;
    }
    outPaths.push(p);
  }
}

/** Normalises one SVG document into a VectorSymbol, made smaller for every renderer (`optimise.ts`). */
export function normaliseSvg(svg: string): VectorSymbol {
  return optimiseSymbol(resolveSvg(svg));
}

/** One SVG document as resvg resolves it: plain paths, as drawn, nothing made smaller. */
export function resolveSvg(svg: string): VectorSymbol {
  const simple = new Resvg(svg, { font: { loadSystemFonts: false } }).toString();
  const doc = parser.parse(simple) as Node[];
  const root = doc.find((n) => 'svg' in n)!;
  const attrs = root[':@'] ?? {};
  const [, , vw, vh] = (attrs.viewBox ?? `0 0 ${attrs.width} ${attrs.height}`).split(/\s+/).map(Number);
  const p: VectorPath[] = [];
  walk(root.svg as Node[], undefined, 1, p);
  return { vw, vh, p };
}
