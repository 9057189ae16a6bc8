/**
 * Link annotations for the places that lead to another page (a board's buttons that open
 * another board): a click goes to the first printed page of that page. Each says where it
 * goes in words (its /Contents), and the structure tree holds it in a `Link` element.
 */
import { PDFArray, PDFHexString, PDFName, type PDFDocument, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import type { Scene } from '../layout/scene';
import type { PictureWords } from '../layout/reading';
import { num } from './ops';

/** A link annotation written on a page, and the item (and list item) whose button it is. */
export interface LinkAnnot {
  page: number;
  item: number;
  group?: number;
  ref: PDFRef;
}

/** A page's /Annots array, made when it has none (pdf-lib's addAnnot wants every resource dictionary, and pages keep only those they use). */
function annotsOf(page: PDFPage): PDFArray {
  let a = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  if (!a) {
    a = page.doc.context.obj([]);
    page.node.set(PDFName.of('Annots'), a);
  }
  return a;
}

/** Adds the scene's links to the PDF's pages; rotated items get the box around their rotated place. */
export function addLinks(pdf: PDFDocument, scene: Scene, words: PictureWords): LinkAnnot[] {
  const pages = pdf.getPages();
  const first = new Map<string, number>();
  scene.pages.forEach((p, i) => {
    if (!first.has(p.pageId)) first.set(p.pageId, i);
  });
  const out: LinkAnnot[] = [];
  scene.pages.forEach((sp, i) => {
    sp.items.forEach((it, item) => {
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
        annot.set(PDFName.of('Contents'), PDFHexString.fromText(words.link.replace('{{page}}', String(target + 1))));
        const ref = pdf.context.register(annot);
        annotsOf(pages[i]).push(ref);
        out.push({ page: i, item, ...(l.group !== undefined ? { group: l.group } : {}), ref });
      }
    });
  });
  return out;
}
