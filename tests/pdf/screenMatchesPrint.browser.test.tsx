/**
 * What is on screen is what prints: the editor's Konva canvas of a page and the exported
 * PDF rendered by poppler's pdftoppm, at the same resolution, must agree pixel by pixel
 * apart from anti-aliasing.
 */
import { imagePixels } from '../helpers/pixels';
import { beforeAll, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { I18nextProvider } from 'react-i18next';
import Konva from 'konva';
import { i18n } from '../../src/i18n';
import { createServices, type Services } from '../../src/ui/services';
import { symbolRefs } from '../../src/ui/useDocumentScene';
import { layoutDocument } from '../../src/layout/layout';
import { exportPdf } from '../../src/pdf/exportPdf';
import { Editor } from '../../src/editor/editor';
import { PageCanvas } from '../../src/canvas/PageCanvas';
import { moveElements, setTitleHeading } from '../../src/model/operations';
import type { SignpostDocument } from '../../src/model/schema';
import { bailCard, bailEasyRead } from '../helpers/sampleDocs';
import { devanagariSpec, obfOf, pagesOf } from '../helpers/obfFixtures';
import { readBoardSet } from '../../src/storage/obf';
import { documentFromBoardSet } from '../../src/model/boardDocument';
import { createSymbolCard, createTextBox } from '../../src/model/factory';

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderPdfPage: (pdfBase64: string, page: number, dpi: number) => Promise<string>;
  }
}

const DPI = 96;
let services: Services;

beforeAll(async () => {
  services = await createServices(`pdf-${crypto.randomUUID()}`);
});

const toBase64 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
};

const pngPixels = (b64: string): Promise<ImageData> => imagePixels(`data:image/png;base64,${b64}`);

async function pdfBytes(doc: SignpostDocument): Promise<Uint8Array> {
  await services.library.loadAll(symbolRefs(doc));
  const scene = layoutDocument(doc, services.layoutDeps);
  const fonts: Record<string, Uint8Array> = {};
  for (const id of scene.fonts) fonts[id] = new Uint8Array(await (await fetch(`/generated/fonts/${services.metrics.fonts[id].file}`)).arrayBuffer());
  return exportPdf(scene, { fonts });
}

async function pdfPixels(doc: SignpostDocument): Promise<ImageData> {
  const pdf = await pdfBytes(doc);
  const png = await commands.renderPdfPage(toBase64(pdf), 1, DPI);
  await commands.writeFile('tests/output/print-page.png', png, 'base64');
  return pngPixels(png);
}

/** Renders the page with the real editor canvas and reads it back at `DPI`. */
async function canvasPixels(doc: SignpostDocument): Promise<ImageData> {
  await services.library.loadAll(symbolRefs(doc));
  const editor = new Editor(doc);
  const scene = layoutDocument(doc, services.layoutDeps).pages[0];
  const screen = await render(
    <I18nextProvider i18n={i18n}>
      <div style={{ width: 900, height: 1200, display: 'flex' }}>
        <PageCanvas editor={editor} scene={scene} snapping={false} onDropSymbol={() => undefined} />
      </div>
    </I18nextProvider>,
  );
  const stage = Konva.stages[Konva.stages.length - 1];
  const scale = stage.scaleX();
  const cnv = stage.toCanvas({ x: stage.x(), y: stage.y(), width: scene.width * scale, height: scene.height * scale, pixelRatio: DPI / 72 / scale });
  const data = cnv.getContext('2d')!.getImageData(0, 0, cnv.width, cnv.height);
  await commands.writeFile('tests/output/screen-page.png', cnv.toDataURL('image/png').split(',')[1], 'base64');
  await screen.unmount();
  return data;
}

const TOL = 96;

/** Whether pixel i of `a` matches some pixel of `b` within one pixel of (x, y). */
function near(a: ImageData, i: number, b: ImageData, x: number, y: number): boolean {
  for (let dy = -1; dy <= 1; dy++) {
    for (let dx = -1; dx <= 1; dx++) {
      const bx = x + dx;
      const by = y + dy;
      if (bx < 0 || by < 0 || bx >= b.width || by >= b.height) continue;
      const j = (by * b.width + bx) * 4;
      if (Math.abs(a.data[i] - b.data[j]) <= TOL && Math.abs(a.data[i + 1] - b.data[j + 1]) <= TOL && Math.abs(a.data[i + 2] - b.data[j + 2]) <= TOL) return true;
    }
  }
  return false;
}

