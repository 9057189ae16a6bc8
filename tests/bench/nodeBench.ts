/** Benchmarks that run in Node: index load, search, PDF export. */
import { loadEnglishTagger } from '../../src/symbols/tagger';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { PDFDocument } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { GENERATED_DIR } from '../../src/symbols/nodeLoader';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { nodeDeflate, nodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { layoutDocument } from '../../src/layout/layout';
import { gridDoc } from '../helpers/sampleDocs';
import { createDocument, createTextBox } from '../../src/model/factory';
import { realisticQueries, realisticQueriesPolish } from './queries';
import { fieldSentences } from '../symbols/coverage';
import { kb, median, ms, percentile } from './stats';

export type Row = [figure: string, value: string, goal: string];

export async function searchBench(): Promise<Row[]> {
  const loads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    await new SymbolLibrary(nodeJsonLoader).librarySearch('en');
    loads.push(performance.now() - t0);
  }
  // the library panel's search: curated vocabulary and symbol names, ranked together
  const s = await new SymbolLibrary(nodeJsonLoader).librarySearch('en');
  const queries = realisticQueries(1000);
  for (const q of queries.slice(0, 200)) s.search(q); // warm up the JIT
  const times: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of queries) {
      const t0 = performance.now();
      s.search(q);
      times.push(performance.now() - t0);
    }
  }
  const sym = await new SymbolLibrary(nodeJsonLoader).symboliser('en');
  // the tagger loads the first time English symbol text is used
  const tagStart = performance.now();
  sym.useTagger(await loadEnglishTagger());
  const tagLoad = performance.now() - tagStart;
  const words: string[] = [];
  for (const line of fieldSentences()) words.push(...line.split(/\s+/));
  const thousand = Array.from({ length: 1000 }, (_, i) => words[i % words.length]).join(' ');
  for (let i = 0; i < 5; i++) sym.symbolise(thousand, { mode: 'key-words' });
  const symTimes: number[] = [];
  for (let i = 0; i < 21; i++) {
    const t0 = performance.now();
    sym.symbolise(thousand, { mode: 'key-words' });
    symTimes.push(performance.now() - t0);
  }
  // symbolising in the translated vocabularies (the words of a few bail conditions, repeated)
  const otherSym: Row[] = [];
  for (const [lang, name, text] of OTHER_LANGUAGE_TEXT) {
    const s = await new SymbolLibrary(nodeJsonLoader).symboliser(lang);
    const ws = text.split(/\s+/);
    const input = Array.from({ length: 1000 }, (_, i) => ws[i % ws.length]).join(' ');
    for (let i = 0; i < 5; i++) s.symbolise(input, { mode: 'key-words' });
    const t: number[] = [];
    for (let i = 0; i < 21; i++) {
      const t0 = performance.now();
      s.symbolise(input, { mode: 'key-words' });
      t.push(performance.now() - t0);
    }
    otherSym.push([`Symbolise 1,000 words in ${name} (Node, median of 21)`, ms(median(t), 2), '≤ 20 ms']);
  }
  // another language: the time to load its names, and search p95 in it
  const plLoads: number[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = new SymbolLibrary(nodeJsonLoader);
    await fresh.searcher();
    const t0 = performance.now();
    await fresh.languageSearch('pl');
    plLoads.push(performance.now() - t0);
  }
  const plLib = new SymbolLibrary(nodeJsonLoader);
  await plLib.librarySearch('pl');
  const pl = realisticQueriesPolish(1000);
  for (const q of pl.slice(0, 200)) await plLib.searchAll(q, undefined, 60, 'pl');
  const plTimes: number[] = [];
  for (let round = 0; round < 3; round++) {
    for (const q of pl) {
      const t0 = performance.now();
      await plLib.searchAll(q, undefined, 60, 'pl');
      plTimes.push(performance.now() - t0);
    }
  }
  return [
    ['Symbol index and curated vocabulary load + search index build (Node, median of 5)', ms(median(loads), 0), '—'],
    ['Polish names: load + index build, once English is loaded (Node, median of 5)', ms(median(plLoads), 0), '—'],
    ['Search p95 in Polish (curated vocabulary, names, English fallback), 1,000 queries × 3 (Node)', ms(percentile(plTimes, 95), 3), '≤ 2 ms'],
    ['Symbolise 1,000 words of this field, with part of speech and senses (Node, median of 21)', ms(median(symTimes), 2), '≤ 20 ms'],
    ['Load the English tagger (wink-nlp and its model), once (Node)', ms(tagLoad, 0), '—'],
    ...otherSym,
    ['Search p50, 1,000 realistic queries × 3 (Node)', ms(median(times), 3), '—'],
    ['Search p95, 1,000 realistic queries × 3 (Node)', ms(percentile(times, 95), 3), '≤ 2 ms'],
  ];
}

