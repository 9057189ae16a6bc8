/**
 * Tagged PDF (issue 16): the structure tree read back with poppler and qpdf, not with the
 * library that wrote it. Headings, figures with their names in reading order, lists for
 * Easy Read rows and containers, the document's language and the second language's lines,
 * right-to-left reading order, and every drawing either tagged or an artifact (lines, shapes,
 * cut marks, repeated footers).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { ENGLISH_PICTURE_WORDS, figureName, type PictureWords } from '../../src/layout/reading';
import type { CardSheet } from '../../src/layout/cards';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import type { SignpostDocument } from '../../src/model/schema';
import { qpdfCheck } from '../helpers/pdfTools';
import { paintedOps, readTagged, walk, type TagNode } from '../helpers/pdfStructure';
import { bailCard, bailEasyRead } from '../helpers/sampleDocs';
import { readBoardSet } from '../../src/storage/obf';
import { documentFromBoardSet } from '../../src/model/boardDocument';
import { boardSetObz, pagesOf } from '../helpers/obfFixtures';
import { layoutPassport } from '../../src/layout/passport';
import { resolveStyle } from '../../src/profile/resolve';
import { emerging, TINY_PNG } from '../helpers/profiles';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

async function pdfOf(doc: SignpostDocument, options: { sheet?: CardSheet; words?: PictureWords } = {}): Promise<Uint8Array> {
  const scene = await s.scene(doc, { sheet: options.sheet });
  return exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, words: options.words, date: new Date('2026-01-01T00:00:00Z') });
}

function poppler(pdf: Uint8Array, args: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-tagged-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  return execFileSync('pdfinfo', [...args, join(dir, 'doc.pdf')], { encoding: 'utf8' });
}

const leaves = (root: TagNode) => walk(root).filter((n) => n.mcids.length > 0);
const roles = (root: TagNode) => walk(root).map((n) => n.role);

/** The struct-text lines poppler prints for the leaves: `Role: text` (figures by their role only). */
const popplerText = (pdf: Uint8Array) =>
  poppler(pdf, ['-struct-text'])
    .split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter(Boolean);

