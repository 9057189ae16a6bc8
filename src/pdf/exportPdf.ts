/**
 * Scene → PDF bytes, with @cantoo/pdf-lib. Reads only the Scene and the font bytes it is
 * given, so it runs in a Web Worker and in Node alike.
 *
 * Pages are drawn y-down (one `cm` flips the page), exactly as the canvas draws them.
 * Symbols stay vector (see `draw.ts`). The PDF is tagged: every part of an element a reader
 * meets is drawn inside the marked content of its structure element (headings, paragraphs,
 * lists, figures with their names), everything else is an artifact (see `structure.ts`).
 */
import { PDFArray, PDFCatalog, PDFDict, PDFDocument, PDFName, PDFPageLeaf, PDFPageTree, PDFStreamWriter, type PDFFont, type PDFPage } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { zlibSync } from 'fflate';
import type { Prim, Scene, ScenePage } from '../layout/scene';
import { ENGLISH_PICTURE_WORDS, type PictureWords } from '../layout/reading';
import { num, rgb, rotationMatrix } from './ops';
import { Drawer, MissingFontError, noResources, type Deflate } from './draw';
import { leafKey, pageStructure, prune, type HeadingCount, type PageStructure, type StructNode } from './structure';
import { addLinks } from './links';
import { writeStructTree, writeXmp, type PageMarks } from './tags';

export { MissingFontError, type Deflate } from './draw';

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
  /** Words for naming pictures in the document's language (alternate text); English when absent. */
  words?: PictureWords;
}

/**
 * fflate in the browser and the worker; Node callers pass `node:zlib`'s native deflate.
 * (The browser's own `CompressionStream` packs symbol drawings about 4 % smaller, but took
 * twice as long as fflate in Chromium, being asynchronous per stream: not taken.)
 */
const fflateDeflate: Deflate = (data) => zlibSync(data, { level: 6 });

/**
 * Objects per object stream. pdf-lib's save() packs 50 and compresses each stream alone;
 * a tagged PDF's hundreds of small structure elements, alike but for their names and
 * numbers, compress to about two thirds in one stream.
 */
const OBJECTS_PER_STREAM = 2000;

/** An artifact's marked-content tag: what the reader is not read (decoration, cut marks, the page colour, repeated footers). */
const ARTIFACT = {
  layout: '/Artifact <</Type /Layout>> BDC',
  page: '/Artifact <</Type /Page>> BDC',
  background: '/Artifact <</Type /Background>> BDC',
  footer: '/Artifact <</Type /Pagination /Subtype /Footer>> BDC',
};

/** Draws the pages, each drawing inside the marked content of its structure element or as an artifact. */
class PageWriter {
  /** Each page's structure, in reading order. */
  readonly structures: PageStructure[] = [];
  readonly marks: PageMarks[] = [];
  readonly pages: PDFPage[] = [];
  private headings: HeadingCount = { seen: 0 };

  constructor(
    private readonly pdf: PDFDocument,
    private readonly draw: Drawer,
    private readonly scene: Scene,
    private readonly words: PictureWords,
  ) {}