/** A few bail conditions and care sentences in each translated vocabulary's language. */
const OTHER_LANGUAGE_TEXT: [string, string, string][] = [
  ['cy', 'Welsh', "Rhaid i ti fod gartref erbyn saith o'r gloch. Mae dy gyfreithiwr yn y llys ddydd Llun. Paid â mynd i'r parc. Bydd dy weithiwr cymdeithasol yn dod i dy weld ddydd Mercher. Rwyt ti'n ddiogel yma."],
  ['pl', 'Polish', 'Musisz być w domu po 19:00. Twój adwokat spotka się z tobą w sądzie w poniedziałek. Nie wolno ci kontaktować się z Tomkiem. Twoja pracownica socjalna przyjdzie w środę. Tutaj jesteś bezpieczny.'],
  ['ur', 'Urdu', 'تم شام سات بجے کے بعد گھر پر رہو۔ پیر کو عدالت جاؤ۔ اپنے وکیل سے ملو۔ بدھ کو سوشل ورکر تم سے ملنے آئے گی۔ تم یہاں محفوظ ہو۔'],
];

const require = createRequire(import.meta.url);

/** 20 A4 pages × 10 captioned symbols with @cantoo/pdf-lib's drawSvg at every placement. */
async function naiveExport(ids: string[], perPage: number, pages: number): Promise<Uint8Array> {
  const svgDir = join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  // the same embedded, subset font as ours, so sizes compare like with like
  const font = await pdf.embedFont(readFileSync(join(GENERATED_DIR, 'fonts', 'atkinson.ttf')), { subset: true });
  let n = 0;
  for (let p = 0; p < pages; p++) {
    const page = pdf.addPage([595.28, 841.89]);
    for (let k = 0; k < perPage; k++) {
      const id = ids[n++ % ids.length];
      const svg = readFileSync(join(svgDir, `${id}.svg`), 'utf8');
      const x = 34 + (k % 3) * 176;
      const y = 800 - Math.floor(k / 3) * 193;
      page.drawSvg(svg, { x, y, width: 140, height: 140 });
      page.drawText(`Step ${k + 1}`, { x, y: y - 160, size: 16, font });
    }
  }
  return pdf.save({ useObjectStreams: true });
}

/**
 * The same 20 pages with pdfmake 0.3 (svg-to-pdfkit draws each SVG where it is placed;
 * compressed streams, the same font): the yardstick for size, measured here rather
 * than quoted. OpenMoji's few zero-length dashes are dropped first, as pdfkit refuses them.
 */
async function pdfmakeExport(ids: string[], perPage: number, pages: number): Promise<Uint8Array> {
  const svgDir = join(dirname(require.resolve('openmoji/package.json')), 'color', 'svg');
  const font = join(GENERATED_DIR, 'fonts', 'atkinson.ttf');
  const pdfmake = require('pdfmake') as PdfMake;
  pdfmake.setFonts({ Atkinson: { normal: font, bold: font, italics: font, bolditalics: font } });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => path === font);
  let n = 0;
  const content = Array.from({ length: pages }, (_, p) => ({
    layout: 'noBorders',
    pageBreak: p ? 'before' : undefined,
    table: {
      body: Array.from({ length: Math.ceil(perPage / 3) }, (_, r) =>
        Array.from({ length: 3 }, (_, c) => {
          const k = r * 3 + c;
          if (k >= perPage) return { text: '' };
          const svg = readFileSync(join(svgDir, `${ids[n++ % ids.length]}.svg`), 'utf8').replace(/stroke-dasharray="0[^"]*"/g, '');
          return { stack: [{ svg, width: 140, height: 140 }, { text: `Step ${k + 1}`, fontSize: 16 }] };
        }),
      ),
    },
  }));
  const buffer = await pdfmake.createPdf({ content, pageSize: 'A4', compress: true, defaultStyle: { font: 'Atkinson' } }).getBuffer();
  return new Uint8Array(buffer);
}

/** The part of pdfmake's server API the bench uses (the package has no types of its own). */
interface PdfMake {
  setFonts(fonts: Record<string, Record<string, string>>): void;
  setUrlAccessPolicy(allow: (url: string) => boolean): void;
  setLocalAccessPolicy(allow: (path: string) => boolean): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
}

/**
 * Times several functions in turn, round after round, so a noisy machine slows them
 * alike; returns each one's median time and its output size.
 */
