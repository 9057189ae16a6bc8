/**
 * Writing the structure tree of a tagged PDF by hand (pdf-lib has no tagging API): the
 * StructTreeRoot with its Document element, a StructElem per node, the ParentTree that maps
 * each page's marked-content ids back to their elements, MarkInfo, and the XMP metadata
 * that names the title, the language and the PDF/UA part aimed at.
 */
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFDocument, type PDFPage, type PDFRef } from '@cantoo/pdf-lib';
import type { StructNode } from './structure';

/** A text string: literal when it is plain ASCII (half the size), else UTF-16. */
function textString(s: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(s) ? PDFString.of(s.replace(/[\\()]/g, (c) => `\\${c}`)) : PDFHexString.fromText(s);
}

/** One page's marked content: MCID → the node it belongs to. */
export type PageMarks = StructNode[];

/**
 * Writes the tree under one Document element. `marks[i]` lists page i's marked-content
 * owners by MCID; each node's `mcids` are on page `node.page`.
 */
export function writeStructTree(pdf: PDFDocument, pages: PDFPage[], top: StructNode[], marks: PageMarks[]): void {
  const ctx = pdf.context;
  const refs = new Map<StructNode, PDFRef>();
  const doc: StructNode = { role: 'Document', kids: top, mcids: [], page: 0 };
  const reserve = (n: StructNode) => {
    refs.set(n, ctx.nextRef());
    n.kids.forEach(reserve);
  };
  reserve(doc);
  const root = ctx.nextRef();
  // an annotation's StructParent key follows the pages' keys
  const annots: { key: number; node: StructNode }[] = [];
  const write = (n: StructNode, parent: PDFRef) => {
    // /Type /StructElem is optional, and there are hundreds of them
    const dict = PDFDict.withContext(ctx);
    dict.set(PDFName.of('S'), PDFName.of(n.role));
    dict.set(PDFName.of('P'), parent);
    if (n.annot) {
      // a link: an object reference to its annotation, which names its parent by key
      const key = marks.length + annots.length;
      annots.push({ key, node: n });
      dict.set(PDFName.of('K'), ctx.obj({ Type: 'OBJR', Obj: n.annot, Pg: pages[n.page].ref }));
      dict.set(PDFName.of('Pg'), pages[n.page].ref);
      ctx.lookup(n.annot, PDFDict).set(PDFName.of('StructParent'), PDFNumber.of(key));
    }
    // one marked-content id stands alone; several kids make an array
    else if (n.mcids.length === 1 && !n.kids.length) dict.set(PDFName.of('K'), PDFNumber.of(n.mcids[0]));
    else if (n.kids.length === 1 && !n.mcids.length) dict.set(PDFName.of('K'), refs.get(n.kids[0])!);
    else {
      const kids = PDFArray.withContext(ctx);
      for (const id of n.mcids) kids.push(PDFNumber.of(id));
      for (const k of n.kids) kids.push(refs.get(k)!);
      dict.set(PDFName.of('K'), kids);
    }
    if (n.mcids.length) dict.set(PDFName.of('Pg'), pages[n.page].ref);
    if (n.alt !== undefined) dict.set(PDFName.of('Alt'), textString(n.alt));
    if (n.lang) dict.set(PDFName.of('Lang'), PDFString.of(n.lang));
    if (n.actualText) dict.set(PDFName.of('ActualText'), textString(n.actualText));
    ctx.assign(refs.get(n)!, dict);
    for (const k of n.kids) write(k, refs.get(n)!);
  };
  write(doc, root);

  // the parent tree: a number tree with one leaf, page index → its MCIDs' owners
  const nums = PDFArray.withContext(ctx);
  marks.forEach((owners, i) => {
    nums.push(PDFNumber.of(i));
    const arr = PDFArray.withContext(ctx);
    for (const o of owners) arr.push(refs.get(o)!);
    nums.push(arr);
    pages[i].node.set(PDFName.of('StructParents'), PDFNumber.of(i));
    // the order of any annotations follows the structure (PDF/UA)
    pages[i].node.set(PDFName.of('Tabs'), PDFName.of('S'));
  });
  for (const a of annots) {
    nums.push(PDFNumber.of(a.key));
    nums.push(refs.get(a.node)!);
  }
  const parentTree = ctx.register(ctx.obj({ Nums: nums }));
  ctx.assign(root, ctx.obj({ Type: 'StructTreeRoot', K: refs.get(doc)!, ParentTree: parentTree, ParentTreeNextKey: marks.length + annots.length }));
  pdf.catalog.set(PDFName.of('StructTreeRoot'), root);
  pdf.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
}

const xml = (s: string) => s.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c]!);

/** The XMP metadata stream: title, language, dates, tool, and the PDF/UA identification. */
export function writeXmp(pdf: PDFDocument, info: { title: string; language: string; date: Date; author?: string }): void {
  const iso = info.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  const author = info.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>` : '';
  const body = `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(info.title)}</rdf:li></rdf:Alt></dc:title>
<dc:language><rdf:Bag><rdf:li>${xml(info.language)}</rdf:li></rdf:Bag></dc:language>${author}
<xmp:CreateDate>${iso}</xmp:CreateDate>
<xmp:ModifyDate>${iso}</xmp:ModifyDate>
<xmp:CreatorTool>Signpost</xmp:CreatorTool>
<pdf:Producer>Signpost (pdf-lib)</pdf:Producer>
<pdfuaid:part>1</pdfuaid:part>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
  const stream = pdf.context.stream(new TextEncoder().encode(body), { Type: 'Metadata', Subtype: 'XML' });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(stream));
}
