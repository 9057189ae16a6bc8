/**
 * Drawing Scene primitives as PDF content-stream operators, with the document's shared
 * resources: fonts, photos, symbol forms and transparency states.
 *
 * A symbol drawn more than once becomes one Form XObject, placed wherever it appears; a
 * symbol drawn once is written straight into the page, which spares an object per symbol
 * and lets the page's compression see all its drawings at once.
 */
import type { PDFDocument, PDFFont, PDFRef } from '@cantoo/pdf-lib';
import type { Prim, Scene, TextPrim, TextRun, VectorSymbol } from '../layout/scene';
import { SHAPED_SCRIPT } from '../layout/scripts';
import { shapedRunOps } from './shape';
import { ellipseOps, num, rgb, roundRectOps } from './ops';
import { formOrigin, formScale, symbolForm, symbolFormContent } from './symbolForm';

/** Raised when a font the scene needs was not supplied. */
export class MissingFontError extends Error {
  constructor(readonly font: string) {
    super(`Font ${font} was not supplied`);
    this.name = 'MissingFontError';
  }
}

/** zlib-format deflate of one stream. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/** Resources one page's content uses, by resource name. */
export interface PageResources {
  xobjects: Set<string>;
  fonts: Set<string>;
  gstates: Set<string>;
}

export const noResources = (): PageResources => ({ xobjects: new Set(), fonts: new Set(), gstates: new Set() });

/** A matrix entry with enough digits for a scale applied to whole form units. */
const fine = (n: number): string => {
  const s = (Math.round(n * 1e6) / 1e6).toString();
  return s === '-0' ? '0' : s;
};

/** Points per symbol unit where a symbol is placed. */
const ptPerUnit = (pr: { w: number; h: number; drawing: VectorSymbol | null }): number => (pr.drawing ? Math.max(pr.w / pr.drawing.vw, pr.h / pr.drawing.vh) : 0);

