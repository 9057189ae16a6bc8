/**
 * Symbol text longer than its box continues on the next page (issue 13's bail conditions):
 * Easy Read with no profile, with 24 pt text, and in Urdu; every sentence prints whole and
 * in order, and a row never splits.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { layoutDocument } from '../../src/layout/layout';
import { DEFAULT_STYLE, type LayoutStyle } from '../../src/layout/style';
import { createDocument, createSymbolText } from '../../src/model/factory';
import { exportPdf } from '../../src/pdf/exportPdf';
import type { SignpostDocument } from '../../src/model/schema';
import { pdfText } from '../helpers/pdfTools';

const BAIL =
  "You have been given bail. Bail means you can wait at home until your court date, if you keep to the rules. You must live at your nan's flat. You must stay inside from 9 o'clock at night until 6 o'clock in the morning. This is called a curfew. You must not go to Hilltop Park. You must not contact Tyler in any way, not even online. You must go to Riverside police station every Friday at 5 o'clock and sign the book. If you break a rule, the police can arrest you and take you back to court. You must be at the youth court on Wednesday 3 June at 10 o'clock.";
const URDU = 'تم گھر پر رہو۔ تم پیر کو عدالت جاؤ۔ تم پارک میں نہیں جا سکتے۔ تم ٹائلر سے بات نہیں کر سکتے۔ تم ہر جمعہ کو پولیس اسٹیشن جاؤ۔ اگر تم اصول توڑو گے تو پولیس تمہیں گرفتار کر سکتی ہے۔';
const MM = 72 / 25.4;

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

function doc(text: string, language = 'en-GB', heightMm = 150): SignpostDocument {
  const d = { ...createDocument('My bail conditions'), language };
  return { ...d, pages: [{ id: 'p', elements: [{ ...createSymbolText(text, 12, 12, 'easy-read'), id: 'st', width: 186, height: heightMm }] }] };
}

const sentences = (text: string) => text.match(/[^.۔]+[.۔]/g)!.map((x) => x.trim());
const flat = (t: string) => t.replace(/\s+/g, ' ');

async function printed(d: SignpostDocument, style: LayoutStyle) {
  await s.scene(d); // loads the symboliser, tagger and drawings
  const scene = layoutDocument(d, s.deps, style);
  const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
  return { scene, text: flat(pdfText(pdf)) };
}

describe('symbol text flows onto the next page', () => {
  it.each([
    ['no profile', DEFAULT_STYLE],
    ['a 24 pt profile', { ...DEFAULT_STYLE, minTextSize: 24 }],
  ])('Easy Read bail conditions with %s print every sentence whole, in order', async (_, style) => {
    const { scene, text } = await printed(doc(BAIL), style as LayoutStyle);
    expect(scene.pages.length).toBeGreaterThan(1);
    expect(scene.pages.every((p) => p.items.every((i) => !i.overflow))).toBe(true);
    // every continuation is in the same place and at the same width
    for (const p of scene.pages) for (const i of p.items) expect([Math.round(i.x), Math.round(i.width)]).toEqual([Math.round(12 * MM), Math.round(186 * MM)]);
    let at = 0;
    for (const sentence of sentences(BAIL)) {
      // a sentence may wrap, but it is never split between pages (a row never splits)
      const found = text.indexOf(sentence.split(' ').slice(0, 4).join(' '), at);
      expect(found, sentence).toBeGreaterThanOrEqual(at);
      at = found;
    }
  });

  it('never sets the words below the profile’s size, and needs at least as many pages for it', async () => {
    const plain = (await printed(doc(BAIL), DEFAULT_STYLE)).scene;
    const big = (await printed(doc(BAIL), { ...DEFAULT_STYLE, minTextSize: 24 })).scene;
    const sizes = big.pages.flatMap((p) => p.items.flatMap((i) => i.prims.flatMap((x) => (x.t === 'text' && !x.inPicture ? [x.size] : []))));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
    expect(big.pages.length).toBeGreaterThanOrEqual(plain.pages.length);
  });

  it('in Urdu, right to left', async () => {
    const { scene } = await printed(doc(URDU, 'ur', 80), DEFAULT_STYLE);
    expect(scene.pages.length).toBeGreaterThan(1);
    expect(scene.pages.every((p) => p.items.every((i) => !i.overflow))).toBe(true);
  });

  it('leaves a box that fits as one page (negative control)', async () => {
    const { scene } = await printed(doc('You have been given bail.'), DEFAULT_STYLE);
    expect(scene.pages).toHaveLength(1);
  });
});
