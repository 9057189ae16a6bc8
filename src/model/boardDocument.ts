/**
 * A communication board (rows of buttons) as a document: a heading and a grid, split over
 * as many pages as it needs so every grid stays within the schema's limits. An empty
 * board gives one page with an empty grid, not a grid of no height.
 */
import { createDocument, createPage, createTextBox } from './factory';
import { newId } from './ids';
import { LIMITS, type Container, type ContainerItem, type SignpostDocument } from './schema';

/** Rows of one grid page: five rows of 50 mm fill an A4 page under the heading. */
export const BOARD_ROWS_PER_PAGE = 5;
const ROW_MM = 50;

export interface BoardGridIn {
  name: string;
  locale: string;
  columns: number;
  items: ContainerItem[];
}

function grid(items: ContainerItem[], columns: number, y: number): Container {
  const rows = Math.max(1, Math.ceil(items.length / columns));
  return {
    id: newId('c'), type: 'container', kind: 'grid', x: 12, y, width: 186, height: Math.min(250, rows * ROW_MM), rotation: 0,
    direction: 'horizontal', columns, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items,
  };
}

/** The board as a document; its text is cut to the schema's limits. */
export function documentFromBoardGrid(board: BoardGridIn, now = new Date()): SignpostDocument {
  const columns = Math.max(LIMITS.columns.min, Math.min(LIMITS.columns.max, Math.round(board.columns) || 4));
  const perPage = Math.min(LIMITS.containerItems, columns * BOARD_ROWS_PER_PAGE);
  const items = board.items.map((it) => ({ ...it, caption: it.caption.slice(0, LIMITS.caption) }));
  const chunks: ContainerItem[][] = [];
  for (let i = 0; i < items.length && chunks.length < LIMITS.pages; i += perPage) chunks.push(items.slice(i, i + perPage));
  if (!chunks.length) chunks.push([]);
  const name = board.name.trim().slice(0, LIMITS.title) || 'Board';
  const doc = createDocument(name, now);
  const heading = { ...createTextBox(name, 12, 12), fontSize: 24, bold: true, width: 186, height: 14 };
  const pages = chunks.map((chunk, i) => ({ id: i === 0 ? doc.pages[0].id : createPage().id, elements: i === 0 ? [heading, grid(chunk, columns, 30)] : [grid(chunk, columns, 12)] }));
  const language = board.locale.length >= 2 && board.locale.length <= 35 ? board.locale : 'en';
  return { ...doc, language, pages };
}
