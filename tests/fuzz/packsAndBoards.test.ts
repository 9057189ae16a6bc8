/**
 * Issue 19: symbol packs and OBF boards, however damaged, are read or refused with their
 * named errors (PackError, BoardError). A pack that reads becomes, once normalised, a pack
 * the store accepts (PackSchema), so it is never dropped after a reload; a board that reads
 * has the fields its type promises and becomes a document that validates and saves and
 * reopens equal. (Pictures of a pack are checked by importPack in the browser, with
 * DOMPurify and createImageBitmap; here each stands in as a fixed small SVG.)
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { analysePack, filesOfZip, PackError, type PackFile } from '../../src/storage/packReader';
import { BoardError, readBoard, type BoardIn } from '../../src/storage/obf';
import { normalisePack, PACK_SCHEMA_VERSION, PackSchema } from '../../src/model/pack';
import { documentFromBoardGrid } from '../../src/model/boardDocument';
import { newItem } from '../../src/model/containers';
import { LIMITS } from '../../src/model/schema';
import { csvPackFiles, mulberryFiles, svgOf } from '../helpers/packs';
import { TINY_PNG } from '../helpers/profiles';
import { runs, timeout } from './config';
import { jsonTextArb, mutateBytes, openedOrNamedSync, zipByteMutationsArb } from './mutate';
import { anyText, PROTOTYPE_WORDS } from './strings';
import { savesAndReopens } from './roundTrip';

const zipOf = (files: PackFile[]) => zipSync(Object.fromEntries(files.map((f) => [f.path, f.bytes])));

/** A pack with a JSON word list whose labels, tags and file names are hostile. */
function jsonPackFiles(): PackFile[] {
  const names = ['_', '__proto__', 'constructor', 'toString', 'a'.repeat(230), 'mum', 'Mum'];
  const rows = names.map((n, i) => ({ file: `${n}.svg`, label: i % 2 ? n : '', tags: Array.from({ length: 60 }, (_, k) => `tag${k}`), category: 'c'.repeat(120) }));
  return [...names.map((n, i) => ({ path: `img/${n}.svg`, bytes: strToU8(svgOf(i)) })), { path: 'words.json', bytes: strToU8(JSON.stringify(rows)) }, { path: 'LICENCE.md', bytes: strToU8('L'.repeat(620)) }];
}
const PACKS = [csvPackFiles(), mulberryFiles(), jsonPackFiles()];

/** The pack the store would keep: entries with a stand-in picture, normalised to the schema. */
function packCheck(files: PackFile[], name: string): void {
  const r = openedOrNamedSync(() => analysePack(files, name), [PackError]);
  if ('error' in r) return;
  const symbols = r.value.entries.map((e) => ({ id: e.id, label: e.label, keywords: e.keywords, category: e.category, mime: 'image/svg+xml' as const, data: 'PHN2Zy8+', width: 1, height: 1 }));
  const { pack } = normalisePack({ schemaVersion: PACK_SCHEMA_VERSION, id: `pack-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 30)}-x1`, name, attribution: r.value.licence?.text ?? '', enabled: true, symbols });
  const parsed = PackSchema.safeParse(pack);
  expect(parsed.success ? null : parsed.error.issues[0]).toBeNull();
}

/** Files of a pack with its word list or licence mutated, or hostile files added. */
const packFilesArb = fc.nat(PACKS.length - 1).chain((i) => {
  const files = PACKS[i];
  const list = files.findIndex((f) => /\.(csv|json)$/.test(f.path));
  const asJson = () => (/\.json$/.test(files[list].path) ? JSON.parse(new TextDecoder().decode(files[list].bytes)) : new TextDecoder().decode(files[list].bytes).split('\n').map((l) => l.split(',')));
  return fc.oneof(
    jsonTextArb(asJson).map((text) => files.map((f, k) => (k === list ? { ...f, bytes: strToU8(/\.json$/.test(f.path) ? text : csvFrom(text)) } : f))),
    fc.array(fc.record({ name: fc.oneof(anyText(200), fc.constantFrom(...PROTOTYPE_WORDS, '_', '', '.', '..', 'a/../b')), ext: fc.constantFrom('svg', 'png', 'jpg', 'SVG', 'csv', 'json', 'txt') }), { minLength: 1, maxLength: 6 }).map((extra) => [
      ...files,
      ...extra.map(({ name, ext }, k) => ({ path: `${name}.${ext}`, bytes: ext === 'csv' ? strToU8(`file,label,tags\n${name}.svg,${name},${name}`) : strToU8(ext === 'json' ? `[{"file":${JSON.stringify(`${name}.svg`)},"label":${k}}]` : svgOf(k)) })),
    ]),
  );
});

