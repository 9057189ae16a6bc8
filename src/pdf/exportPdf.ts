/**
 * Scene → PDF bytes, with @cantoo/pdf-lib. Reads only the Scene and the font bytes it is
 * given, so it runs in a Web Worker and in Node alike.
 *
 * Pages are drawn y-down (one `cm` flips the page), exactly as the canvas draws them.
 * Each distinct symbol becomes one Form XObject, placed wherever it appears, so symbols
 * stay vector and repeated symbols cost a few bytes each.
 */
import { PDFDocument, PDFName, type PDFFont, type PDFRef } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { zlibSync } from 'fflate';
import type { Prim, Scene, ScenePage, VectorSymbol } from '../layout/scene';
import { SHAPED_SCRIPT } from '../layout/scripts';
import { shapedTextOps } from './shape';
import { ellipseOps, num, pathOps, rgb, rotationMatrix, roundRectOps } from './ops';

export interface ExportOptions {
  /** TrueType bytes per font id used in the scene (`scene.fonts`). */
  fonts: Record<string, Uint8Array>;
  /** The `.signpost` file, attached so the PDF can be reopened for editing. */
  source?: Uint8Array;
  /** File name of the attachment. */
  sourceName?: string;
  /** Written into the metadata as author, when given. */
  author?: string;
  /** Fixed dates make output reproducible in tests. */
  date?: Date;
  /** Called after each page. */
  onProgress?: (done: number, total: number) => void;
  /** Stream compressor; defaults to fflate. */
  deflate?: Deflate;
  /** When set, the PDF opens only with this password (AES-256). */
  password?: string;
}

/** Raised when a font the scene needs was not supplied. */
export class MissingFontError extends Error {
  constructor(readonly font: string) {
    super(`Font ${font} was not supplied`);
    this.name = 'MissingFontError';
  }
}

const CAPS = { round: 1, square: 2 } as const;
const JOINS = { round: 1, bevel: 2 } as const;

/** zlib-format deflate of one stream. */
export type Deflate = (data: Uint8Array) => Uint8Array;

/** fflate in the browser and the worker; Node callers pass `node:zlib`'s native deflate. */
const fflateDeflate: Deflate = (data) => zlibSync(data, { level: 6 });

class Writer {
  /** Streams to compress once all pages are written, all at once and natively. */
  private pending: { ref: PDFRef; content: string; dict: Record<string, unknown> }[] = [];
  private xobjects = new Map<string, { name: string; ref: PDFRef }>();
  private gstates = new Map<string, { name: string; ref: PDFRef }>();
  private fontNames = new Map<string, string>();
  private images = new Map<string, { name: string; ref: PDFRef; width: number; height: number }>();
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

  constructor(
    private readonly pdf: PDFDocument,
    private readonly fonts: Map<string, PDFFont>,
  ) {
    let i = 0;
    for (const id of fonts.keys()) this.fontNames.set(id, `F${i++}`);
  }

