import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { missingTranslations } from '../../src/model/operations';
import { createProfile } from '../../src/model/profile';
import type { SignpostDocument, SymbolCard } from '../../src/model/schema';
import type { TextPrim } from '../../src/layout/scene';
import { bailCard } from '../helpers/sampleDocs';
import { pdfText, pdfWords, qpdfCheck } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const TRANSLATIONS: Record<string, string[]> = {
  pl: ['Zgłoś się na policję w piątek', 'Bądź w domu po 19:00', 'Idź do sądu w poniedziałek'],
  cy: ['Gweld yr heddlu ddydd Gwener', 'Aros adref ar ôl 7 yh', 'Mynd i’r llys ddydd Llun'],
  ur: ['جمعہ کو پولیس سے ملیں', 'شام سات بجے کے بعد گھر پر رہیں', 'پیر کو عدالت جائیں'],
};

function bilingual(lang: string): SignpostDocument {
  const doc = bailCard();
  let i = 0;
  const elements = doc.pages[0].elements.map((e) => (e.type === 'symbol' ? ({ ...e, caption2: TRANSLATIONS[lang][i++], height: 75 } as SymbolCard) : e));
  return { ...doc, secondLanguage: lang, pages: [{ ...doc.pages[0], elements }] };
}

describe('bilingual documents', () => {
  it.each(['pl', 'cy'])('English + %s bail card lays out without overflow and prints both languages', async (lang) => {
    const doc = bilingual(lang);
    const scene = await s.scene(doc);
    for (const it of scene.pages[0].items) expect(it.overflow).toBe(false);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text).toContain('See the police on Friday');
    for (const t of TRANSLATIONS[lang]) expect(text).toContain(t.split(' ').slice(0, 2).join(' '));
    expect(missingTranslations(doc)).toHaveLength(2); // the heading and the free text have no translation yet
  });

  it('English + Urdu: the Urdu lines are set in Noto Naskh Arabic, shaped, and read right to left in the PDF', async () => {
    const doc = bilingual('ur');
    const scene = await s.scene(doc);
    for (const it of scene.pages[0].items) expect(it.overflow).toBe(false);
    expect(scene.fonts).toContain('naskh');
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const f = join(mkdtempSync(join(tmpdir(), 'ur-')), 'ur.pdf');
    writeFileSync(f, pdf);
    expect(execFileSync('pdffonts', [f], { encoding: 'utf8' })).toContain('NotoNaskhArabic');
    // pdftotext gives every line back whole and in reading order, letters drawn as a
    // dotless base and separate dot marks (ش, گ, ب) included
    const text = pdfText(pdf).replace(/[\u200e\u200f\u202a-\u202e]/g, '').replace(/\s+/g, ' ');
    for (const t of TRANSLATIONS.ur) expect(text).toContain(t);
  });

  it('English + Arabic, and an Urdu line with an English name and a time, come out of the PDF in reading order', async () => {
    const lines = ['اذهب إلى المحكمة يوم الاثنين', 'يجب أن تكون في المنزل بعد الساعة 7', 'Sam کو 7:30 بجے عدالت جانا ہے'];
    const doc = bailCard();
    let i = 0;
    const elements = doc.pages[0].elements.map((e) => (e.type === 'symbol' ? ({ ...e, caption2: lines[i++], height: 75 } as SymbolCard) : e));
    const scene = await s.scene({ ...doc, secondLanguage: 'ar', pages: [{ ...doc.pages[0], elements }] });
    for (const it of scene.pages[0].items) expect(it.overflow).toBe(false);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
    // every word comes out whole (dots and hamzas included)...
    const words = pdfWords(pdf);
    const found = new Set(words.map((w) => w.word));
    for (const t of lines) for (const w of t.split(' ')) expect(found, w).toContain(w);
    // ...and stands on the page in reading order: right to left, with the English name and
    // the time (left-to-right runs) in their places inside the Urdu sentence
    const readingOrder = (sentence: string) => {
      const ws = sentence.split(' ').map((w) => words.find((x) => x.word === w)!);
      const line = ws.filter((w) => Math.abs(w.yMin - ws[0].yMin) < 2);
      return line.map((w) => w.xMin);
    };
    const mixed = readingOrder('Sam کو 7:30 بجے عدالت');
    expect(mixed.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < mixed.length; i++) expect(mixed[i]).toBeLessThan(mixed[i - 1]);
    const arabic = readingOrder('اذهب إلى المحكمة يوم');
    for (let i = 1; i < arabic.length; i++) expect(arabic[i]).toBeLessThan(arabic[i - 1]);
  });

  it('puts the second language first and at full size, the English under it smaller but never below the profile’s size, when it is the young person’s first language', async () => {
    const doc = bilingual('pl');
    const card = (scene: Awaited<ReturnType<NodeServices['scene']>>) => scene.pages[0].items.find((i) => i.prims.some((p) => p.t === 'text' && p.text.startsWith('See the')))!;
    const lines = (scene: Awaited<ReturnType<NodeServices['scene']>>) => card(scene).prims.filter((p): p is TextPrim => p.t === 'text');
    const english = lines(await s.scene(doc));
    expect(english[0].text.startsWith('See the')).toBe(true);
    const forKuba = lines(await s.scene(doc, { profile: { ...createProfile('Kuba', 'developing'), languages: ['pl', 'en-GB'] } }));
    expect(forKuba[0].text.startsWith('Zgłoś')).toBe(true);
    for (const l of forKuba) expect(l.size).toBeGreaterThanOrEqual(14);
    // the line shown first is the larger, in either order
    const size = (ls: TextPrim[], start: string) => ls.find((l) => l.text.startsWith(start))!.size;
    expect(size(english, 'See the')).toBeGreaterThan(size(english, 'Zgłoś'));
    // with a profile both are at its size at least: the line shown second may be smaller, never below the floor
    expect(size(forKuba, 'Zgłoś')).toBeGreaterThanOrEqual(size(forKuba, 'See the'));
    expect(size(forKuba, 'See the')).toBeGreaterThanOrEqual(18);
  });

  it('shows no second line when the document has no second language', async () => {
    const doc = { ...bilingual('pl'), secondLanguage: null };
    const scene = await s.scene(doc);
    const all = scene.pages[0].items.flatMap((i) => i.prims.filter((p): p is TextPrim => p.t === 'text').map((p) => p.text)).join(' ');
    expect(all).not.toContain('Zgłoś');
    expect(missingTranslations(doc)).toEqual([]);
  });
});
