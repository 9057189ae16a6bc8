/**
 * Clocks and calendars in the PDF: drawn as vectors, their day and month names set in
 * embedded fonts that pdftotext reads back (Urdu in reading order), and a valid file.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { symbolsNeeded } from '../../src/layout/needs';
import { createDocument, createSymbolCard, createSymbolText } from '../../src/model/factory';
import type { SignpostDocument, SymbolCard } from '../../src/model/schema';
import { pdfFonts, pdfText, pdfWords, qpdfCheck, renderPage } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

/** A picture-only card whose picture is `mm` wide (cards have 2 mm padding). */
const card = (id: string, x: number, y: number, mm: number, extra: Partial<SymbolCard> = {}): SymbolCard => ({
  ...createSymbolCard({ set: 'openmoji', id }, '', x, y, mm + 4),
  height: mm + 4,
  captionPosition: 'none',
  ...extra,
});

/** A clock, a weekday and a date at 12 mm and at 25 mm, a not-marked clock, and symbol text with a weekday. */
function valuesDoc(language: string): SignpostDocument {
  const ids = ['clock:20:30', 'clock:07:15', 'weekday:tue', 'date:03-14'];
  const elements = [
    ...ids.map((id, i) => card(id, 12 + i * 18, 12, 12)),
    ...ids.map((id, i) => card(id, 12 + i * 32, 34, 25)),
    card('clock:21:00', 12, 66, 25, { modifier: 'not' }),
    card('1F3E0', 44, 66, 25, { also: [{ set: 'openmoji', id: 'clock:21:00' }] }),
    { ...createSymbolText('Court on Tuesday', 12, 100), width: 150, height: 40, choices: { tuesday: { set: 'openmoji', ids: ['weekday:tue'] } } },
  ];
  return { ...createDocument('Values', new Date('2026-01-01T00:00:00Z')), language, pages: [{ id: 'p', elements }] };
}

async function exportDoc(doc: SignpostDocument) {
  const scene = await s.scene(doc);
  return exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), date: new Date('2026-01-01T00:00:00Z') });
}

describe('generated pictures in the PDF', () => {
  it('loads no drawing for a generated id', async () => {
    const doc = valuesDoc('en-GB');
    const refs = symbolsNeeded(doc);
    expect(refs.some((r) => r.id.includes(':'))).toBe(false);
    expect(await s.library.loadAll(refs)).toEqual([]);
  });

  it('writes a valid PDF whose day and month names pdftotext can read', async () => {
    const pdf = await exportDoc(valuesDoc('en-GB'));
    expect(qpdfCheck(pdf)).toMatch(/No syntax or stream encoding errors/);
    const text = pdfText(pdf);
    for (const w of ['Tue', 'Mar', '14', 'Court', 'Tuesday']) expect(text).toContain(w);
    // the names are set in the embedded bold face
    expect(pdfFonts(pdf)).toMatch(/AtkinsonHyperlegibleNext-Bold\S* +CID TrueType +Identity-H +yes/);
    mkdirSync('tests/output', { recursive: true });
    writeFileSync('tests/output/generated-pictures.png', renderPage(pdf, 1, 150));
  });

  it('writes Welsh, Polish and Urdu names, Urdu right to left', async () => {
    const words = async (lang: string) => pdfWords(await exportDoc(valuesDoc(lang))).map((w) => w.word);
    expect(await words('cy')).toEqual(expect.arrayContaining(['Maw', '14']));
    expect(await words('pl')).toEqual(expect.arrayContaining(['Wt', 'Mar']));
    const ur = await exportDoc(valuesDoc('ur'));
    expect(qpdfCheck(ur)).toMatch(/No syntax or stream encoding errors/);
    expect(pdfWords(ur).map((w) => w.word)).toEqual(expect.arrayContaining(['منگل', 'مارچ']));
    // a negative control: the English name is not in the Urdu page's calendars
    expect(pdfWords(ur).map((w) => w.word)).not.toContain('Tue');
  });
});