  /** Reserves a reference for a content stream, filled in by `finish()`. */
  private stream(content: string, dict: Record<string, unknown> = {}): PDFRef {
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

  private gstateResources(names: Set<string>) {
    const dict: Record<string, PDFRef> = {};
    for (const g of this.gstates.values()) if (names.has(g.name)) dict[g.name] = g.ref;
    return dict;
  }

  /** The Form XObject of a symbol, made on first use. */
  symbol(key: string, v: VectorSymbol): string {
    const have = this.xobjects.get(key);
    if (have) return have.name;
    const used = new Set<string>();
    const out: string[] = [];
    for (const p of v.p) {
      out.push('q');
      if (p.m) out.push(`${p.m.map(num).join(' ')} cm`);
      const fo = p.f ? (p.fo ?? 1) : 1;
      const so = p.s ? (p.so ?? 1) : 1;
      if (fo < 1 || so < 1) {
        const g = this.alpha(fo, so);
        used.add(g);
        out.push(`/${g} gs`);
      }
      if (p.f) out.push(`${rgb(p.f)} rg`);
      if (p.s) {
        out.push(`${rgb(p.s)} RG`, `${num(p.w ?? 1)} w`);
        if (p.lc) out.push(`${CAPS[p.lc]} J`);
        if (p.lj) out.push(`${JOINS[p.lj]} j`);
        if (p.ml) out.push(`${num(p.ml)} M`);
        if (p.da) out.push(`[${p.da.map(num).join(' ')}] 0 d`);
      }
      const path = pathOps(p.d);
      const fillOp = p.eo ? 'f*' : 'f';
      if (p.f && p.s && p.po) out.push(path, 'S', path, fillOp);
      else if (p.f && p.s) out.push(path, p.eo ? 'B*' : 'B');
      else if (p.f) out.push(path, fillOp);
      else out.push(path, 'S');
      out.push('Q');
    }
    const ref = this.stream(out.join('\n'), {
      Type: 'XObject',
      Subtype: 'Form',
      BBox: [0, 0, v.vw, v.vh],
      Resources: { ExtGState: this.gstateResources(used) },
    });
    const entry = { name: `S${this.xobjects.size}`, ref };
    this.xobjects.set(key, entry);
    return entry.name;
  }

  prims(prims: readonly Prim[], out: string[], usedX: Set<string>, usedFonts: Set<string>): void {
    for (const pr of prims) {
      switch (pr.t) {
        case 'symbol': {
          if (!pr.drawing) {
            // a missing symbol prints as a dashed box, as on screen
            out.push('q', '0.6 0.6 0.6 RG', '1 w', '[4 3] 0 d', `${num(pr.x)} ${num(pr.y)} ${num(pr.w)} ${num(pr.h)} re`, 'S', 'Q');
            break;
          }
          const name = this.symbol(pr.key, pr.drawing);
          usedX.add(name);
          out.push('q', `${num(pr.w / pr.drawing.vw)} 0 0 ${num(pr.h / pr.drawing.vh)} ${num(pr.x)} ${num(pr.y)} cm`, `/${name} Do`, 'Q');
          break;
        }
        case 'image': {
          const img = this.images.get(pr.key)!;
          usedX.add(img.name);
          out.push('q');
          if (pr.circle) out.push(ellipseOps(pr.x, pr.y, pr.w, pr.h), 'W n');
          else if (pr.src) out.push(`${num(pr.x)} ${num(pr.y)} ${num(pr.w)} ${num(pr.h)} re`, 'W n');
          // the whole image is scaled so that its shown part fills the box
          const full = pr.src ? { x: pr.x - (pr.src.x * pr.w) / pr.src.w, y: pr.y - (pr.src.y * pr.h) / pr.src.h, w: (img.width * pr.w) / pr.src.w, h: (img.height * pr.h) / pr.src.h } : { x: pr.x, y: pr.y, w: pr.w, h: pr.h };
          // images fill the unit square bottom-up; the page is drawn top-down
          out.push(`${num(full.w)} 0 0 ${num(-full.h)} ${num(full.x)} ${num(full.y + full.h)} cm`, `/${img.name} Do`, 'Q');
          break;
        }
        case 'text': {
          const font = this.fonts.get(pr.font);
          if (!font) throw new MissingFontError(pr.font);
          const fname = this.fontNames.get(pr.font)!;
          usedFonts.add(pr.font);
          if (SHAPED_SCRIPT.test(pr.text)) {
            out.push(...shapedTextOps(font, fname, pr.text, pr.x, pr.y, pr.size, rgb(pr.color)));
            break;
          }
          out.push('BT', `${rgb(pr.color)} rg`, `/${fname} ${num(pr.size)} Tf`, `1 0 0 -1 ${num(pr.x)} ${num(pr.y)} Tm`, `${font.encodeText(pr.text).toString()} Tj`, 'ET');
          break;
        }
        case 'rect':
        case 'ellipse': {
          const path = pr.t === 'ellipse' ? ellipseOps(pr.x, pr.y, pr.w, pr.h) : roundRectOps(pr.x, pr.y, pr.w, pr.h, pr.radius ?? 0);
          const stroke = pr.stroke && pr.strokeWidth > 0;
          if (!pr.fill && !stroke) break;
          out.push('q');
          if (pr.fill) out.push(`${rgb(pr.fill)} rg`);
          if (stroke) out.push(`${rgb(pr.stroke!)} RG`, `${num(pr.strokeWidth)} w`);
          if (pr.dash) out.push(`[${pr.dash.map(num).join(' ')}] 0 d`);
          out.push(path, pr.fill && stroke ? 'B' : pr.fill ? 'f' : 'S', 'Q');
          break;
        }
        case 'line': {
          const pts = pr.points;
          const segs = [`${num(pts[0])} ${num(pts[1])} m`];
          for (let i = 2; i < pts.length; i += 2) segs.push(`${num(pts[i])} ${num(pts[i + 1])} l`);
          out.push('q', `${rgb(pr.color)} RG`, `${num(pr.width)} w`, ...segs, 'S', 'Q');
          break;
        }
        case 'poly': {
          const pts = pr.points;
          const segs = [`${num(pts[0])} ${num(pts[1])} m`];
          for (let i = 2; i < pts.length; i += 2) segs.push(`${num(pts[i])} ${num(pts[i + 1])} l`);
          out.push('q', `${rgb(pr.fill)} rg`, ...segs, 'h', 'f', 'Q');
          break;
        }
      }
    }
  }

  page(sp: ScenePage): void {
    const page = this.pdf.addPage([sp.width, sp.height]);
    const usedX = new Set<string>();
    const usedFonts = new Set<string>();
    const out: string[] = [`1 0 0 -1 0 ${num(sp.height)} cm`];
    if (sp.background.toLowerCase() !== '#ffffff') out.push('q', `${rgb(sp.background)} rg`, `0 0 ${num(sp.width)} ${num(sp.height)} re`, 'f', 'Q');
    for (const it of sp.items) {
      out.push('q', `1 0 0 1 ${num(it.x)} ${num(it.y)} cm`);
      if (it.rotation) out.push(rotationMatrix(it.rotation));
      this.prims(it.prims, out, usedX, usedFonts);
      out.push('Q');
    }
    this.prims(sp.footer, out, usedX, usedFonts);
    const ref = this.stream(out.join('\n'));
    page.node.addContentStream(ref);
    for (const x of [...this.xobjects.values(), ...this.images.values()]) if (usedX.has(x.name)) page.node.setXObject(PDFName.of(x.name), x.ref);
    for (const id of usedFonts) page.node.setFontDictionary(PDFName.of(this.fontNames.get(id)!), this.fonts.get(id)!.ref);
  }
}

/**
 * Link annotations for the places that lead to another page (a board's buttons that open
 * another board): a click goes to the first printed page of that page. Rotated items get
 * the box around their rotated place.
 */
function addLinks(pdf: PDFDocument, scene: Scene): void {
  const pages = pdf.getPages();
  const first = new Map<string, number>();
  scene.pages.forEach((p, i) => {
    if (!first.has(p.pageId)) first.set(p.pageId, i);
  });
  scene.pages.forEach((sp, i) => {
    for (const it of sp.items) {
      for (const l of it.links ?? []) {
        const target = first.get(l.pageId);
        if (target === undefined) continue;
        const a = (it.rotation * Math.PI) / 180;
        const corners = [
          [l.x, l.y],
          [l.x + l.w, l.y],
          [l.x, l.y + l.h],
          [l.x + l.w, l.y + l.h],
        ].map(([x, y]) => [it.x + x * Math.cos(a) - y * Math.sin(a), it.y + x * Math.sin(a) + y * Math.cos(a)]);
        const xs = corners.map((c) => c[0]);
        // PDF space is y-up; the scene is y-down
        const ys = corners.map((c) => sp.height - c[1]);
        const annot = pdf.context.obj({
          Type: 'Annot',
          Subtype: 'Link',
          Rect: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)].map(num).map(Number),
          Border: [0, 0, 0],
          Dest: [pages[target].ref, PDFName.of('Fit')],
        });
        pages[i].node.addAnnot(pdf.context.register(annot));
      }
    }
  });
}

