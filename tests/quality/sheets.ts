/**
 * Contact sheets of the pictures no label foresaw, for a blind grader who must SEE each
 * picture as Signpost draws it, not read its name.
 *
 * Each picture is laid out by the app's own layout, as a symbol card (its symbols side by
 * side, the red not-mark, a clock or calendar made from the sentence's values), printed by
 * the app's own PDF writer and rasterised with pdftoppm. Every cell carries a number, the
 * words the picture stands for and the sentence; never the picture's name. The numbers are
 * the ones of the JSON written beside the sheets, and a keys file turns a number back into
 * the grade keys of `tests/fixtures/quality/grades.json` (`sentence|word|picture`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeDeflate, nodeServices } from '../../src/cli/nodeServices';
import { layoutDocument } from '../../src/layout/layout';
import { overflowing } from '../../src/layout/overflow';
import { printReady } from '../../src/layout/print';
import { createDocument, createPage, createShape, createSymbolCard, createTextBox } from '../../src/model/factory';
import type { SignpostDocument } from '../../src/model/schema';
import { exportPdf } from '../../src/pdf/exportPdf';
import { resolveStyle } from '../../src/profile/resolve';
import type { Modifier } from '../../src/symbols/vocabulary';
import { searchKey, type ShownPicture, type WordResult } from './grade';

/** One picture to grade: a picture shown over some words of one sentence. */
export interface UngradedPicture {
  /** Its number on the sheets and in the JSON, from 1. */
  n: number;
  /** The sheet's file name, and the cell on it (0–19, row by row). */
  sheet: string;
  cell: number;
  sentenceId: string;
  sentence: string;
  /** The words of the sentence the picture stands for, in order. */
  words: string[];
  /** The labelled unit those words belong to (a phrase such as "police station"). */
  phrase: string;
  /** Grade keys (`sentence|word|picture`): for merging the grades, never shown to the grader. */
  keys: string[];
  /** What to draw: the set, its symbols and its mark. */
  picture: { set: string; ids: string[]; modifier: Modifier | null };
}

export const PER_SHEET = 20;
/** What a cell says in place of a sentence for a library search result. */
export const SEARCHED = 'No sentence: typed in the symbol search, this came up in the first three.';
const COLUMNS = 4;

/** Library search results to grade, as words to grade: each is judged for its term alone. */
export function searchedWords(search: readonly { term: string; shown: ShownPicture; described: string }[]): WordResult[] {
  return search.map((x) => ({ sentence: SEARCH, word: x.term, unit: x.term, none: false, verdict: 'ungraded', shown: x.shown, described: x.described }));
}
const SEARCH = 'search';

/**
 * The ungraded pictures, one per sentence, unit and picture (the words of a phrase that share a
 * picture are graded together), numbered from 1; each part (tuned, search, held out) starts on a
 * sheet of its own, so one part can be looked at without the others.
 */
