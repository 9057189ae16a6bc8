/**
 * The drawing kit of the Signpost symbols: a symbol is a list of parts placed on OpenMoji's
 * 72 × 72 grid, each either an OpenMoji symbol (people, hands, buildings, objects) or a shape
 * of our own drawn the way OpenMoji draws (a colour layer under a 2-unit black line layer,
 * round caps and joins). See STYLE.md.
 *
 * A part keeps OpenMoji's line width however it is scaled: its stroke widths are divided by
 * its scale, as OpenMoji's own small figures are drawn. In the black style a part is its
 * line layer only, as OpenMoji's black symbols are; a part marked `over` stands in front of
 * others, and its colour layer turns white there so that lines behind it do not show through.
 */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { XMLBuilder, XMLParser } from 'fast-xml-parser';

const require = createRequire(import.meta.url);
const pkg = dirname(require.resolve('openmoji/package.json'));

export type Style = 'color' | 'black';

/** OpenMoji's palette by the names of its own palette file (guidelines/openmoji-color-palette-inkscape.gpl). */
export const PALETTE = {
  blue: '#92d3f5',
  blueShadow: '#61b2e4',
  red: '#ea5a47',
  redShadow: '#d22f27',
  green: '#b1cc33',
  greenShadow: '#5c9e31',
  yellow: '#fcea2b',
  yellowShadow: '#f1b31c',
  white: '#ffffff',
  lightGrey: '#d0cfce',
  grey: '#9b9b9a',
  darkGrey: '#3f3f3f',
  black: '#000000',
  orange: '#f4aa41',
  orangeShadow: '#e27022',
  pink: '#ffa7c0',
  pinkShadow: '#e67a94',
  purple: '#b399c8',
  purpleShadow: '#8967aa',
  brown: '#a57939',
  brownShadow: '#6a462f',
  navy: '#1e50a0',
  maroon: '#781e32',
  darkGreen: '#186648',
} as const;
export type Colour = keyof typeof PALETTE | 'skin' | 'hair';

/** OpenMoji's skin-tone modifiers, lightest first, as the app's tone setting counts them (1–5). */
export const TONES = ['1F3FB', '1F3FC', '1F3FD', '1F3FE', '1F3FF'] as const;
/** Skin and hair of the default (yellow) figure and of each tone, as OpenMoji colours them. */
const SKIN = ['#fcea2b', '#fadcbc', '#debb90', '#c19a65', '#a57939', '#6a462f'];
const HAIR = ['#f1b31c', '#a57939', '#a57939', '#6a462f', '#3f3f3f', '#3f3f3f'];

/** Where a part goes: moved by (x, y) after scaling by s about the grid's top left; `flip` mirrors it. */
export interface Place {
  x?: number;
  y?: number;
  s?: number;
  /** Mirror left to right (about the part's own centre line, x = 36). */
  flip?: boolean;
  /** Rotate by this many degrees about the part's centre (36, 36). */
  rotate?: number;
  /** In the black style, hide what is behind this part (its colour layer turns white). */
  over?: boolean;
  /**
   * Draw every line of the part 1 unit wide, OpenMoji's width for fine detail: for a symbol
   * shrunk into a corner badge, whose 2-unit lines would run together at 72 px.
   */
  thin?: boolean;
}

/** One shape of our own: a path, rectangle, circle or polyline with a fill and/or the black line. */
export interface Shape {
  d?: string;
  rect?: [x: number, y: number, w: number, h: number, r?: number];
  circle?: [cx: number, cy: number, r: number];
  ellipse?: [cx: number, cy: number, rx: number, ry: number];
  line?: [x1: number, y1: number, x2: number, y2: number];
  /** Fill colour (in the colour style only). */
  fill?: Colour;
  /** A solid black fill that belongs to the line layer (eyes, dots): kept in the black style. */
  ink?: boolean;
  /** Stroke width of the black line; 0 for none. OpenMoji's is 2; 1 for fine detail. */
  w?: 0 | 1 | 2;
  /** A coloured stroke in the colour layer instead of the black line (rare: OpenMoji uses it for shine). */
  stroke?: Colour;
}

type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true });
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '', preserveOrder: true, suppressEmptyNode: true });
const tagOf = (n: XNode) => Object.keys(n).find((k) => k !== ':@')!;

const cache = new Map<string, XNode[]>();
/** The top-level nodes inside an OpenMoji SVG's root element. */
function openmoji(style: Style, id: string): XNode[] {
  const key = `${style}/${id}`;
  let nodes = cache.get(key);
  if (!nodes) {
    const file = join(pkg, style, 'svg', `${id}.svg`);
    if (!existsSync(file)) throw new Error(`OpenMoji has no symbol ${id}`);
    const doc = parser.parse(readFileSync(file, 'utf8')) as XNode[];
    nodes = (doc.find((n) => tagOf(n) === 'svg')!.svg as XNode[]).filter((n) => tagOf(n) !== '#text');
    cache.set(key, nodes);
  }
  return structuredClone(nodes);
}