/** Writes the scene as a PDF. */
export async function exportPdf(scene: Scene, options: ExportOptions): Promise<Uint8Array> {
  const date = options.date ?? new Date();
  const pdf = await PDFDocument.create({ updateMetadata: false });
  pdf.registerFontkit(fontkit);
  pdf.setTitle(scene.title || 'Signpost document', { showInWindowTitleBar: true });
  pdf.setCreator('Signpost');
  pdf.setProducer('Signpost (pdf-lib)');
  pdf.setLanguage(scene.language);
  if (options.author) pdf.setAuthor(options.author);
  if (scene.attributions.length) pdf.setSubject(scene.attributions.join('; '));
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);

  const fonts = new Map<string, PDFFont>();
  for (const id of scene.fonts) {
    const bytes = options.fonts[id];
    if (!bytes) throw new MissingFontError(id);
    // no kerning and no ligatures: layout measured plain advance widths
    fonts.set(id, await pdf.embedFont(bytes, { subset: true, features: { kern: false, liga: false } }));
  }
  const writer = new Writer(pdf, fonts);
  await writer.embedImages(scene);
  scene.pages.forEach((p, i) => {
    writer.page(p);
    options.onProgress?.(i + 1, scene.pages.length);
  });
  writer.finish(options.deflate ?? fflateDeflate);
  addLinks(pdf, scene);
  if (options.source) {
    await pdf.attach(options.source, options.sourceName ?? 'document.signpost', {
      mimeType: 'application/zip',
      description: 'Signpost source: open this PDF in Signpost to edit it',
      creationDate: date,
      modificationDate: date,
    });
  }
  if (options.password) {
    pdf.encrypt({ userPassword: options.password, ownerPassword: options.password, algorithm: 'AES-256' });
  }
  return pdf.save({ useObjectStreams: true });
}