export function ungradedPictures(parts: readonly (readonly WordResult[])[], sentenceText: ReadonlyMap<string, string>): UngradedPicture[] {
  const out: UngradedPicture[] = [];
  const text = new Map([...sentenceText, [SEARCH, SEARCHED]]);
  let sheet = 0;
  for (const results of parts) {
    const groups = new Map<string, WordResult[]>();
    for (const r of results) {
      if (r.verdict !== 'ungraded' || !r.shown) continue;
      const k = `${r.sentence}\u0000${r.unit}\u0000${r.described}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    let cell = PER_SHEET;
    for (const g of groups.values()) {
      const first = g[0];
      const shown = first.shown!;
      if (cell === PER_SHEET) [sheet, cell] = [sheet + 1, 0];
      out.push({
        n: out.length + 1,
        sheet: sheetName(sheet),
        cell: cell++,
        sentenceId: first.sentence,
        sentence: text.get(first.sentence) ?? '',
        words: [...new Set(g.map((r) => r.word))],
        phrase: first.unit,
        keys: [...new Set(g.map((r) => (r.sentence === SEARCH ? searchKey(r.word, r.described) : `${r.sentence}|${r.word}|${r.described}`)))],
        picture: { set: shown.set ?? 'openmoji', ids: [...shown.ids], modifier: (shown.modifier ?? null) as Modifier | null },
      });
    }
  }
  return out;
}

export const sheetName = (k: number) => `sheet-${String(k).padStart(2, '0')}.png`;

/** The sheets as one Signpost document: a page of 20 numbered cells per sheet (`cellOf` gets each element's cell number). */
export function sheetsDocument(items: readonly UngradedPicture[], cellOf = new Map<string, number>()): SignpostDocument {
  const doc = createDocument('Pictures to grade');
  doc.page = { size: 'A4', orientation: 'portrait', margin: 8 };
  const sheets = new Map<string, UngradedPicture[]>();
  for (const it of items) sheets.set(it.sheet, [...(sheets.get(it.sheet) ?? []), it]);
  doc.pages = [...sheets.entries()].map(([name, list]) => {
    const page = createPage();
    const heading = createTextBox(`${name.replace('.png', '')}: pictures ${list[0].n}–${list[list.length - 1].n}. Grade each picture for the words in quotes, in their sentence.`, 8, 7);
    page.elements.push({ ...heading, width: 194, height: 7, fontSize: 9, color: '#555555' });
    const cellW = 194 / COLUMNS;
    const cellH = 54;
    for (const it of list) {
      const i = it.cell;
      const x = 8 + (i % COLUMNS) * cellW;
      const y = 15 + Math.floor(i / COLUMNS) * cellH;
      const frame = createShape('rect', x + 0.5, y + 0.5);
      page.elements.push({ ...frame, width: cellW - 1, height: cellH - 1, stroke: '#9b9b9a', strokeWidth: 0.5 });
      // the number and the words (two lines at most), the picture, the sentence (three lines at most)
      const head = createTextBox(`${it.n}.  “${it.words.join(' ')}”`, x + 2.5, y + 1.5);
      page.elements.push({ ...head, width: cellW - 5, height: 10, fontSize: 10, bold: true });
      const side = 29;
      const [first, ...rest] = it.picture.ids;
      const card = createSymbolCard({ set: it.picture.set, id: first }, '', x + (cellW - side) / 2, y + 10.5, side);
      page.elements.push({ ...card, height: side, captionPosition: 'none', also: rest.map((id) => ({ set: it.picture.set, id })), modifier: it.picture.modifier });
      const sentence = createTextBox(it.sentence, x + 2.5, y + 40);
      page.elements.push({ ...sentence, width: cellW - 5, height: cellH - 41, fontSize: 8 });
      for (const e of page.elements.slice(-3)) cellOf.set(e.id, it.n);
    }
    return page;
  });
  return doc;
}

/**
 * Lays the sheets out with the app's layout, prints them with its PDF writer and rasterises
 * each page with pdftoppm into `dir/sheet-NN.png`. Returns the files written.
 */
export async function writeSheets(items: readonly UngradedPicture[], dir: string, dpi = 110): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  if (!items.length) return [];
  const s = await nodeServices();
  const cellOf = new Map<string, number>();
  const doc = sheetsDocument(items, cellOf);
  // the print pipeline's steps (layout/print.ts printScene) with the profile-free style, its
  // text allowed small enough for twenty cells a page
  const style = { ...resolveStyle(null), minTextSize: 7 };
  await s.env.prepare(doc, style);
  const scene = await printReady(layoutDocument(doc, s.deps, style), s.env.pictures);
  const cut = overflowing(scene.pages);
  if (cut.length) console.error(`ungraded sheets: text does not fit its box in cell(s) ${[...new Set(cut.map((c) => cellOf.get(c.elementId) ?? '?'))].join(', ')}`);
  const missing = scene.pages.flatMap((p) => p.items.flatMap((i) => i.prims)).filter((p) => p.t === 'symbol' && !p.drawing);
  if (missing.length) throw new Error(`ungraded sheets: ${missing.length} symbol(s) have no drawing (${missing.map((p) => (p.t === 'symbol' ? p.key : '')).join(', ')})`);
  const bytes = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, date: new Date(0) });
  const tmp = mkdtempSync(join(tmpdir(), 'signpost-sheets-'));
  try {
    const pdf = join(tmp, 'sheets.pdf');
    writeFileSync(pdf, bytes);
    const names = [...new Set(items.map((i) => i.sheet))];
    names.forEach((name, k) => {
      execFileSync('pdftoppm', ['-png', '-r', String(dpi), '-f', String(k + 1), '-l', String(k + 1), '-singlefile', pdf, join(dir, name.replace(/\.png$/, ''))]);
    });
    return names.map((n) => join(dir, n));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