/** A mutated JSON text made back into CSV lines, when it still has rows of cells. */
function csvFrom(text: string): string {
  try {
    const rows = JSON.parse(text);
    return Array.isArray(rows) ? rows.map((r) => (Array.isArray(r) ? r.map((c) => String(c)).join(',') : String(r))).join('\n') : text;
  } catch {
    return text;
  }
}

describe('symbol packs, damaged (property)', () => {
  // papaparse warns on each word list with two columns of one name; the suite makes thousands
  beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));
  afterAll(() => vi.restoreAllMocks());

  it('zip bytes flipped, cut and spliced: read or refused with PackError, and what reads stores', () => {
    const zips = PACKS.map(zipOf);
    const arb = fc.nat(zips.length - 1).chain((i) => zipByteMutationsArb(zips[i].length).map((m) => mutateBytes(zips[i], m)));
    fc.assert(
      fc.property(arb, (bytes) => {
        const r = openedOrNamedSync(() => filesOfZip(bytes), [PackError]);
        if ('value' in r) packCheck(r.value, 'Pack');
      }),
      runs(1200),
    );
  }, timeout(30_000));

  it('word lists mutated, hostile file names and labels: analysed, and normalised into a pack the store keeps', () => {
    fc.assert(fc.property(packFilesArb, anyText(100, 200), (files, name) => packCheck(filesOfZip(zipOf(files)), name.trim() || 'Pack')), runs(1200));
  }, timeout(30_000));
});

const obf = (columns: number, rows: number) => ({
  format: 'open-board-0.1',
  id: 'b1',
  locale: 'en',
  name: 'Snack choices',
  buttons: Array.from({ length: columns * rows }, (_, i) => ({ id: i + 1, label: PROTOTYPE_WORDS[i % PROTOTYPE_WORDS.length], ...(i % 3 ? {} : { image_id: i % 2 ? 'zipped' : 'inline' }) })),
  grid: { rows, columns, order: Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => r * columns + c + 1)) },
  images: [
    { id: 'inline', data: `data:image/png;base64,${TINY_PNG}`, content_type: 'image/png' },
    { id: 'zipped', path: 'images/crisps.png', content_type: 'image/png' },
    { id: 'web', url: 'https://example.org/juice.png' },
  ],
  sounds: [],
});
const BOARDS = [obf(2, 2), obf(12, 10), obf(0, 0), obf(3, 1)];
const obz = (boardText: string) =>
  zipSync({ 'manifest.json': strToU8(JSON.stringify({ root: 'boards/b1.obf' })), 'boards/b1.obf': strToU8(boardText), 'images/crisps.png': Uint8Array.from(atob(TINY_PNG), (c) => c.charCodeAt(0)) });

/** Read or refused with BoardError; what reads keeps its promises and opens as a document. */
function boardCheck(bytes: Uint8Array): void {
  const r = openedOrNamedSync(() => readBoard(bytes), [BoardError]);
  if ('error' in r) return;
  const b: BoardIn = r.value;
  expect(typeof b.name).toBe('string');
  expect(typeof b.locale).toBe('string');
  expect(Number.isInteger(b.columns) && b.columns >= 1 && b.columns <= LIMITS.columns.max).toBe(true);
  for (const btn of b.buttons) {
    expect(typeof btn.label).toBe('string');
    if (btn.image) for (const k of ['id', 'data', 'mime', 'url'] as const) if (btn.image[k] !== undefined) expect(typeof btn.image[k]).toBe('string');
  }
  // as ui/boards.ts opens it (pictures aside: they go through the pack import)
  savesAndReopens(documentFromBoardGrid({ name: b.name, locale: b.locale, columns: b.columns, items: b.buttons.map((x) => newItem(null, x.label)) }));
}

describe('OBF boards, damaged (property)', () => {
  const board = fc.nat(BOARDS.length - 1);
  it('.obf JSON mutated: read or refused with BoardError, and what reads opens as a document', () => {
    fc.assert(fc.property(board.chain((i) => jsonTextArb(() => BOARDS[i])), (text) => boardCheck(strToU8(text))), runs(1200));
  }, timeout(30_000));

  it('.obz with its board mutated, or its bytes flipped, cut and spliced', () => {
    const zips = BOARDS.map((b) => obz(JSON.stringify(b)));
    const arb = fc.oneof(
      board.chain((i) => jsonTextArb(() => BOARDS[i])).map(obz),
      board.chain((i) => zipByteMutationsArb(zips[i].length).map((m) => mutateBytes(zips[i], m))),
    );
    fc.assert(fc.property(arb, boardCheck), runs(1200));
  }, timeout(30_000));
});
