/**
 * A template's note for the professional ("Print it as wallet cards") is shown on screen and
 * never printed: it is kept in the document, not on a page (issue 18 item 5).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { parseDocument } from '../../src/model/validate';
import { fromTemplate } from '../../src/model/templates';
import { readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import { signpostSourceOf } from '../../src/storage/pdfSource';
import { setNote } from '../../src/model/operations';
import { fluent } from '../helpers/profiles';
import { pdfText } from '../helpers/pdfTools';

const DIR = join(import.meta.dirname, '..', '..', 'public', 'templates');
const load = (slug: string, lang = '') => parseDocument(JSON.parse(readFileSync(join(DIR, lang, `${slug}.json`), 'utf8')));

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

describe('a template’s note for the professional', () => {
  it('moves "print as wallet cards" off the bail card into its note, in every language', () => {
    const en = fromTemplate(load('bail-card'), fluent());
    expect(en.note).toBe('Print it as wallet cards for them to carry: Export PDF, then “Wallet cards”.');
    expect(JSON.stringify(en.pages)).not.toMatch(/wallet/i);
    expect(load('bail-card', 'cy').note).toMatch(/cardiau waled/);
    expect(load('bail-card', 'ur').note).toMatch(/بٹوے/);
    // the choice board's advice to the practitioner too
    expect(load('choice-board').note).toMatch(/2, 4 or 6/);
    expect(JSON.stringify(load('choice-board').pages)).not.toMatch(/2, 4 or 6/);
  });

  it('survives saving and reopening, from a .signpost and from the PDF’s attached source, and is never printed', async () => {
    const doc = fromTemplate(load('bail-card'), null);
    const reopened = readSignpostFile(writeSignpostFile(doc));
    expect(reopened.note).toBe(doc.note);

    const scene = await s.scene(doc);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, source: writeSignpostFile(doc) });
    const text = pdfText(pdf);
    expect(text).toContain('the police can arrest me'); // the page is there (negative control)
    expect(text).not.toMatch(/wallet|Export PDF/i);
    const fromPdf = readSignpostFile((await signpostSourceOf(pdf))!);
    expect(fromPdf.note).toBe(doc.note);
  });

  it('a note written in a document is kept and printed nowhere', async () => {
    const doc = setNote(fromTemplate(load('my-day'), null), 'Go through it with Sam on Sunday evening.');
    const scene = await s.scene(doc);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    expect(pdfText(pdf)).not.toContain('Sunday evening');
    expect(readSignpostFile(writeSignpostFile(doc)).note).toBe('Go through it with Sam on Sunday evening.');
    expect(setNote(doc, '').note).toBeUndefined();
  });
});