const isLineGroup = (n: XNode) => tagOf(n) === 'g' && /^line/.test(n[':@']?.id ?? '');

/** Applies f to every element of a tree. */
function visit(nodes: XNode[], f: (n: XNode, tag: string) => void): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    if (tag === '#text') continue;
    f(n, tag);
    const kids = n[tag];
    if (Array.isArray(kids)) visit(kids as XNode[], f);
  }
}

/** Removes the elements whose path data matches (a smile, to draw another mouth). */
function dropPaths(nodes: XNode[], re: RegExp): void {
  for (const n of nodes) {
    const tag = tagOf(n);
    const kids = n[tag];
    if (!Array.isArray(kids)) continue;
    n[tag] = (kids as XNode[]).filter((k) => !re.test(k[':@']?.d ?? ''));
    dropPaths(n[tag] as XNode[], re);
  }
}

const PAINTED = new Set(['path', 'rect', 'circle', 'ellipse', 'polygon', 'polyline', 'line']);

/** Turns every paint of a tree white (a knock-out under a part that stands in front). */
function whiten(nodes: XNode[]): void {
  visit(nodes, (n, tag) => {
    const a = (n[':@'] ??= {});
    if (a.fill && a.fill !== 'none') a.fill = '#ffffff';
    else if (!a.fill && PAINTED.has(tag) && tag !== 'line' && tag !== 'polyline') a.fill = '#ffffff';
    if (a.stroke && a.stroke !== 'none') a.stroke = '#ffffff';
  });
}

/** Divides stroke widths by the part's scale, so that lines keep OpenMoji's width (1 everywhere when `thin`). */
function keepLineWidth(nodes: XNode[], s: number, thin = false): void {
  if (s === 1 && !thin) return;
  visit(nodes, (n) => {
    const a = n[':@'];
    if (!a) return;
    if (a['stroke-width'] !== undefined) {
      // snapped to 2 or 1 already (snapLineWidths): a thin part's 2-unit lines become 1
      const w = Number(a['stroke-width']);
      a['stroke-width'] = String((thin && w * stretchOf(a) >= 1.5 ? w / 2 : w) / s);
    }
    else if (a.stroke && a.stroke !== 'none') a['stroke-width'] = String(1 / s);
  });
}

/** How much an element's own matrix stretches its line (OpenMoji's classical building draws its line at w × √det). */
function stretchOf(a: Record<string, string>): number {
  const m = /matrix\(([^)]*)\)/.exec(a.transform ?? '');
  const [ma, mb, mc, md] = m ? m[1].split(/[\s,]+/).map(Number) : [1, 0, 0, 1];
  return Math.sqrt(Math.abs(ma * md - mb * mc)) || 1;
}

/**
 * OpenMoji draws most lines 2 wide and fine detail 1 wide, with a few parts at 1.6–2.4 from
 * scaling in the editor: a part's lines are set to the nearest of the two.
 */
function snapLineWidths(nodes: XNode[]): void {
  visit(nodes, (n) => {
    const a = n[':@'];
    if (!a || a['stroke-width'] === undefined) return;
    const w = Number(a['stroke-width']);
    const det = stretchOf(a);
    a['stroke-width'] = String((w * det >= 1.5 ? 2 : 1) / det);
  });
}

function transformOf(p: Place): string {
  const t: string[] = [];
  if (p.x || p.y) t.push(`translate(${p.x ?? 0} ${p.y ?? 0})`);
  if (p.s && p.s !== 1) t.push(`scale(${p.s})`);
  if (p.rotate) t.push(`rotate(${p.rotate} 36 36)`);
  if (p.flip) t.push('matrix(-1 0 0 1 72 0)');
  // (thin and over change how the part is painted, not where it goes)
  return t.join(' ');
}

const r2 = (n: number) => Math.round(n * 1000) / 1000;

/** A symbol being drawn in one style and skin tone (0 = OpenMoji's default yellow, 1–5 the tones). */
/** A move and scale of the whole drawing (about the grid's centre), to fit it inside the padding. */
export interface Frame {
  dx: number;
  dy: number;
  s: number;
}

export class Drawing {
  private readonly out: { nodes: XNode[]; place: Place }[] = [];
  /** True once a part shows a person (the symbol then gets skin tones). */
  person = false;
  /** What the drawing is made of: the OpenMoji ids of its parts, and the kit's named shapes (`clock`). */
  readonly uses: string[] = [];