async function timeInterleaved(fns: (() => Promise<Uint8Array>)[], rounds = 11): Promise<{ t: number; size: number }[]> {
  for (const f of fns) await f(); // warm up
  const times = fns.map(() => [] as number[]);
  const sizes = fns.map(() => 0);
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < fns.length; i++) {
      const t0 = performance.now();
      sizes[i] = (await fns[i]()).length;
      times[i].push(performance.now() - t0);
    }
  }
  return fns.map((_, i) => ({ t: median(times[i]), size: sizes[i] }));
}

export async function pdfBench(): Promise<Row[]> {
  const s = await nodeServices();
  const all = (await new SymbolLibrary(nodeJsonLoader).searcher()).entries.filter((e) => !e.hidden).map((e) => e.id);
  const distinct = all.filter((_, i) => i % 11 === 0).slice(0, 200);
  const ten = distinct.slice(0, 10);
  const rows: Row[] = [];
  for (const [label, ids, goal] of [
    ['200 distinct symbols', distinct, 4],
    ['the same 10 symbols on every page', ten, 8],
  ] as const) {
    const doc = gridDoc(20, 10, [...ids]);
    const scene = await s.scene(doc);
    const layoutTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      const t0 = performance.now();
      layoutDocument(doc, s.deps);
      layoutTimes.push(performance.now() - t0);
    }
    const fonts = await s.fontBytes(scene.fonts);
    const [ours, oursFflate, naive, pdfmake] = await timeInterleaved([
      () => exportPdf(scene, { fonts, deflate: nodeDeflate }),
      () => exportPdf(scene, { fonts }),
      () => naiveExport([...ids], 10, 20),
      () => pdfmakeExport([...ids], 10, 20),
    ]);
    rows.push(
      [`Layout of those 20 pages (Node)`, ms(median(layoutTimes), 1), '—'],
      [`PDF 20 A4 pages × 10 symbols, ${label}: Signpost, native zlib as in the CLI (layout excluded)`, `${ms(ours.t, 0)}, ${kb(ours.size)}`, `≥ ${goal}× faster than drawSvg, no larger`],
      [`… the same with fflate, as in the browser's worker`, `${ms(oursFflate.t, 0)}, ${kb(oursFflate.size)}`, `speed-up ${(naive.t / oursFflate.t).toFixed(1)}×`],
      [`PDF same, naive drawSvg at every placement`, `${ms(naive.t, 0)}, ${kb(naive.size)}`, `speed-up ${(naive.t / ours.t).toFixed(1)}×, size ${((ours.size / naive.size) * 100).toFixed(0)} %`],
      [`PDF same, pdfmake 0.3 (layout included)`, `${ms(pdfmake.t, 0)}, ${kb(pdfmake.size)}`, `Signpost no larger: ${((ours.size / pdfmake.size) * 100).toFixed(0)} % of it`],
    );
  }
  rows.push(...(await urduBench(s)));
  return rows;
}

/** Right-to-left text: laying out and printing 10 pages of Urdu (about 300 words each, with English names and times). */
async function urduBench(s: Awaited<ReturnType<typeof nodeServices>>): Promise<Row[]> {
  const sentence = 'تم شام سات بجے کے بعد گھر پر رہو۔ پیر کو عدالت جاؤ۔ Sam کو 7:30 بجے اپنے وکیل سے ملو۔ ';
  const pages = Array.from({ length: 10 }, (_, i) => ({ id: `p${i}`, elements: [{ ...createTextBox(sentence.repeat(15), 10, 10), id: `t${i}`, width: 180, height: 250, align: 'right' as const }] }));
  const doc = { ...createDocument('Urdu'), language: 'ur', pages };
  const scene = await s.scene(doc);
  const fresh = () => ({ ...doc, pages: doc.pages.map((p) => ({ ...p, elements: p.elements.map((e) => ({ ...e })) })) });
  const layout: number[] = [];
  for (let i = 0; i < 9; i++) {
    const d = fresh();
    const t0 = performance.now();
    layoutDocument(d, s.deps);
    layout.push(performance.now() - t0);
  }
  const fonts = await s.fontBytes(scene.fonts);
  const pdf: number[] = [];
  let size = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    size = (await exportPdf(scene, { fonts, deflate: nodeDeflate })).length;
    pdf.push(performance.now() - t0);
  }
  return [
    ['Layout of 10 pages of Urdu, 300 words each, words shaped once (Node)', ms(median(layout), 1), '—'],
    ['PDF of those 10 Urdu pages, every glyph placed (Node)', `${ms(median(pdf), 0)}, ${kb(size)}`, '—'],
  ];
}
