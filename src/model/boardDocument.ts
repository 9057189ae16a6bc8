/**
 * Communication boards (rows of buttons) as a document. A board set (an .obz of linked
 * boards) is one document: each board a page (or several, when it has many rows), the
 * root board first, and each button that opens another board linked to that board's
 * page. A board's grid keeps its columns, rows and empty places; an empty board gives one
 * page with an empty grid, not a grid of no height.
 */
import { createDocument, createPage, createTextBox } from './factory';
import { newId } from './ids';
import { pageSizeMm } from './geometry';
import type { BoardLicence } from './boardLicence';
import { LIMITS, type Container, type ContainerItem, type Page, type PageSetup, type SignpostDocument } from './schema';

/** Rows of one grid page in the older, portrait-only layout (kept for callers that expect it). */
export const BOARD_ROWS_PER_PAGE = 5;
const GAP = 4;
/** Smallest row height worth printing, mm: a board with more rows continues on another page. */
const MIN_ROW = 30;
const MARGIN = 12;
const GRID_TOP = 30;
/** Room kept under the grid for the footer, mm. */
const FOOT = 17;

/** One button of a board as a container item, and the board it opens (by its key in the set), if any. */
export interface BoardCellIn {
  item: ContainerItem;
  linkTo: string | null;
}

export interface BoardPageIn {
  /** Unique within the set. */
  key: string;
  name: string;
  locale: string;
  columns: number;
  /** The grid row by row (`columns` places a row); null for an empty place. */
  cells: (BoardCellIn | null)[];
  /** The board's own licence, as its file states it. */
  licence?: BoardLicence;
}

export interface BoardGridIn {
  name: string;
  locale: string;
  columns: number;
  items: ContainerItem[];
}

const clampColumns = (n: number) => Math.max(LIMITS.columns.min, Math.min(LIMITS.columns.max, Math.round(n) || 4));

/** Grid area of a page, mm. */
function area(setup: PageSetup): { width: number; height: number } {
  const size = pageSizeMm(setup);
  return { width: size.width - 2 * MARGIN, height: size.height - GRID_TOP - FOOT };
}

/** Rows a page holds for a board of `columns`: rows at least MIN_ROW high, and at most the items a container may hold. */
function rowsPerPage(setup: PageSetup, columns: number): number {
  const byHeight = Math.floor((area(setup).height + GAP) / (MIN_ROW + GAP));
  return Math.max(1, Math.min(byHeight, Math.floor(LIMITS.containerItems / columns)));
}

/** The side of a board's cells on a page, mm: the smaller of its width and its height. */
function cellSide(setup: PageSetup, columns: number, rows: number): number {
  const a = area(setup);
  const r = Math.max(1, Math.min(rows, rowsPerPage(setup, columns)));
  return Math.min((a.width - (columns - 1) * GAP) / columns, (a.height - (r - 1) * GAP) / r);
}

/** Portrait or landscape: whichever gives the set's boards the larger cells. */
function pageSetupFor(boards: BoardPageIn[]): PageSetup {
  const portrait: PageSetup = { size: 'A4', orientation: 'portrait', margin: MARGIN };
  const landscape: PageSetup = { ...portrait, orientation: 'landscape' };
  let p = 0;
  let l = 0;
  for (const b of boards) {
    const columns = clampColumns(b.columns);
    const rows = Math.max(1, Math.ceil(b.cells.length / columns));
    p += cellSide(portrait, columns, rows);
    l += cellSide(landscape, columns, rows);
  }
  return l > p * 1.05 ? landscape : portrait;
}

function grid(setup: PageSetup, items: ContainerItem[], columns: number, y: number): Container {
  const a = area(setup);
  const rows = Math.max(1, Math.ceil(items.length / columns));
  const cellW = (a.width - (columns - 1) * GAP) / columns;
  // no taller than the cells need (layout keeps them no taller than 1.3 × their width)
  const height = Math.max(20, Math.min(a.height, rows * (cellW * 1.3 + GAP)));
  return {
    id: newId('c'), type: 'container', kind: 'grid', x: MARGIN, y, width: a.width, height, rotation: 0,
    direction: 'horizontal', columns, keepColumns: true, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items,
  };
}