  page(sp: ScenePage, index: number): void {
    // the page box at the precision of the content's own numbers (the flip below is exact then)
    const page = this.pdf.addPage([Number(num(sp.width)), Number(num(sp.height))]);
    const structure = pageStructure(sp, index, this.scene, this.words, this.headings);
    const owners: StructNode[] = [];
    const used = noResources();
    const out: string[] = [`1 0 0 -1 0 ${num(sp.height)} cm`];
    /** Draws prims inside one marked-content sequence: the node's (with a new MCID) or an artifact. */
    const marked = (prims: readonly Prim[], owner: StructNode | string) => {
      if (typeof owner === 'string') out.push(owner);
      else {
        owner.mcids.push(owners.length);
        out.push(`/${owner.role} <</MCID ${owners.length}>> BDC`);
        owners.push(owner);
      }
      for (const pr of prims) this.draw.prim(pr, out, used);
      out.push('EMC');
    };
    if (sp.background.toLowerCase() !== '#ffffff') out.push(ARTIFACT.background, 'q', `${rgb(sp.background)} rg`, `0 0 ${num(sp.width)} ${num(sp.height)} re`, 'f', 'Q', 'EMC');
    sp.items.forEach((it, i) => {
      out.push('q', `1 0 0 1 ${num(it.x)} ${num(it.y)} cm`);
      if (it.rotation) out.push(rotationMatrix(it.rotation));
      // consecutive prims of one part share a sequence
      let run: Prim[] = [];
      let owner: StructNode | string = '';
      const flush = () => run.length && marked(run, owner);
      for (const pr of it.prims) {
        const next = (pr.part !== undefined && structure.leaves.get(leafKey(i, pr.part))) || (it.kind === 'page' ? ARTIFACT.page : ARTIFACT.layout);
        if (next !== owner) {
          flush();
          run = [];
          owner = next;
        }
        run.push(pr);
      }
      flush();
      out.push('Q');
    });
    this.footer(sp, index, structure.nodes, marked);
    page.node.addContentStream(this.draw.stream(out.join('\n')));
    page.node.set(PDFName.of('Resources'), this.draw.resources(used));
    this.structures.push(structure);
    this.marks.push(owners);
    this.pages.push(page);
  }

  /** The footer is read once, at the end of the last page; elsewhere it is a running artifact. */
  private footer(sp: ScenePage, index: number, nodes: StructNode[], marked: (prims: readonly Prim[], owner: StructNode | string) => void): void {
    if (!sp.footer.length) return;
    if (index < this.scene.pages.length - 1) return marked(sp.footer, ARTIFACT.footer);
    const p: StructNode = { role: 'P', kids: [], mcids: [], page: index };
    nodes.push(p);
    marked(sp.footer, p);
  }
}

/**
 * pdf-lib's writer keeps the catalog, the page tree and every page object out of the
 * compressed object streams (by their classes); as plain dictionaries they go in with the
 * rest, which PDF allows in any file that is not linearised. About 130 bytes a page.
 */
function packPageObjects(pdf: PDFDocument): void {
  for (const [ref, obj] of pdf.context.enumerateIndirectObjects()) {
    if (obj instanceof PDFPageLeaf || obj instanceof PDFPageTree || obj instanceof PDFCatalog) {
      pdf.context.assign(ref, PDFDict.fromMapWithContext(new Map(obj.entries()), pdf.context));
    }
  }
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
  const draw = new Drawer(pdf, fonts, scene);
  await draw.embedImages(scene);
  const words = options.words ?? ENGLISH_PICTURE_WORDS;
  const writer = new PageWriter(pdf, draw, scene, words);
  scene.pages.forEach((p, i) => {
    writer.page(p, i);
    options.onProgress?.(i + 1, scene.pages.length);
  });
  draw.finish(options.deflate ?? fflateDeflate);
  // a link is read where its button is: in its list item, else after its element
  for (const l of addLinks(pdf, scene, words)) {
    const at = writer.structures[l.page];
    const link: StructNode = { role: 'Link', kids: [], mcids: [], page: l.page, annot: l.ref };
    const body = l.group === undefined ? undefined : at.bodies.get(`${l.item}/${l.group}`);
    const end = at.ends.get(l.item);
    if (body) body.kids.push(link);
    else if (end) at.nodes.splice(at.nodes.indexOf(end) + 1, 0, link);
    else at.nodes.push(link);
  }
  // pdf-lib gives every page an /Annots array; an empty one says nothing
  for (const page of writer.pages) if (page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)?.size() === 0) page.node.delete(PDFName.of('Annots'));
  writeStructTree(pdf, writer.pages, prune(writer.structures.flatMap((st) => st.nodes)), writer.marks);
  writeXmp(pdf, { title: scene.title || 'Signpost document', language: scene.language, date, author: options.author });
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
  // what save() does for a new document (flush fonts, images and attachments), then its
  // stream writer with larger object streams
  await pdf.flush();
  packPageObjects(pdf);
  return PDFStreamWriter.forContext(pdf.context, 50, true, OBJECTS_PER_STREAM).serializeToBuffer();
}
