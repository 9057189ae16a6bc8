/**
 * The title as a heading (issue 13): a new Easy Read document prints its title as the first
 * words of page 1 and as the PDF's H1; turned off, it is gone; a document made before the
 * setting existed prints as it did. Read back with poppler and qpdf, not the writer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { phonePage } from '../../src/phone/phonePage';
import { readerWords } from '../../src/i18n';
import { parseDocument } from '../../src/model/validate';
import { fromTemplate } from '../../src/model/templates';
import { setTitle, setTitleHeading } from '../../src/model/operations';
import { TITLE_HEADING_ID } from '../../src/model/title';
import { overflowing } from '../../src/layout/overflow';
import { avoidWarningsAsDrawn } from '../../src/layout/checks';
import { isTitleItem } from '../../src/layout/title';
import type { Profile } from '../../src/model/profile';
import type { Scene } from '../../src/layout/scene';
import type { SignpostDocument } from '../../src/model/schema';
import { pdfText, renderPage } from '../helpers/pdfTools';
import { readTagged, walk } from '../helpers/pdfStructure';
import { bailEasyRead } from '../helpers/sampleDocs';
import { emerging, fluent } from '../helpers/profiles';

const TEMPLATES = join(import.meta.dirname, '..', '..', 'public', 'templates');
const OUT = join(import.meta.dirname, '..', 'output');

/** A new document from the gallery's Easy Read template, as the app makes it. */
const newEasyRead = (lang = '') => fromTemplate(parseDocument(JSON.parse(readFileSync(join(TEMPLATES, lang, 'easy-read.json'), 'utf8'))), null);

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

async function print(doc: SignpostDocument, profile: Profile | null = null): Promise<{ scene: Scene; pdf: Uint8Array }> {
  const scene = await s.scene(doc, { profile });
  return { scene, pdf: await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, date: new Date('2026-01-01T00:00:00Z') }) };
}

const firstLine = (pdf: Uint8Array) => pdfText(pdf, 1).split('\n').map((l) => l.trim()).find(Boolean);

/** poppler's reading of the structure tree: `Role "text"` lines, leaves only. */
function structText(pdf: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-title-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  return execFileSync('pdfinfo', ['-struct-text', join(dir, 'doc.pdf')], { encoding: 'utf8' });
}

