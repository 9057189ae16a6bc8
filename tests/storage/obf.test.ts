import { describe, expect, it } from 'vitest';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { BoardError, readBoard, writeObz } from '../../src/storage/obf';
import { TINY_PNG } from '../helpers/profiles';
import { withGibEntries, zipDeclaring } from '../helpers/zips';

const obf = (images: unknown[]) => ({
  format: 'open-board-0.1',
  id: 'b1',
  locale: 'en',
  name: 'Snack choices',
  buttons: [
    { id: 1, label: 'apple', image_id: 'inline' },
    { id: 2, label: 'crisps', image_id: 'zipped' },
    { id: 3, label: 'juice', image_id: 'web' },
    { id: 4, label: 'water' },
  ],
  grid: { rows: 2, columns: 2, order: [[1, 2], [3, 4]] },
  images,
  sounds: [],
});
const IMAGES = [
  { id: 'inline', data: `data:image/png;base64,${TINY_PNG}`, content_type: 'image/png' },
  { id: 'zipped', path: 'images/crisps.png', content_type: 'image/png' },
  { id: 'web', url: 'https://example.org/juice.png' },
];

describe('Open Board Format', () => {
  it('reads an .obz with inline, zipped and web images; a web image cannot be fetched offline', () => {
    const zip = zipSync({
      'manifest.json': strToU8(JSON.stringify({ root: 'boards/b1.obf' })),
      'boards/b1.obf': strToU8(JSON.stringify(obf(IMAGES))),
      'images/crisps.png': Uint8Array.from(atob(TINY_PNG), (c) => c.charCodeAt(0)),
    });
    const b = readBoard(zip);
    expect(b).toMatchObject({ name: 'Snack choices', columns: 2 });
    expect(b.buttons.map((x) => x.label)).toEqual(['apple', 'crisps', 'juice', 'water']);
    expect(b.buttons[0].image).toMatchObject({ mime: 'image/png', data: TINY_PNG });
    expect(b.buttons[1].image).toMatchObject({ mime: 'image/png', data: TINY_PNG });
    expect(b.buttons[2].image).toEqual({ id: 'web', url: 'https://example.org/juice.png' });
    expect(b.buttons[3].image).toBeNull();
  });

  it('reads a bare .obf and refuses things that are not boards', () => {
    expect(readBoard(strToU8(JSON.stringify(obf(IMAGES.slice(0, 1))))).buttons).toHaveLength(4);
    expect(() => readBoard(strToU8('{"hello": 1}'))).toThrow(BoardError);
    expect(() => readBoard(strToU8('not json'))).toThrow(BoardError);
    expect(() => readBoard(zipSync({ 'x.txt': strToU8('x') }))).toThrow(BoardError);
  });

  it('writes an .obz with the required fields and each image’s licence, which reads back', () => {
    const png = Uint8Array.from(atob(TINY_PNG), (c) => c.charCodeAt(0));
    const licence = { type: 'CC BY-SA 4.0', author_name: 'OpenMoji', author_url: 'https://openmoji.org' };
    const bytes = writeObz({ id: 'x', name: 'Now and next', locale: 'en-GB', columns: 2, buttons: [{ label: 'Now', image: { bytes: png, mime: 'image/png', width: 1, height: 1, licence } }, { label: 'Next', image: null }] });
    const files = unzipSync(bytes);
    const board = JSON.parse(strFromU8(files['boards/board.obf']));
    for (const k of ['format', 'id', 'locale', 'buttons', 'grid', 'images', 'sounds']) expect(board).toHaveProperty(k);
    expect(board.images[0].license).toEqual(licence);
    expect(files[board.images[0].path]).toEqual(png);
    expect(readBoard(bytes).buttons.map((b) => b.label)).toEqual(['Now', 'Next']);
  });
});

describe('.obz zips are bounded before anything is inflated', () => {
  const files = () => ({
    'manifest.json': strToU8(JSON.stringify({ root: 'boards/b1.obf' })),
    'boards/b1.obf': strToU8(JSON.stringify(obf(IMAGES))),
    'images/crisps.png': Uint8Array.from(atob(TINY_PNG), (c) => c.charCodeAt(0)),
  });

  it('reads only the manifest, the board and its pictures: 4 × 1 GiB of other entries cost nothing', () => {
    const t0 = performance.now();
    expect(readBoard(withGibEntries(files())).buttons[1].image).toMatchObject({ data: TINY_PNG });
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('a picture declaring 1 GiB, or a path that climbs out, is refused or not found', () => {
    expect(() => readBoard(zipDeclaring(files(), { 'images/crisps.png': 1024 ** 3 }))).toThrow(BoardError);
    const climbing = obf([{ id: 'zipped', path: '../images/crisps.png', content_type: 'image/png' }]);
    const b = readBoard(zipSync({ ...files(), 'boards/b1.obf': strToU8(JSON.stringify(climbing)) }));
    expect(b.buttons[1].image).toEqual({ id: 'zipped', url: undefined });
  });
});