/**
 * Share of pixels in either image with no pixel of similar colour (every channel within
 * 96 of 255) in the other image within one pixel. The one-pixel allowance absorbs
 * anti-aliasing and glyph hinting, which differ between Skia and poppler's Splash; a real
 * shift, a missing symbol or a different line break still counts in full.
 */
function mismatch(a: ImageData, b: ImageData, diffOut?: ImageData): number {
  const w = Math.min(a.width, b.width);
  const h = Math.min(a.height, b.height);
  let bad = 0;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * a.width + x) * 4;
      const j = (y * b.width + x) * 4;
      if (!near(a, i, b, x, y) || !near(b, j, a, x, y)) {
        bad++;
        if (diffOut) diffOut.data.set([255, 0, 0, 255], (y * diffOut.width + x) * 4);
      }
    }
  }
  return bad / (w * h);
}

describe('screen and print', () => {
  it('draw the same page', async () => {
    const doc = bailCard();
    const print = await pdfPixels(doc);
    const screen = await canvasPixels(doc);
    expect(Math.abs(print.width - screen.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(print.height - screen.height)).toBeLessThanOrEqual(1);
    const diff = new ImageData(print.width, print.height);
    const same = mismatch(print, screen, diff);
    const dc = document.createElement('canvas');
    dc.width = diff.width;
    dc.height = diff.height;
    dc.getContext('2d')!.putImageData(diff, 0, 0);
    await commands.writeFile('tests/output/screen-print-diff.png', dc.toDataURL('image/png').split(',')[1], 'base64');
    // a card moved by 1.5 mm must count as different: the check can fail
    const moved = moveElements(doc, doc.pages[0].id, [doc.pages[0].elements[2].id], 1.5, 0);
    const shifted = mismatch(print, await canvasPixels(moved));
    console.log(`mismatch: same page ${(same * 100).toFixed(3)} %, one card moved 1.5 mm ${(shifted * 100).toFixed(3)} %`);
    // measured here: 0.05 % for the same page (left edges of thick strokes, where poppler
    // snaps strokes to the pixel grid), 0.44 % with one card moved 1.5 mm; 0.15 % sits
    // between, three times the noise
    expect(same).toBeLessThan(0.0015);
    expect(shifted).toBeGreaterThan(0.0015);
  });

  it('draw the same Urdu lines, mixed lines included', async () => {
    const lines = ['جمعہ کو پولیس سے ملیں', 'شام سات بجے کے بعد گھر پر رہیں', 'Sam کو 7:30 بجے عدالت جانا ہے'];
    const base = bailCard();
    let i = 0;
    const elements = base.pages[0].elements.map((e) => (e.type === 'symbol' ? { ...e, caption2: lines[i++], height: 75 } : e));
    const doc: SignpostDocument = { ...base, secondLanguage: 'ur', pages: [{ ...base.pages[0], elements }] };
    const print = await pdfPixels(doc);
    const screen = await canvasPixels(doc);
    const same = mismatch(print, screen);
    console.log(`mismatch with Urdu lines: ${(same * 100).toFixed(3)} %`);
    expect(same).toBeLessThan(0.0015);
  });

  it('draw the same page of an Urdu document: mixed lines, each run where layout placed it', async () => {
    const box = { ...createTextBox('آپ کو Friday کو 5 بجے آنا ہے\nپیر کو عدالت جائیں', 20, 30), width: 150, height: 30, align: 'right' as const };
    const cards = [
      createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'Sam کو 7:30 بجے پولیس سے ملنا ہے', 20, 80, 50),
      createSymbolCard({ set: 'openmoji', id: 'weekday:fri' }, 'جمعہ', 80, 80, 50),
      createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'گھر پر رہیں', 140, 80, 50),
    ];
    const base = bailCard();
    const doc: SignpostDocument = { ...base, language: 'ur', title: 'میری ضمانت کی شرائط', pages: [{ ...base.pages[0], elements: [box, ...cards] }] };
    const print = await pdfPixels(doc);
    const screen = await canvasPixels(doc);
    const same = mismatch(print, screen);
    // the negative control: the two mixed texts moved by 1.5 mm must count as different
    const shifted = mismatch(print, await canvasPixels(moveElements(doc, doc.pages[0].id, [box.id, cards[0].id], 1.5, 0)));
    console.log(`mismatch, Urdu document: same page ${(same * 100).toFixed(3)} %, its mixed texts moved 1.5 mm ${(shifted * 100).toFixed(3)} %`);
    expect(same).toBeLessThan(0.0015);
    expect(shifted).toBeGreaterThan(0.0015);
  });

  it('draw the same Devanagari and Bengali words: conjuncts and vowel signs shaped alike', async () => {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(obfOf(devanagariSpec()))));
    const print = await pdfPixels(doc);
    await commands.writeFile('tests/output/devanagari-print.png', await commands.renderPdfPage(toBase64(await pdfBytes(doc)), 1, DPI), 'base64');
    const screen = await canvasPixels(doc);
    const same = mismatch(print, screen);
    // the words in other places must count as different: the check can fail
    const spec = devanagariSpec();
    const swapped = { ...spec, rows: [spec.rows[1], spec.rows[0]] };
    const other = mismatch(print, await canvasPixels(documentFromBoardSet(pagesOf(readBoardSet(obfOf(swapped))), new Date(0)).doc));
    console.log(`mismatch with Devanagari and Bengali words: ${(same * 100).toFixed(3)} %, rows swapped ${(other * 100).toFixed(3)} %`);
    expect(same).toBeLessThan(0.0015);
    expect(other).toBeGreaterThan(0.0015);
  });

  it('draw the same page of Signpost symbols, credited in the footer', async () => {
    const ids = ['court-room', 'solicitor', 'curfew', 'electronic-tag', 'bail', 'police-cell', 'handcuffs', 'social-worker', 'foster-carer', 'review-meeting', 'piggy-bank', 'emergency-999'];
    const base = bailCard();
    const elements = ids.map((id, n) => createSymbolCard({ set: 'signpost', id }, id.replace(/-/g, ' '), 12 + (n % 4) * 47, 20 + Math.floor(n / 4) * 62, 42));
    const doc: SignpostDocument = { ...base, pages: [{ ...base.pages[0], elements }] };
    const scene = layoutDocument(doc, services.layoutDeps);
    expect(scene.pages[0].footer.map((f) => f.text).join('')).toContain('Signpost symbols');
    const print = await pdfPixels(doc);
    const screen = await canvasPixels(doc);
    const same = mismatch(print, screen);
    // the same negative control: one card moved by 1.5 mm must count as different
    const moved = moveElements(doc, doc.pages[0].id, [elements[5].id], 1.5, 0);
    const shifted = mismatch(print, await canvasPixels(moved));
    console.log(`mismatch, Signpost symbols: same page ${(same * 100).toFixed(3)} %, one card moved 1.5 mm ${(shifted * 100).toFixed(3)} %`);
    expect(same).toBeLessThan(0.0015);
    expect(shifted).toBeGreaterThan(0.0015);
  });

  it('draw the same title heading over Easy Read rows', async () => {
    // an Easy Read document that prints its title: its own heading gone, the rows below the band
    const base = bailEasyRead();
    const rows = base.pages[0].elements.find((e) => e.id === 'rows')!;
    const doc: SignpostDocument = { ...base, titleHeading: true, pages: [{ ...base.pages[0], elements: [{ ...rows, y: 30 }] }] };
    const print = await pdfPixels(doc);
    const same = mismatch(print, await canvasPixels(doc));
    // the heading must count: the same page without it differs
    const without = mismatch(print, await canvasPixels(setTitleHeading(doc, false)));
    console.log(`mismatch, title heading: same page ${(same * 100).toFixed(3)} %, without the heading ${(without * 100).toFixed(3)} %`);
    expect(same).toBeLessThan(0.0015);
    expect(without).toBeGreaterThan(0.0015);
  });
});