export class Drawer {
  /** Streams to compress once all pages are written, all at once and natively. */
  private pending: { ref: PDFRef; content: string; dict: Record<string, unknown> }[] = [];
  private xobjects = new Map<string, { name: string; ref: PDFRef }>();
  private gstates = new Map<string, { name: string; ref: PDFRef }>();
  private fontNames = new Map<string, string>();
  private images = new Map<string, { name: string; ref: PDFRef; width: number; height: number }>();
  /** How many times each symbol is drawn in the whole document, and its largest size (points per unit). */
  private uses = new Map<string, { n: number; ptPerUnit: number }>();
  /** Page resource dictionaries by what they hold. */
  private sharedResources = new Map<string, PDFRef>();

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Map<string, PDFFont>,
    scene: Scene,
  ) {
    let i = 0;
    for (const id of fonts.keys()) this.fontNames.set(id, `F${i++}`);
    for (const p of scene.pages) {
      for (const it of p.items) {
        for (const pr of it.prims) {
          if (pr.t !== 'symbol' || !pr.drawing) continue;
          const u = this.uses.get(pr.key);
          const size = ptPerUnit(pr);
          this.uses.set(pr.key, { n: (u?.n ?? 0) + 1, ptPerUnit: Math.max(u?.ptPerUnit ?? 0, size) });
        }
      }
    }
  }

  /** Photos to embed before the pages are written (embedding is asynchronous). */
  async embedImages(scene: Scene): Promise<void> {
    for (const p of scene.pages) {
      for (const it of p.items) {
        for (const pr of it.prims) {
          if (pr.t !== 'image' || this.images.has(pr.key)) continue;
          if (pr.mime === 'image/svg+xml') throw new Error('SVG pictures must be rasterised before export (see ui/exportClient)');
          const bytes = Uint8Array.from(atob(pr.data), (c) => c.charCodeAt(0));
          const img = pr.mime === 'image/png' ? await this.pdf.embedPng(bytes) : await this.pdf.embedJpg(bytes);
          this.images.set(pr.key, { name: `I${this.images.size}`, ref: img.ref, width: img.width, height: img.height });
        }
      }
    }
  }

  /** Reserves a reference for a content stream, filled in by `finish()`. */
  stream(content: string, dict: Record<string, unknown> = {}): PDFRef {
    const ref = this.pdf.context.nextRef();
    this.pending.push({ ref, content, dict });
    return ref;
  }

  /** Compresses and stores every reserved stream. */
  finish(deflate: Deflate): void {
    const encoder = new TextEncoder();
    for (const p of this.pending) {
      this.pdf.context.assign(p.ref, this.pdf.context.stream(deflate(encoder.encode(p.content)), { ...p.dict, Filter: 'FlateDecode' } as never));
    }
    this.pending = [];
  }

  /** An ExtGState for fill/stroke opacity, shared across the document. */
  private alpha(ca: number, CA: number): string {
    const key = `${num(ca)}/${num(CA)}`;
    let g = this.gstates.get(key);
    if (!g) {
      const ref = this.pdf.context.register(this.pdf.context.obj({ Type: 'ExtGState', ca, CA }));
      g = { name: `GS${this.gstates.size}`, ref };
      this.gstates.set(key, g);
    }
    return g.name;
  }

  private gstateDict(names: Set<string>): Record<string, PDFRef> {
    const dict: Record<string, PDFRef> = {};
    for (const g of this.gstates.values()) if (names.has(g.name)) dict[g.name] = g.ref;
    return dict;
  }

  /** The Form XObject of a symbol, made on first use, at the precision its largest placement needs. */
  private symbolForm(key: string, v: VectorSymbol, k: number): string {
    const have = this.xobjects.get(key);
    if (have) return have.name;
    const used = new Set<string>();
    const content = symbolFormContent(v, k, (fo, so) => {
      const g = this.alpha(fo, so);
      used.add(g);
      return g;
    });
    const ref = this.stream(content, {
      Subtype: 'Form',
      // form units from the symbol's middle
      BBox: [(-v.vw * k) / 2, (-v.vh * k) / 2, (v.vw * k) / 2, (v.vh * k) / 2],
      Matrix: [Number(fine(1 / k)), 0, 0, Number(fine(1 / k)), ...formOrigin(v)],
      ...(used.size ? { Resources: { ExtGState: this.gstateDict(used) } } : {}),
    });
    const entry = { name: `S${this.xobjects.size}`, ref };
    this.xobjects.set(key, entry);
    return entry.name;
  }

  private symbol(pr: Extract<Prim, { t: 'symbol' }>, out: string[], used: PageResources): void {
    const v = pr.drawing;
    if (!v) {
      // a missing symbol prints as a dashed box, as on screen
      out.push('q', '0.6 0.6 0.6 RG', '1 w', '[4 3] 0 d', `${num(pr.x)} ${num(pr.y)} ${num(pr.w)} ${num(pr.h)} re`, 'S', 'Q');
      return;
    }
    const use = this.uses.get(pr.key);
    if (use && use.n > 1) {
      const name = this.symbolForm(pr.key, v, formScale(use.ptPerUnit));
      used.xobjects.add(name);
      out.push('q', `${num(pr.w / v.vw)} 0 0 ${num(pr.h / v.vh)} ${num(pr.x)} ${num(pr.y)} cm`, `/${name} Do`, 'Q');
      return;
    }
    // drawn once: in the page itself, in form units, clipped to its box as a form would be
    const k = formScale(ptPerUnit(pr));
    const sx = pr.w / v.vw / k;
    const sy = pr.h / v.vh / k;
    const { content, inside } = symbolForm(v, k, (fo, so) => {
      const g = this.alpha(fo, so);
      used.gstates.add(g);
      return g;
    });
    // form units from the symbol's middle
    const [ox, oy] = formOrigin(v);
    out.push('q', `${fine(sx)} 0 0 ${fine(sy)} ${num(pr.x + (ox * pr.w) / v.vw)} ${num(pr.y + (oy * pr.h) / v.vh)} cm`);
    // (a clip that would change nothing is left out)
    if (!inside) out.push(`${num((-v.vw * k) / 2)} ${num((-v.vh * k) / 2)} ${v.vw * k} ${v.vh * k} re W n`);
    out.push(content, 'Q');
  }

  private image(pr: Extract<Prim, { t: 'image' }>, out: string[], used: PageResources): void {
    const img = this.images.get(pr.key)!;
    used.xobjects.add(img.name);
    out.push('q');
    if (pr.circle) out.push(ellipseOps(pr.x, pr.y, pr.w, pr.h), 'W n');
    else if (pr.src) out.push(`${num(pr.x)} ${num(pr.y)} ${num(pr.w)} ${num(pr.h)} re`, 'W n');
    // the whole image is scaled so that its shown part fills the box
    const full = pr.src ? { x: pr.x - (pr.src.x * pr.w) / pr.src.w, y: pr.y - (pr.src.y * pr.h) / pr.src.h, w: (img.width * pr.w) / pr.src.w, h: (img.height * pr.h) / pr.src.h } : { x: pr.x, y: pr.y, w: pr.w, h: pr.h };
    // images fill the unit square bottom-up; the page is drawn top-down
    out.push(`${num(full.w)} 0 0 ${num(-full.h)} ${num(full.x)} ${num(full.y + full.h)} cm`, `/${img.name} Do`, 'Q');
  }

  /**
   * A line of text: a line with runs (Arabic script, a mixed line) run by run, each from the
   * left end layout gave it, in its font and direction; nothing is reordered or measured here.
   */
  private text(pr: TextPrim, out: string[], used: PageResources): void {
    if (!pr.runs) return this.run(pr, { text: pr.text, font: pr.font, rtl: false, x: pr.x }, out, used);
    // a run of spaces draws nothing
    for (const run of pr.runs) if (run.text.trim()) this.run(pr, run, out, used);
  }

  private run(pr: TextPrim, run: Omit<TextRun, 'w'>, out: string[], used: PageResources): void {
    const font = this.fonts.get(run.font);
    if (!font) throw new MissingFontError(run.font);
    const fname = this.fontNames.get(run.font)!;
    used.fonts.add(run.font);
    if (run.rtl || SHAPED_SCRIPT.test(run.text)) {
      out.push(...shapedRunOps(font, fname, run, pr.y, pr.size, rgb(pr.color)));
      return;
    }
    out.push('BT', `${rgb(pr.color)} rg`, `/${fname} ${num(pr.size)} Tf`, `1 0 0 -1 ${num(run.x)} ${num(pr.y)} Tm`, `${font.encodeText(run.text).toString()} Tj`, 'ET');
  }

  /** Appends the operators that draw one primitive, noting the resources it uses. */
  prim(pr: Prim, out: string[], used: PageResources): void {
    switch (pr.t) {
      case 'symbol':
        return this.symbol(pr, out, used);
      case 'image':
        return this.image(pr, out, used);
      case 'text':
        return this.text(pr, out, used);
      case 'rect':
      case 'ellipse': {
        const path = pr.t === 'ellipse' ? ellipseOps(pr.x, pr.y, pr.w, pr.h) : roundRectOps(pr.x, pr.y, pr.w, pr.h, pr.radius ?? 0);
        const stroke = pr.stroke && pr.strokeWidth > 0;
        if (!pr.fill && !stroke) return;
        out.push('q');
        if (pr.fill) out.push(`${rgb(pr.fill)} rg`);
        if (stroke) out.push(`${rgb(pr.stroke!)} RG`, `${num(pr.strokeWidth)} w`);
        if (pr.dash) out.push(`[${pr.dash.map(num).join(' ')}] 0 d`);
        out.push(path, pr.fill && stroke ? 'B' : pr.fill ? 'f' : 'S', 'Q');
        return;
      }
      case 'line':
      case 'poly': {
        const pts = pr.points;
        const segs = [`${num(pts[0])} ${num(pts[1])} m`];
        for (let i = 2; i < pts.length; i += 2) segs.push(`${num(pts[i])} ${num(pts[i + 1])} l`);
        if (pr.t === 'line') out.push('q', `${rgb(pr.color)} RG`, `${num(pr.width)} w`, ...segs, 'S', 'Q');
        else out.push('q', `${rgb(pr.fill)} rg`, ...segs, 'h', 'f', 'Q');
        return;
      }
    }
  }

  /**
   * The page's resource dictionary: what its content used, and no empty entries. Pages that
   * use the same resources share one dictionary object (page objects are written outside
   * the compressed object streams, so a dictionary in each costs its full size).
   */
  resources(used: PageResources): PDFRef {
    const dict = this.resourceDict(used);
    const key = JSON.stringify(Object.entries(dict).map(([k, d]) => [k, Object.entries(d).map(([n, r]) => [n, r.toString()])]));
    let ref = this.sharedResources.get(key);
    if (!ref) {
      ref = this.pdf.context.register(this.pdf.context.obj(dict));
      this.sharedResources.set(key, ref);
    }
    return ref;
  }

  private resourceDict(used: PageResources): Record<string, Record<string, PDFRef>> {
    const XObject: Record<string, PDFRef> = {};
    for (const x of [...this.xobjects.values(), ...this.images.values()]) if (used.xobjects.has(x.name)) XObject[x.name] = x.ref;
    const Font: Record<string, PDFRef> = {};
    for (const id of used.fonts) Font[this.fontNames.get(id)!] = this.fonts.get(id)!.ref;
    const all = { XObject, Font, ExtGState: this.gstateDict(used.gstates) };
    return Object.fromEntries(Object.entries(all).filter(([, d]) => Object.keys(d).length > 0));
  }
}