  constructor(
    readonly style: Style,
    readonly tone: number,
  ) {}

  /** A colour of the palette, or the skin or hair of this drawing's tone. */
  colour(c: Colour): string {
    if (c === 'skin') return SKIN[this.tone];
    if (c === 'hair') return HAIR[this.tone];
    return PALETTE[c];
  }

  /**
   * An OpenMoji symbol as a part. `toned` says it shows a person whose skin follows the
   * drawing's tone (OpenMoji's own tone variant is used).
   */
  part(id: string, place: Place = {}, opts: { toned?: boolean; drop?: RegExp; lines?: boolean } = {}): this {
    const toned = !!opts.toned;
    if (toned) this.person = true;
    this.uses.push(id);
    const want = toned && this.tone > 0 ? this.toneFile(id) : id;
    let nodes: XNode[];
    if (this.style === 'color' && !opts.lines) nodes = openmoji('color', want);
    else if (place.over) {
      nodes = openmoji('color', want);
      for (const n of nodes) if (!isLineGroup(n)) whiten([n]);
    } else nodes = openmoji('black', want);
    if (opts.drop) dropPaths(nodes, opts.drop);
    this.place(nodes, place);
    return this;
  }

  /** The file of an OpenMoji person's tone variant (OpenMoji puts the tone after the first code point). */
  private toneFile(id: string): string {
    const tone = TONES[this.tone - 1];
    const [first, ...rest] = id.split('-');
    const file = [first, tone, ...rest].join('-');
    if (!existsSync(join(pkg, 'color', 'svg', `${file}.svg`))) throw new Error(`OpenMoji has no tone ${tone} of ${id}`);
    return file;
  }

  /** Shapes of our own, drawn as OpenMoji draws: fills first, then the black line. */
  shapes(list: Shape[], place: Place = {}): this {
    const colour: string[] = [];
    const line: string[] = [];
    const knockOut = this.style === 'black' && place.over;
    for (const sh of list) {
      const geom = geometry(sh);
      if (sh.fill && (this.style === 'color' || knockOut)) colour.push(`<${geom} fill="${knockOut ? '#ffffff' : this.colour(sh.fill)}"/>`);
      if (sh.stroke && this.style === 'color') colour.push(`<${geom} fill="none" stroke="${this.colour(sh.stroke)}" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`);
      if (sh.ink) line.push(`<${geom} fill="#000000"/>`);
      const w = sh.w ?? 2;
      if (w > 0 && !sh.ink) line.push(`<${geom} fill="none" stroke="#000000" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`);
    }
    const nodes = parser.parse(`<g id="color">${colour.join('')}</g><g id="line">${line.join('')}</g>`) as XNode[];
    this.place(nodes, place);
    return this;
  }

  private place(nodes: XNode[], place: Place): void {
    snapLineWidths(nodes);
    this.out.push({ nodes, place });
  }

  /** The finished SVG, moved and scaled by a frame (its lines keep their width). */
  svg(frame: Frame = { dx: 0, dy: 0, s: 1 }): string {
    const body = this.out.map(({ nodes, place }) => {
      const copy = structuredClone(nodes);
      keepLineWidth(copy, (place.s ?? 1) * frame.s, place.thin);
      const inner = builder.build(copy) as string;
      const t = transformOf(place);
      return t ? `<g transform="${t}">${inner}</g>` : inner;
    });
    const f = frame.s === 1 && !frame.dx && !frame.dy ? '' : `translate(${r2(36 + frame.dx - 36 * frame.s)} ${r2(36 + frame.dy - 36 * frame.s)}) scale(${r2(frame.s)})`;
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 72 72" width="72" height="72">${f ? `<g transform="${f}">${body.join('')}</g>` : body.join('')}</svg>`;
  }
}

function geometry(sh: Shape): string {
  if (sh.d) return `path d="${sh.d}"`;
  if (sh.rect) {
    const [x, y, w, h, r] = sh.rect;
    return `rect x="${r2(x)}" y="${r2(y)}" width="${r2(w)}" height="${r2(h)}"${r ? ` rx="${r}"` : ''}`;
  }
  if (sh.circle) return `circle cx="${sh.circle[0]}" cy="${sh.circle[1]}" r="${sh.circle[2]}"`;
  if (sh.ellipse) return `ellipse cx="${sh.ellipse[0]}" cy="${sh.ellipse[1]}" rx="${sh.ellipse[2]}" ry="${sh.ellipse[3]}"`;
  if (sh.line) return `line x1="${sh.line[0]}" y1="${sh.line[1]}" x2="${sh.line[2]}" y2="${sh.line[3]}"`;
  throw new Error('a shape needs d, rect, circle, ellipse or line');
}
