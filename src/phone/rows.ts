/**
 * The phone page's rows, from the Scene's parts alone: one idea per row (an Easy Read row,
 * a step, a cell, an event, a card, a paragraph), headings between them, in reading order.
 */
import type { Prim, Scene, SceneItem, ScenePart } from '../layout/scene';
import { partLanguage, readingItems } from '../layout/reading';

/** A line a row shows and reads, in its language. */
export interface RowLine {
  text: string;
  lang: string;
  /** Written in the document's second language (shown second, smaller). */
  second: boolean;
}

/** A figure of a row: its primitives and its part. */
export interface RowFigure {
  part: ScenePart;
  prims: Prim[];
}

export type Row =
  /** A heading, with its translation when it has one. */
  | { kind: 'heading'; level: 1 | 2; lines: RowLine[] }
  /** A row; `link` is the id of the page it leads to (a board's button that opens another board). */
  | { kind: 'row'; figures: RowFigure[]; lines: RowLine[]; link?: string }
  /** Running text with a picture above each word: one sentence. */
  | { kind: 'words'; words: { figure: RowFigure | null; text: string }[]; lang: string };

/** Rows of one item; `list` when they are the items of a list (steps, cells, Easy Read rows). */
export interface RowBlock {
  list: boolean;
  rows: Row[];
  /** The id of the document page it comes from. */
  pageId: string;
}

const primsOf = (item: SceneItem, part: number): Prim[] => item.prims.filter((p) => p.part === part);

/** Sentence ends, as layout splits Easy Read rows. */
const SENTENCE_END = /[.!?۔؟]$/;

/** The rows of a whole scene, in reading order, page after page. */
export function sceneRows(scene: Scene): RowBlock[] {
  let headings = 0;
  const line = (p: ScenePart): RowLine => ({ text: (p.text ?? '').trim(), lang: partLanguage(p, scene), second: !!p.second });
  const heading = (p: ScenePart): Row => ({ kind: 'heading', level: headings++ === 0 ? 1 : 2, lines: [line(p)] });

  /** A row from some parts of an item: its figures and its lines (headings apart). */
  const rowOf = (item: SceneItem, parts: number[]): Row => ({
    kind: 'row',
    figures: parts.filter((i) => item.parts[i].role === 'figure').map((i) => ({ part: item.parts[i], prims: primsOf(item, i) })),
    lines: parts.filter((i) => item.parts[i].role !== 'figure' && item.parts[i].text?.trim()).map((i) => line(item.parts[i])),
  });

  const blocks: RowBlock[] = [];
  for (const page of scene.pages) {
    for (const r of readingItems(page)) {
      const item = r.item;
      const pageId = page.pageId;
      if (r.shape === 'list') {
        // a cell that leads to another page keeps its link (by its group, as layout numbered it)
        const linkOf = (parts: number[]) => {
          const n = item.parts[parts[0]]?.group;
          return n === undefined ? undefined : item.links?.find((l) => l.group === n)?.pageId;
        };
        blocks.push({
          list: true,
          pageId,
          rows: r.groups.map((g) => {
            const link = linkOf(g.parts);
            return link ? { ...rowOf(item, g.parts), link } : rowOf(item, g.parts);
          }),
        });
      } else if (r.shape === 'words') {
        // each sentence a row, each word with its picture above it
        const rows: Row[] = [];
        let words: { figure: RowFigure | null; text: string }[] = [];
        for (const g of r.groups) {
          const fig = g.parts.find((i) => item.parts[i].role === 'figure');
          const text = g.parts.map((i) => item.parts[i]).find((p) => p.role !== 'figure')?.text ?? '';
          words.push({ figure: fig === undefined ? null : { part: item.parts[fig], prims: primsOf(item, fig) }, text });
          if (SENTENCE_END.test(text.trim())) {
            rows.push({ kind: 'words', words, lang: scene.language });
            words = [];
          }
        }
        if (words.length) rows.push({ kind: 'words', words, lang: scene.language });
        blocks.push({ list: false, pageId, rows });
      } else {
        blocks.push({ list: false, pageId, rows: plainRows(item, r.groups.flatMap((g) => g.parts), heading, rowOf, line) });
      }
    }
  }
  return withoutRepeats(titled(blocks.filter((b) => b.rows.length > 0), scene.title));
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A page with no heading starts with its title: its first line, when that is the title's words, is the heading. */
function titled(blocks: RowBlock[], title: string): RowBlock[] {
  if (blocks.some((b) => b.rows.some((r) => r.kind === 'heading'))) return blocks;
  const first = blocks[0]?.rows[0];
  if (first?.kind !== 'row' || blocks[0].list || first.figures.length || !first.lines.length || !same(first.lines[0].text, title)) return blocks;
  return [{ ...blocks[0], rows: [{ kind: 'heading', level: 1, lines: first.lines }, ...blocks[0].rows.slice(1)] }, ...blocks.slice(1)];
}

/**
 * Headings a printed page repeats (a page split for a profile carries its heading on each
 * part) are said once on a phone, which has no pages: a later heading, or line of words
 * alone, with the same words as a heading before it is left out.
 */
function withoutRepeats(blocks: RowBlock[]): RowBlock[] {
  const said = new Set<string>();
  const key = (lines: RowLine[]) => lines.map((l) => `${l.lang}:${l.text.trim().toLowerCase()}`).join('\n');
  return blocks
    .map((b) => ({
      ...b,
      rows: b.rows.filter((r) => {
        if (r.kind === 'words' || (r.kind === 'row' && (r.figures.length || b.list))) return true;
        const k = key(r.lines);
        if (said.has(k)) return false;
        if (r.kind === 'heading') said.add(k);
        return true;
      }),
    }))
    .filter((b) => b.rows.length > 0);
}

/**
 * The rows of an item read part by part (a card, a text box, a photo, a passport): a heading
 * stands alone; a figure and the lines with it make a row; a translated line stays with the
 * line it translates.
 */
function plainRows(item: SceneItem, parts: number[], heading: (p: ScenePart) => Row, rowOf: (item: SceneItem, parts: number[]) => Row, line: (p: ScenePart) => RowLine): Row[] {
  const rows: Row[] = [];
  let current: number[] = [];
  const has = (test: (p: ScenePart) => boolean) => current.some((i) => test(item.parts[i]));
  const flush = () => {
    if (current.length) rows.push(rowOf(item, current));
    current = [];
  };
  for (const i of parts) {
    const p = item.parts[i];
    if (p.role === 'heading') {
      flush();
      // a heading and its translation are one heading, each line in its language
      const last = rows[rows.length - 1];
      if (last?.kind === 'heading' && last.lines.every((l) => l.second !== !!p.second)) last.lines.push(line(p));
      else rows.push(heading(p));
      continue;
    }
    if (p.role === 'figure' ? has((q) => q.role === 'figure') : !p.second && has((q) => q.role !== 'figure' && !q.second)) flush();
    current.push(i);
  }
  flush();
  return rows.filter((r) => r.kind !== 'row' || r.figures.length || r.lines.length);
}