describe('tagged PDF', () => {
  it('says it is tagged, passes qpdf, shows its title, names its language and claims PDF/UA-1 in its metadata', async () => {
    const pdf = await pdfOf(bailCard());
    expect(poppler(pdf, [])).toMatch(/Tagged:\s+yes/);
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    const t = readTagged(pdf);
    expect(t.catalog['/MarkInfo']).toEqual({ '/Marked': true });
    expect(t.catalog['/Lang']).toBe('u:en-GB');
    expect(t.root.role).toBe('Document');
    expect(t.xmp).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(t.xmp).toContain('<rdf:li xml:lang="x-default">My bail conditions</rdf:li>');
    expect(poppler(pdf, ['-meta'])).toContain('pdfuaid');
    const prefs = readTagged(pdf).catalog['/ViewerPreferences'];
    expect(JSON.stringify(prefs) === '{"/DisplayDocTitle":true}' || typeof prefs === 'string').toBe(true);
  });

  it('reads the heading first, then each card: its picture by name, then its caption', async () => {
    const pdf = await pdfOf(bailCard());
    const t = readTagged(pdf);
    const l = leaves(t.root);
    expect(l.map((n) => n.role)).toEqual(['H1', 'Figure', 'P', 'Figure', 'P', 'Figure', 'P', 'P', 'P']);
    expect(l.filter((n) => n.role === 'Figure').map((n) => n.alt)).toEqual(['police officer', 'house', 'judge']);
    const text = popplerText(pdf);
    expect(text.slice(0, 3)).toEqual(['Document', 'H1 (block)', '"My bail conditions"']);
    expect(text.indexOf('"My bail conditions"')).toBeLessThan(text.indexOf('"Go to court onMonday"'));
    // the last paragraph is the footer: the licence is read once, at the end
    expect(text[text.length - 1]).toBe('"Symbols: OpenMoji (openmoji.org), CC BY-SA 4.0"');
  });

  it('makes Easy Read rows a list, each row its picture and its sentence; a forbidden picture says so', async () => {
    const pdf = await pdfOf(bailEasyRead());
    const t = readTagged(pdf);
    expect(poppler(pdf, [])).toMatch(/Pages:\s+2/);
    const lists = walk(t.root).filter((n) => n.role === 'L');
    expect(lists).toHaveLength(2); // the rows continue on page 2
    const rows = lists.flatMap((l) => l.kids);
    expect(rows).toHaveLength(10);
    for (const li of rows) {
      expect(li.role).toBe('LI');
      expect(li.kids.map((k) => k.role)).toEqual(['LBody']);
      expect(li.kids[0].kids.map((k) => k.role)).toEqual(['Figure', 'P']);
    }
    // each row's picture is named as layout named it, in order; the two forbidden ones say so
    const alts = rows.map((li) => li.kids[0].kids[0].alt);
    const scene = await s.scene(bailEasyRead());
    const named = scene.pages.flatMap((p) => p.items.flatMap((it) => it.parts.filter((x) => x.role === 'figure').map((x) => figureName(x, ENGLISH_PICTURE_WORDS))));
    expect(alts).toEqual(named);
    expect(alts[5]).toBe('national park: not allowed');
    expect(alts[6]).toMatch(/^mobile phone.*: not allowed$/);
    expect(alts.filter((a) => a?.includes('not allowed'))).toHaveLength(2);
    expect(new Set(alts).size).toBe(alts.length);
    const sentences = popplerText(pdf).filter((l) => l.startsWith('"You'));
    expect(sentences[0]).toBe('"You have been given bail."');
    expect(sentences.at(-1)).toMatch(/^"You must be at the youth court/);
  });

  it('names a forbidden picture in the words it is given, in the document’s language', async () => {
    const cy: PictureWords = { photo: 'Llun', modifiers: { not: 'dim {{name}}', question: '{{name}}?', plus: 'mwy o {{name}}', past: '{{name}} (o’r blaen)', future: '{{name}} (wedyn)' }, link: 'Ewch i dudalen {{page}}' };
    const t = readTagged(await pdfOf(bailEasyRead(), { words: cy }));
    const alts = walk(t.root).flatMap((n) => (n.alt ? [n.alt] : []));
    expect(alts).toContain('dim national park');
    expect(alts.some((a) => a.includes('not allowed'))).toBe(false);
  });

  it('marks the lines in the second language with that language, and only those', async () => {
    const d = createDocument('Dwyieithog', new Date('2026-01-01T00:00:00Z'));
    const card = { ...createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'Stay at home', 20, 20, 60), caption2: 'Aros gartref' };
    const doc: SignpostDocument = { ...d, secondLanguage: 'cy', pages: [{ ...d.pages[0], elements: [card] }] };
    const t = readTagged(await pdfOf(doc));
    const ps = walk(t.root).filter((n) => n.role === 'P');
    expect(ps.map((p) => p.lang)).toEqual([undefined, 'cy', undefined]); // caption, translation, footer
    expect(t.catalog['/Lang']).toBe('u:en-GB');
  });

  it('reads a right-to-left document from the right: the right-hand card first', async () => {
    const d = { ...createDocument('دو کارڈ', new Date('2026-01-01T00:00:00Z')), language: 'ur' };
    const left = { ...createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'گھر', 20, 20, 60), id: 'left' };
    const right = { ...createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'پولیس', 120, 20, 60), id: 'right' };
    // drawn left first, read right first
    const t = readTagged(await pdfOf({ ...d, pages: [{ ...d.pages[0], elements: [left, right] }] }));
    expect(t.catalog['/Lang']).toBe('u:ur');
    // pictures are named in the document's language
    expect(leaves(t.root).filter((n) => n.role === 'Figure').map((n) => n.alt)).toEqual(['پولیس', 'گھر']);
  });

  it('draws everything inside a structure element or an artifact; lines, shapes, cut marks and repeated footers are artifacts', async () => {
    for (const [doc, sheet] of [
      [bailCard(), undefined],
      [bailEasyRead(), undefined],
      [bailCard(), { kind: 'grid', perSheet: 4 }],
    ] as const) {
      const pdf = await pdfOf(doc, { sheet });
      const t = readTagged(pdf);
      t.contents.forEach((content, page) => {
        const ops = paintedOps(content);
        expect(ops.length).toBeGreaterThan(0);
        expect(ops.filter((o) => o.marks.length === 0)).toEqual([]);
        // each MCID in the content is the one its ParentTree entry names, and that element owns it
        for (const o of ops) {
          const m = o.marks.find((k) => k.mcid !== undefined);
          if (!m) continue;
          const owner = t.parents[page][m.mcid!];
          expect(owner.role).toBe(m.tag);
          expect(owner.mcids).toContainEqual({ page, mcid: m.mcid });
        }
        // cut lines are the dashed strokes outside pictures (a symbol may have dashes of its own): always artifacts, of the printer's-mark kind
        const dashed = ops.filter((o) => o.dashed && !o.marks.some((m) => m.tag === 'Figure'));
        if (sheet) expect(dashed.length).toBeGreaterThan(0);
        for (const o of dashed) expect(o.marks[0]).toEqual({ tag: 'Artifact', type: 'Page' });
        if (page < t.contents.length - 1 && t.contents.length > 1) expect(ops.some((o) => o.marks[0].type === 'Pagination')).toBe(true);
      });
    }
    // the bail card's line and arrow head, filled ellipse and outlined box are decoration
    const card = readTagged(await pdfOf(bailCard()));
    const layoutOps = paintedOps(card.contents[0]).filter((o) => o.marks[0].tag === 'Artifact' && o.marks[0].type === 'Layout');
    expect(layoutOps.map((o) => o.op).sort()).toEqual(['B', 'S', 'S', 'f']);
  });

  it('holds a board’s links in the structure: each a Link in its button’s list item, naming where it goes', async () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    const pdf = await pdfOf(doc);
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    const t = readTagged(pdf);
    const links = walk(t.root).filter((n) => n.role === 'Link');
    expect(links).toHaveLength(4); // page 1 leads to 2 and 3; pages 2 and 3 lead back
    for (const l of links) {
      expect(l.annots).toHaveLength(1);
      // the annotation names its Link element back, and says where it goes
      const back = t.annotParents.get(l.annots[0])!;
      expect(back.owner).toBe(l);
      expect(back.annot['/Contents']).toMatch(/^u:Go to page [123]$/);
    }
    expect(t.annotParents.size).toBe(4);
    // in the list item of the button it belongs to, after the button's words
    const bodies = walk(t.root).filter((n) => n.role === 'LBody' && n.kids.some((k) => k.role === 'Link'));
    expect(bodies).toHaveLength(4);
    for (const b of bodies) expect(b.kids.at(-1)!.role).toBe('Link');
    expect(walk(t.root).filter((n) => n.role === 'Document')).toHaveLength(1);
  });

  it('reads a communication passport: its name as the heading, each note under its heading, the photo named, the words as figures', async () => {
    const profile = { ...emerging(), notes: { ...emerging().notes, likes: 'Football and chips.', helpMe: 'Speak slowly.' }, photos: [{ id: 'face', mime: 'image/png' as const, data: TINY_PNG, width: 1, height: 1 }], photoId: 'face', vocabulary: [{ phrase: 'home', picture: { kind: 'symbol' as const, symbol: { set: 'openmoji', id: '1F3E0' } } }] };
    const style = resolveStyle(profile);
    await s.scene(createDocument('warm up'));
    await s.library.loadAll([{ set: 'openmoji', id: '1F3E0' }], style.symbolStyle);
    const scene = layoutPassport(profile, { title: 'Communication passport', name: 'My name is Ash', likes: 'I like…', helpMe: 'Help me by…', dont: 'Please don’t…', words: 'My words' }, style, s.deps);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    const l = leaves(readTagged(pdf).root).map((n) => `${n.role}${n.alt !== undefined ? `:${n.alt}` : ''}`);
    expect(l).toEqual(['P', 'Figure:Ash', 'H1', 'H2', 'P', 'H2', 'P', 'H2', 'Figure:house', 'P', 'P']);
    const text = popplerText(pdf);
    expect(text.indexOf('"I like…"')).toBeLessThan(text.indexOf('"Football and chips."'));
  });

  it('the content check finds an unmarked drawing and a cut line tagged as content (negative control)', () => {
    const ops = paintedOps('q 0 0 10 10 re f Q /P <</MCID 0>> BDC [4 3] 0 d 0 0 m 10 0 l S EMC');
    expect(ops.filter((o) => o.marks.length === 0)).toHaveLength(1);
    expect(ops.filter((o) => o.dashed && o.marks[0]?.tag !== 'Artifact')).toHaveLength(1);
  });

  it('keeps every tagged page listed in the structure: no element without content, no content without an element', async () => {
    const t = readTagged(await pdfOf(bailEasyRead()));
    for (const n of walk(t.root)) expect(n.kids.length + n.mcids.length).toBeGreaterThan(0);
    const owned = walk(t.root).flatMap((n) => n.mcids);
    const inContent = t.contents.flatMap((c, page) => paintedOps(c).flatMap((o) => o.marks.filter((m) => m.mcid !== undefined).map((m) => ({ page, mcid: m.mcid! }))));
    expect(new Set(owned.map((m) => `${m.page}/${m.mcid}`))).toEqual(new Set(inContent.map((m) => `${m.page}/${m.mcid}`)));
    expect(roles(t.root)[0]).toBe('Document');
  });
});