describe('the title printed as a heading', () => {
  it('a new Easy Read document prints its title first on page 1, as the H1 of the tagged PDF', async () => {
    const doc = newEasyRead();
    expect(doc.titleHeading).toBe(true);
    const { scene, pdf } = await print(doc);
    expect(firstLine(pdf)).toBe('My rules');
    // above the rows, at the top margin, set large and bold
    const title = scene.pages[0].items.find(isTitleItem)!;
    expect(title.order).toBe(0);
    expect(title.y).toBeCloseTo((12 * 72) / 25.4, 1);
    expect(title.overflow).toBe(false);
    const tags = readTagged(pdf);
    const headings = walk(tags.root).filter((n) => /^H\d$/.test(n.role));
    expect(headings.map((n) => n.role)).toEqual(['H1']);
    // the H1 is the first thing read, and says the title
    const leaves = walk(tags.root).filter((n) => n.mcids.length > 0);
    expect(leaves[0].role).toBe('H1');
    expect(structText(pdf)).toMatch(/H1[^\n]*\n?[^\n]*My rules/);
    // the phone page reads it as its first heading (not only its header)
    const words = await readerWords(doc.language);
    const html = await phonePage(scene, { fonts: await s.fontBytes(scene.fonts), words: words.pictures, strings: words.phone });
    expect(html).toMatch(/<h1 data-unit id="r0"><span class="main" data-line>My rules<\/span><\/h1>/);
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'title-heading-easy-read.png'), renderPage(pdf, 1, 60));
  }, 60_000);

  it('follows renaming, and keeps clear of the rows for a 24 pt profile too', async () => {
    const doc = setTitle(newEasyRead(), 'My bail conditions');
    expect(firstLine((await print(doc)).pdf)).toBe('My bail conditions');
    const big = await print(doc, { ...emerging(), textSize: 24 });
    expect(firstLine(big.pdf)).toBe('My bail conditions');
    expect(overflowing(big.scene.pages)).toEqual([]);
  }, 60_000);

  it('turned off, is gone from the page and the PDF, and nothing else moves', async () => {
    const on = newEasyRead();
    const off = setTitleHeading(on, false);
    const printedOn = await print(on);
    const printedOff = await print(off);
    expect(pdfText(printedOff.pdf)).not.toContain('My rules');
    expect(walk(readTagged(printedOff.pdf).root).some((n) => /^H\d$/.test(n.role))).toBe(false);
    expect(printedOff.scene.pages[0].items.some(isTitleItem)).toBe(false);
    // the rows print where they did, in both
    const rows = (sc: Scene) => sc.pages[0].items.find((i) => i.kind === 'symtext')!;
    expect(rows(printedOff.scene).prims).toEqual(rows(printedOn.scene).prims);
    expect(rows(printedOff.scene).y).toBe(rows(printedOn.scene).y);
  }, 60_000);

  it('a document made before the setting existed prints as it did: its own heading first, no second one', async () => {
    // as saved by an earlier version: no titleHeading in the file
    const old = bailEasyRead();
    const saved = JSON.parse(JSON.stringify(old)) as Record<string, unknown>;
    expect('titleHeading' in saved).toBe(false);
    const opened = parseDocument(saved);
    expect(opened.titleHeading).toBeUndefined();
    const { scene, pdf } = await print(opened);
    expect(scene.pages[0].items.map((i) => i.elementId)).toEqual(['heading', 'rows']);
    const text = pdfText(pdf);
    expect(text.match(/My bail conditions/g)).toHaveLength(1);
    expect(overflowing(scene.pages)).toEqual([]);
    // negative control: the same document asking for it would print the title over its own
    // heading, and say so before printing
    const asked = await print({ ...opened, titleHeading: true });
    expect(asked.scene.pages[0].items.map((i) => i.elementId)).toEqual([TITLE_HEADING_ID, 'heading', 'rows']);
    expect(overflowing(asked.scene.pages).map((o) => o.elementId)).toEqual([TITLE_HEADING_ID]);
  }, 60_000);

  it('in Urdu, sits against the right margin', async () => {
    const doc = newEasyRead('ur');
    const { scene, pdf } = await print(doc);
    const title = scene.pages[0].items.find(isTitleItem)!;
    const line = title.prims.find((p) => p.t === 'text')!;
    expect(line.t === 'text' && line.text).toBe('میرے اصول');
    const right = title.x + Math.max(...title.prims.flatMap((p) => (p.t === 'text' ? [p.x + s.deps.measurer.width(p.text, p.font, p.size)] : [])));
    expect(right).toBeCloseTo(title.x + title.width, 0);
    expect(walk(readTagged(pdf).root).find((n) => n.role === 'H1')).toBeDefined();
  }, 60_000);

  it('says when something reaches into it, as the command line and Export list what does not fit', async () => {
    const doc = newEasyRead();
    const rows = doc.pages[0].elements[0];
    const moved = { ...doc, pages: [{ ...doc.pages[0], elements: [{ ...rows, y: 14 }] }] };
    const cut = overflowing((await print(moved)).scene.pages);
    expect(cut).toEqual([{ pageIndex: 0, pageId: doc.pages[0].id, elementId: TITLE_HEADING_ID, title: true }]);
    expect(overflowing((await print(doc)).scene.pages)).toEqual([]);
  }, 60_000);

  it('is read by the words-to-avoid check while it prints', () => {
    const profile: Profile = { ...fluent(), avoid: [{ word: 'rules', reason: 'Sounds like school', symbol: null }] };
    const doc = setTitleHeading(setTitle(newEasyRead(), 'The rules'), true);
    const noRules = { ...doc, pages: [{ ...doc.pages[0], elements: [] }] };
    expect(avoidWarningsAsDrawn(noRules, profile, s.deps)).toEqual([{ pageIndex: 0, elementId: TITLE_HEADING_ID, match: 'rules', reason: 'Sounds like school' }]);
    expect(avoidWarningsAsDrawn(setTitleHeading(noRules, false), profile, s.deps)).toEqual([]);
  });
});
