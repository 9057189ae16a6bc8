/**
 * Sanitising imported SVG without a DOM, so it runs in a worker pool (and in Node): the
 * file is read as strict XML, and rebuilt from an allow-list. What comes out holds only
 * SVG drawing elements and presentation attributes, references inside the file (`#id`),
 * and CSS with every outside reference removed (svgCss.ts). Scripts, event handlers,
 * foreign objects, images, animations, links and anything namespaced are dropped, with
 * everything inside them. A file that is not well-formed XML with an `<svg>` root is
 * refused (null), as a browser's XML parser would refuse it.
 */
import { cleanSvgCss } from './svgCss';

/** Drawing elements kept, by their lower-case name, with their proper case. */
const ELEMENTS = new Map(
  [
    'svg', 'g', 'defs', 'symbol', 'use', 'switch', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon',
    'text', 'tspan', 'textPath', 'linearGradient', 'radialGradient', 'stop', 'pattern', 'clipPath', 'mask', 'marker',
    'filter', 'style', 'view', 'feBlend', 'feColorMatrix', 'feComponentTransfer', 'feComposite', 'feConvolveMatrix',
    'feDiffuseLighting', 'feDisplacementMap', 'feDistantLight', 'feDropShadow', 'feFlood', 'feFuncA', 'feFuncB',
    'feFuncG', 'feFuncR', 'feGaussianBlur', 'feMerge', 'feMergeNode', 'feMorphology', 'feOffset', 'fePointLight',
    'feSpecularLighting', 'feSpotLight', 'feTile', 'feTurbulence',
  ].map((n) => [n.toLowerCase(), n]),
);
/** Elements whose tags go but whose content stays (a link around a drawing). */
const UNWRAP = new Set(['a']);

/** Presentation and geometry attributes kept (DOMPurify's SVG list, less animation), by lower-case name. */
const ATTRIBUTES = new Map(
  [
    'accent-height', 'alignment-baseline', 'amplitude', 'azimuth', 'baseFrequency', 'baseline-shift', 'bias', 'class',
    'clip', 'clipPathUnits', 'clip-path', 'clip-rule', 'color', 'color-interpolation', 'color-interpolation-filters',
    'color-rendering', 'cx', 'cy', 'd', 'dx', 'dy', 'diffuseConstant', 'direction', 'display', 'divisor',
    'dominant-baseline', 'edgeMode', 'elevation', 'exponent', 'fill', 'fill-opacity', 'fill-rule', 'filter',
    'filterUnits', 'flood-color', 'flood-opacity', 'font-family', 'font-size', 'font-size-adjust', 'font-stretch',
    'font-style', 'font-variant', 'font-weight', 'fx', 'fy', 'fr', 'gradientUnits', 'gradientTransform', 'height', 'href',
    'id', 'image-rendering', 'in', 'in2', 'intercept', 'k', 'k1', 'k2', 'k3', 'k4', 'kerning', 'lang', 'lengthAdjust',
    'letter-spacing', 'kernelMatrix', 'kernelUnitLength', 'lighting-color', 'marker-end', 'marker-mid', 'marker-start',
    'markerHeight', 'markerUnits', 'markerWidth', 'maskContentUnits', 'maskUnits', 'mask', 'mask-type', 'method', 'mode',
    'numOctaves', 'offset', 'operator', 'opacity', 'order', 'orient', 'overflow', 'paint-order', 'pathLength',
    'patternContentUnits', 'patternTransform', 'patternUnits', 'points', 'preserveAlpha', 'preserveAspectRatio',
    'primitiveUnits', 'r', 'rx', 'ry', 'radius', 'refX', 'refY', 'result', 'rotate', 'scale', 'seed', 'shape-rendering',
    'side', 'slope', 'spacing', 'specularConstant', 'specularExponent', 'spreadMethod', 'startOffset', 'stdDeviation',
    'stitchTiles', 'stop-color', 'stop-opacity', 'stroke-dasharray', 'stroke-dashoffset', 'stroke-linecap',
    'stroke-linejoin', 'stroke-miterlimit', 'stroke-opacity', 'stroke', 'stroke-width', 'style', 'surfaceScale',
    'systemLanguage', 'tableValues', 'targetX', 'targetY', 'transform', 'transform-origin', 'text-anchor',
    'text-decoration', 'text-rendering', 'textLength', 'type', 'values', 'vector-effect', 'viewBox', 'visibility',
    'version', 'width', 'word-spacing', 'writing-mode', 'xChannelSelector', 'yChannelSelector', 'x', 'x1', 'x2', 'y',
    'y1', 'y2', 'z', 'xml:space', 'isolation', 'mix-blend-mode', 'font', 'line-height', 'white-space', 'enable-background',
  ].map((n) => [n.toLowerCase(), n]),
);
/** Elements whose text is drawn (kept, escaped); text anywhere else draws nothing and is dropped. */
const TEXT_ELEMENTS = new Set(['text', 'tspan', 'textPath']);

