/**
 * In a right-to-left document (Urdu, Arabic) sequences run right to left and Easy Read
 * rows put the picture on the right; in an English document nothing changes.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { isRtlLanguage, visualRuns } from '../../src/layout/bidi';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import { layoutElement, styleForDocument } from '../../src/layout/layout';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { newItem } from '../../src/model/containers';
import { exportPdf } from '../../src/pdf/exportPdf';
import type { Container, SignpostDocument } from '../../src/model/schema';
import type { Prim, SymbolPrim, TextPrim } from '../../src/layout/scene';
import { fontsOf } from '../../src/layout/runs';
import { pdfWords, qpdfCheck } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const STEPS = ['پولیس', 'عدالت', 'گھر'];
function sequence(language: string): SignpostDocument {
  const c: Container = {
    id: 'seq', type: 'container', kind: 'sequence', x: 12, y: 30, width: 186, height: 70, rotation: 0, direction: 'horizontal', columns: 5,
    numbered: true, arrows: true, ticks: true, marker: null, markerLabel: '',
    items: ['1F46E', '1F3DB', '1F3E0'].map((id, i) => ({ ...newItem({ set: 'openmoji', id }, STEPS[i]), id: `i${i}` })),
  };
  return { ...createDocument('Steps'), language, pages: [{ id: 'p', elements: [c] }] };
}

const all = (doc: SignpostDocument, scene: Awaited<ReturnType<NodeServices['scene']>>) => {
  void doc;
  return scene.pages[0].items.flatMap((i) => i.prims);
};
const captionX = (prims: Prim[], text: string) => prims.find((p): p is TextPrim => p.t === 'text' && p.text === text)!.x;
const arrowTips = (prims: Prim[]) => prims.filter((p) => p.t === 'poly').map((p) => (p.t === 'poly' ? { tip: p.points[0], back: p.points[2] } : null)!);

describe('right-to-left documents', () => {
  it('knows which languages are written right to left', () => {
    expect(['ur', 'ar', 'ur-PK', 'pa-Arab', 'fa'].every(isRtlLanguage)).toBe(true);
    expect(['en-GB', 'cy', 'pl', 'pa', 'so'].some(isRtlLanguage)).toBe(false);
  });

  it('orders a mixed line: an English name and a time keep their places in an Urdu sentence', () => {
    // visual order, left to right on the page: the end of the sentence comes first
    expect(visualRuns('Sam کو 7:30 بجے آنا ہے')).toEqual([
      { text: ' بجے آنا ہے', rtl: true },
      { text: '7:30', rtl: false },
      { text: ' کو ', rtl: true },
      { text: 'Sam', rtl: false },
    ]);
    expect(visualRuns('See the police')).toEqual([{ text: 'See the police', rtl: false }]);
  });

  it('runs a sequence right to left: step 1 on the right, arrows pointing left, numbers at the right-hand corner', async () => {
    const ur = all(sequence('ur'), await s.scene(sequence('ur')));
    const en = all(sequence('en-GB'), await s.scene(sequence('en-GB')));
    const xs = (prims: Prim[]) => STEPS.map((t) => captionX(prims, t));
    const [a, b, c] = xs(ur);
    expect(a).toBeGreaterThan(b);
    expect(b).toBeGreaterThan(c);
    const [d, e, f] = xs(en);
    expect(d).toBeLessThan(e);
    expect(e).toBeLessThan(f);
    for (const arrow of arrowTips(ur)) expect(arrow.tip).toBeLessThan(arrow.back);
    for (const arrow of arrowTips(en)) expect(arrow.tip).toBeGreaterThan(arrow.back);
    // badge "1" sits right of its step's picture in Urdu, left of it in English
    const one = (prims: Prim[]) => prims.find((p): p is TextPrim => p.t === 'text' && p.text === '1')!.x;
    const firstPic = (prims: Prim[]) => prims.find((p): p is SymbolPrim => p.t === 'symbol' && p.key.includes('1F46E'))!;
    expect(one(ur)).toBeGreaterThan(firstPic(ur).x + firstPic(ur).w / 2);
    expect(one(en)).toBeLessThan(firstPic(en).x + firstPic(en).w / 2);
  });

  it('puts the Easy Read picture on the right of its sentence, and the PDF reads right to left', async () => {
    const texts: Record<string, string> = { ur: 'تم گھر پر رہو۔ تم پیر کو عدالت جاؤ۔', 'en-GB': 'Stay at home. Go to court on Monday.' };
    const doc = (language: string): SignpostDocument => ({ ...createDocument('Easy Read'), language, pages: [{ id: 'p', elements: [{ ...createSymbolText(texts[language], 12, 12, 'easy-read'), id: 'st', width: 180, height: 120 }] }] });
    for (const [language, pictureRight] of [['ur', true], ['en-GB', false]] as const) {
      const scene = await s.scene(doc(language));
      const prims = scene.pages[0].items[0].prims;
      const lines = prims.filter((p): p is TextPrim => p.t === 'text' && !p.inPicture);
      expect(lines.length).toBeGreaterThan(1);
      expect(lines.every((l) => fontsOf(l).join() === (language === 'ur' ? 'naskh' : 'atkinson'))).toBe(true);
      // one picture per sentence (home; court, or Monday's calendar page drawn with its name), matched in the document's language
      const pics = prims.flatMap((p) => (p.t === 'symbol' ? [p] : p.t === 'text' && p.inPicture ? [{ x: p.x, y: p.y - p.size, w: 1, h: p.size }] : []));
      expect(pics.length).toBeGreaterThanOrEqual(2);
      for (const pic of pics) {
        const row = lines.filter((l) => l.y > pic.y && l.y < pic.y + pic.h + 20);
        expect(row.length).toBeGreaterThan(0);
        for (const l of row) {
          // an Urdu line is placed run by run: the picture stands right of its right end
          if (pictureRight) expect(pic.x).toBeGreaterThan(l.runs!.at(-1)!.x + l.runs!.at(-1)!.w);
          else expect(pic.x).toBeLessThan(l.x);
        }
      }
      if (language === 'ur') {
        const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
        qpdfCheck(pdf);
        const words = pdfWords(pdf).filter((w) => /[\u0600-\u06FF]/.test(w.word));
        const first = words.filter((w) => Math.abs(w.yMin - words[0].yMin) < 2);
        expect(first.map((w) => w.word).sort()).toEqual(['تم', 'گھر', 'پر', 'رہو۔'].sort());
        const order = ['تم', 'گھر', 'پر'].map((t) => first.find((w) => w.word.startsWith(t) || w.word === t)!.xMin);
        expect(order[0]).toBeGreaterThan(order[1]);
        expect(order[1]).toBeGreaterThan(order[2]);
      }
    }
  });

  it('sets an Urdu line under English text in Naskh, starting at the right-hand side of a left-aligned box', async () => {
    const box = { ...createTextBox('Go to court on Monday', 0, 0), text2: 'پیر کو عدالت جائیں', width: 120, height: 30, align: 'left' as const };
    const doc: SignpostDocument = { ...createDocument('t'), secondLanguage: 'ur', pages: [{ id: 'p', elements: [box] }] };
    const item = layoutElement(box, styleForDocument(doc, DEFAULT_STYLE), s.deps);
    const [en, ur] = item.prims.filter((p): p is TextPrim => p.t === 'text');
    expect(en.font).toBe('atkinson');
    expect(en.x).toBe(0);
    expect(fontsOf(ur)).toEqual(['naskh']);
    const w = item.width;
    expect(ur.x + s.measurer.width(ur.text, 'naskh', ur.size)).toBeCloseTo(w, 1);
    const last = ur.runs!.at(-1)!;
    expect(last.x + last.w).toBeCloseTo(w, 1);
    expect(item.overflow).toBe(false);
  });

  it('runs symbol text with a picture above each word from right to left', async () => {
    const e = { ...createSymbolText('عدالت گھر پولیس', 0, 0, 'above'), width: 150, height: 60 };
    const doc: SignpostDocument = { ...createDocument('t'), language: 'ur', pages: [{ id: 'p', elements: [e] }] };
    await s.scene(doc); // loads the Urdu symboliser
    const words = layoutElement(e, styleForDocument(doc, DEFAULT_STYLE), s.deps).prims.filter((p): p is TextPrim => p.t === 'text');
    expect(words.map((w) => w.text)).toEqual(['عدالت', 'گھر', 'پولیس']);
    expect(words[0].x).toBeGreaterThan(words[1].x);
    expect(words[1].x).toBeGreaterThan(words[2].x);
  });

  it('sets an English name and a time inside an Urdu caption in the profile’s font, runs side by side', async () => {
    const card = { ...createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'Meet your solicitor', 0, 0), caption2: 'Sam کو 7:30 بجے', width: 80, height: 80 };
    const doc: SignpostDocument = { ...createDocument('t'), secondLanguage: 'ur', pages: [{ id: 'p', elements: [card] }] };
    const style = styleForDocument(doc, { ...DEFAULT_STYLE, font: 'lexend' });
    const prims = layoutElement(card, style, s.deps).prims.filter((p): p is TextPrim => p.t === 'text');
    const line = prims.find((p) => p.text.includes('Sam'))!;
    const runs = line.runs!.filter((r) => r.text.trim());
    expect(runs.map((r) => [r.text.trim(), r.font])).toEqual([
      ['بجے', 'naskh'],
      ['7:30', 'lexend'],
      ['کو', 'naskh'],
      ['Sam', 'lexend'],
    ]);
    // no run overlaps the next: each is as wide as measured in its own font
    for (let i = 1; i < runs.length; i++) expect(runs[i].x).toBeGreaterThanOrEqual(runs[i - 1].x + s.measurer.width(runs[i - 1].text, runs[i - 1].font, line.size) - 0.01);
  });
});