/** A licence with each field cut to the schema's limit. */
function cutLicence(l: BoardLicence): BoardLicence {
  const out: BoardLicence = { type: l.type.slice(0, LIMITS.licenceField) };
  for (const k of ['copyright_notice_url', 'source_url', 'author_name', 'author_url'] as const) {
    const v = l[k];
    if (v) out[k] = v.slice(0, LIMITS.licenceField);
  }
  return out;
}

const gap = (): ContainerItem => ({ id: newId('i'), symbol: null, also: [], modifier: null, caption: '', color: null, gap: true });

/**
 * A board set as one document: the first board's name is its title and its language the
 * document's; every board after it follows as pages, as many as fit the schema's limits.
 * `dropped` counts the boards left out for want of room.
 */
export function documentFromBoardSet(boards: BoardPageIn[], now = new Date()): { doc: SignpostDocument; dropped: number } {
  const first = boards[0] ?? { key: '', name: '', locale: 'en', columns: 4, cells: [] };
  const title = first.name.trim().slice(0, LIMITS.title) || 'Board';
  const base = createDocument(title, now);
  const setup = pageSetupFor(boards.length ? boards : [first]);
  // how many pages each board takes, so every board that fits gets its first page's id before any link is made
  const plan: { board: BoardPageIn; columns: number; chunks: (BoardCellIn | null)[][]; pageIds: string[] }[] = [];
  let pages = 0;
  let dropped = 0;
  for (const board of boards.length ? boards : [first]) {
    const columns = clampColumns(board.columns);
    // every row is kept, empty places and empty rows too: they are part of the board's layout
    const cells = board.cells;
    const per = rowsPerPage(setup, columns) * columns;
    const chunks: (BoardCellIn | null)[][] = [];
    for (let i = 0; i < cells.length; i += per) chunks.push(cells.slice(i, i + per));
    if (!chunks.length) chunks.push([]);
    if (pages + chunks.length > LIMITS.pages) {
      dropped++;
      continue;
    }
    pages += chunks.length;
    plan.push({ board, columns, chunks, pageIds: chunks.map((_, i) => (plan.length === 0 && i === 0 ? base.pages[0].id : createPage().id)) });
  }
  const firstPage = new Map(plan.map((p) => [p.board.key, p.pageIds[0]]));
  const out: Page[] = [];
  for (const p of plan) {
    const name = p.board.name.trim().slice(0, LIMITS.title) || 'Board';
    p.chunks.forEach((chunk, i) => {
      const items = chunk.map((c) => {
        if (!c) return gap();
        const link = c.linkTo ? firstPage.get(c.linkTo) : undefined;
        const item: ContainerItem = { ...c.item, caption: c.item.caption.slice(0, LIMITS.caption) };
        if (item.spoken !== undefined) item.spoken = item.spoken.slice(0, LIMITS.caption);
        if (link) item.link = link;
        else delete item.link;
        return item;
      });
      const heading = { ...createTextBox(name, MARGIN, 12), fontSize: 24, bold: true, width: area(setup).width, height: 14 };
      // a board's licence goes with each of its pages: it is credited however they are printed
      const credit = p.board.licence ? { credit: { board: name, licence: cutLicence(p.board.licence) } } : {};
      out.push({ id: p.pageIds[i], ...credit, elements: [heading, grid(setup, items, p.columns, GRID_TOP)] });
    });
  }
  const language = first.locale.length >= 2 && first.locale.length <= 35 ? first.locale : 'en';
  return { doc: { ...base, language, page: setup, pages: out.length ? out : base.pages }, dropped };
}

/** One board (its buttons in grid order, no empty places) as a document; its text is cut to the schema's limits. */
export function documentFromBoardGrid(board: BoardGridIn, now = new Date()): SignpostDocument {
  const columns = clampColumns(board.columns);
  return documentFromBoardSet([{ key: 'board', name: board.name, locale: board.locale, columns, cells: board.items.map((item) => ({ item, linkTo: null })) }], now).doc;
}