const NAME = /[A-Za-z_][\w:.-]*/y;
const ATTR = /\s+([^\s=/>"']+)\s*=\s*(?:"([^"]*)"|'([^']*)')/y;
const TAG_END = /\s*(\/?)>/y;
const END_TAG = /<\/([A-Za-z_][\w:.-]*)\s*>/y;
const ENTITY = /&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][\w.-]*);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
/** Most elements in one file; real symbols have hundreds to a few thousand. */
const MAX_ELEMENTS = 200_000;
const MAX_DEPTH = 256;

/** Entities decoded, or null when one is not one of XML's own or a valid character. */
function decode(s: string): string | null {
  if (!s.includes('&')) return s;
  let bad = false;
  const out = s.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') {
      if (!Object.hasOwn(NAMED, e)) bad = true;
      return NAMED[e] ?? '';
    }
    const cp = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    if (!(cp > 0 && cp <= 0x10ffff) || (cp >= 0xd800 && cp <= 0xdfff) || (cp < 0x20 && cp !== 9 && cp !== 10 && cp !== 13)) bad = true;
    return bad ? '' : String.fromCodePoint(cp);
  });
  // a bare ampersand is not well-formed XML
  return bad || s.replace(ENTITY, '').includes('&') ? null : out;
}

// most values (path data, numbers, colours) have nothing to escape: tested first, as long paths are most of a file
const escapeAttr = (s: string) => (/[&<>"]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;') : s);
const escapeText = (s: string) => (/[&<>]/.test(s) ? s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') : s);
const OUTSIDE_URL = /url\(\s*['"]?\s*(?!#)/i;

/** An attribute as kept (canonical name, cleaned value), or null when it is dropped. */
function cleanAttribute(rawName: string, rawValue: string): [string, string] | null {
  const lower = rawName.toLowerCase();
  const name = lower === 'xlink:href' ? 'href' : ATTRIBUTES.get(lower);
  if (!name) return null;
  const value = decode(rawValue);
  if (value === null) return null;
  if (name === 'style') {
    const css = cleanSvgCss(value).trim();
    return css ? [name, css] : null;
  }
  if (name === 'href') return value.trim().startsWith('#') ? [name, value.trim()] : null;
  // no value names a script, even where it would not run (defence in depth)
  if ((value.includes('(') && OUTSIDE_URL.test(value)) || (value.includes(':') && /(java|vb)script:/i.test(value.replace(/[\s\p{Cc}]+/gu, '')))) return null;
  return [name, value];
}

/** The SVG, sanitised, with its size; null when it is not a well-formed SVG file. */
export interface CleanSvg {
  svg: string;
  width: number;
  height: number;
}

/** Default side of a picture that gives no size, px. */
export const DEFAULT_SIDE = 512;

function sizeOf(attrs: Map<string, string>): { width: number; height: number } {
  const vb = attrs.get('viewBox')?.trim().split(/[\s,]+/).map(Number);
  const num = (v: string | undefined) => (v && !v.includes('%') ? parseFloat(v) : NaN);
  const width = Math.round(num(attrs.get('width')) || vb?.[2] || DEFAULT_SIDE);
  const height = Math.round(num(attrs.get('height')) || vb?.[3] || DEFAULT_SIDE);
  const clamp = (n: number) => (Number.isFinite(n) ? Math.min(4000, Math.max(1, n)) : DEFAULT_SIDE);
  return { width: clamp(width), height: clamp(height) };
}

/** Skips a DOCTYPE (its internal subset too; entities it declares are not expanded), returning the index after it. */
function skipDoctype(text: string, at: number): number {
  let i = at + 9;
  const close = text.indexOf('>', i);
  const open = text.indexOf('[', i);
  if (open >= 0 && (close < 0 || open < close)) {
    const end = text.indexOf(']', open);
    if (end < 0) return -1;
    i = end;
  }
  const gt = text.indexOf('>', i);
  return gt < 0 ? -1 : gt + 1;
}

/**
 * Sanitises SVG text (see the module comment). The root gets its namespace and a size in
 * pixels (from `width`/`height`, else the viewBox, else 512), as the pack stores it.
 */
export function sanitiseSvgText(text: string): CleanSvg | null {
  const reader = new SvgReader(text);
  try {
    if (!reader.read()) return null;
  } catch {
    return null;
  }
  const { stack, rootDone, rootSize, out } = reader;
  if (stack.length || !rootDone || !rootSize) return null;
  return { svg: out.join(''), ...rootSize };
}

/** An open element: the name as written, what it is written out as (null: not written), and whether its text is drawn. */
interface Open {
  raw: string;
  emit: string | null;
  text: boolean;
}

/** A start tag as read: its name as written, its attributes, and where it ends. */
interface StartTag {
  raw: string;
  attrs: [string, string][];
  selfClosing: boolean;
  /** Index just after the tag. */
  end: number;
}

/**
 * One pass over one file. Each reading step returns the index after what it read, or -1 when
 * the file is refused; what is kept is written to `out` as it goes.
 */
class SvgReader {
  readonly out: string[] = [];
  /** Open elements, the root first. */
  readonly stack: Open[] = [];
  /** How many dropped elements the reader is inside; their content goes with them. */
  private dropping = 0;
  rootDone = false;
  rootSize: { width: number; height: number } | null = null;
  /** The text of a `<style>` being read, cleaned as CSS when it closes. */
  private styleText: string[] | null = null;
  private elements = 0;

  constructor(private readonly text: string) {}

  /** Reads the whole file; false when it is not well-formed. */
  read(): boolean {
    const { text } = this;
    let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    while (i < text.length) {
      const lt = text.indexOf('<', i);
      if (lt < 0) {
        this.onText(text.slice(i), false);
        break;
      }
      if (lt > i) this.onText(text.slice(i, lt), false);
      i = this.markup(lt);
      if (i < 0) return false;
    }
    return true;
  }

  private onText(raw: string, cdata: boolean) {
    const top = this.stack[this.stack.length - 1];
    if (!top) {
      if (raw.trim()) throw new Error('text outside the root');
      return;
    }
    // an entity the file declares for itself (Illustrator's DTDs) is not expanded: its text is dropped
    const t = cdata ? raw : decode(raw);
    if (t === null || this.dropping) return;
    if (this.styleText) this.styleText.push(t);
    else if (top.text) this.out.push(escapeText(t));
  }

  /** Whatever starts with `<` at `lt`: a comment, CDATA, a processing instruction, a DOCTYPE or a tag. */
  private markup(lt: number): number {
    const { text } = this;
    const past = (close: string, from: number) => {
      const end = text.indexOf(close, from);
      return end < 0 ? -1 : end + close.length;
    };
    if (text.startsWith('<!--', lt)) return past('-->', lt + 4);
    if (text.startsWith('<![CDATA[', lt)) {
      const end = text.indexOf(']]>', lt + 9);
      if (end < 0 || !this.stack.length) return -1;
      this.onText(text.slice(lt + 9, end), true);
      return end + 3;
    }
    if (text.startsWith('<?', lt)) return past('?>', lt + 2);
    if (text.startsWith('<!DOCTYPE', lt) || text.startsWith('<!doctype', lt)) return this.stack.length || this.rootDone ? -1 : skipDoctype(text, lt);
    if (text.startsWith('</', lt)) return this.endTag(lt);
    return this.startTag(lt);
  }

  private endTag(lt: number): number {
    END_TAG.lastIndex = lt;
    const m = END_TAG.exec(this.text);
    const top = this.stack.pop();
    if (!m || !top || top.raw !== m[1]) return -1;
    const after = END_TAG.lastIndex;
    if (this.dropping) this.dropping--;
    else if (top.emit) {
      if (this.styleText) {
        this.out.push(escapeText(cleanSvgCss(this.styleText.join(''))));
        this.styleText = null;
      }
      this.out.push(`</${top.emit}>`);
    }
    if (!this.stack.length) this.rootDone = true;
    return after;
  }

  private startTag(lt: number): number {
    const tag = readStartTag(this.text, lt);
    if (!tag || this.rootDone || ++this.elements > MAX_ELEMENTS || this.stack.length >= MAX_DEPTH) return -1;
    const { raw, selfClosing } = tag;
    const lower = raw.toLowerCase();
    const parent = this.stack[this.stack.length - 1];
    if (!parent && lower !== 'svg') return -1;
    const plain = !raw.includes(':') && this.styleText === null;
    const kind = this.dropping ? 'inside' : plain && ELEMENTS.has(lower) ? 'keep' : plain && UNWRAP.has(lower) ? 'unwrap' : 'drop';
    const emit = kind === 'keep' ? this.writeStart(ELEMENTS.get(lower)!, tag, !parent) : null;
    if (selfClosing) {
      if (!parent) this.rootDone = true;
      return tag.end;
    }
    // a dropped element's content goes with it; an unwrapped one's stays
    if (kind === 'drop' || kind === 'inside') this.dropping++;
    this.stack.push({ raw, emit, text: kind === 'keep' ? TEXT_ELEMENTS.has(emit!) : kind === 'unwrap' && !!parent?.text });
    return tag.end;
  }

  /** Writes a kept start tag with its kept attributes; the root gets its namespace and size. Returns the name written. */
  private writeStart(emit: string, { attrs, selfClosing }: StartTag, root: boolean): string {
    const kept = new Map<string, string>();
    for (const [an, av] of attrs) {
      const c = cleanAttribute(an, av);
      if (c && !kept.has(c[0])) kept.set(c[0], c[1]);
    }
    if (root) {
      this.rootSize = sizeOf(kept);
      kept.set('width', String(this.rootSize.width));
      kept.set('height', String(this.rootSize.height));
    }
    const list = [...kept].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
    this.out.push(`<${emit}${root ? ' xmlns="http://www.w3.org/2000/svg"' : ''}${list}${selfClosing ? '/>' : '>'}`);
    if (emit === 'style' && !selfClosing) this.styleText = [];
    return emit;
  }
}

/** The start tag at `lt` (name, quoted attributes, `>` or `/>`), or null when it is not well-formed. */
function readStartTag(text: string, lt: number): StartTag | null {
  NAME.lastIndex = lt + 1;
  const m = NAME.exec(text);
  if (!m) return null;
  let p = NAME.lastIndex;
  const attrs: [string, string][] = [];
  for (;;) {
    ATTR.lastIndex = p;
    const a = ATTR.exec(text);
    if (!a) break;
    attrs.push([a[1], a[2] ?? a[3]]);
    p = ATTR.lastIndex;
  }
  TAG_END.lastIndex = p;
  const end = TAG_END.exec(text);
  if (!end) return null;
  return { raw: m[0], attrs, selfClosing: end[1] === '/', end: TAG_END.lastIndex };
}
