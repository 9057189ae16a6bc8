import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { cssColour, isObz, readBoardSet, writeObz, type BoardOut } from '../../src/storage/obf';
import { licenceFromLine, licenceLine } from '../../src/model/boardLicence';
import { looksLikeBoard } from '../../src/ui/boards';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { createDocument } from '../../src/model/factory';
import { ARASAAC, MULBERRY, boardSetObz, devanagariSpec, diagonalSpec, obfOf, obzOf, sixColumnSpec, solidPng } from '../helpers/obfFixtures';

const labels = (cells: ({ label: string } | null)[]) => cells.map((c) => c?.label ?? null);

describe('Open Board Format sets', () => {
  it('reads every board of a set, the root first, each button that opens a board linked to it', () => {
    const set = readBoardSet(boardSetObz());
    expect(set.boards.map((b) => b.name)).toEqual(['Home', 'Food', 'Feelings']);
    const [home, food, feelings] = set.boards;
    expect(home.cells[0]?.link).toBe(food.key);
    expect(home.cells[1]?.link).toBe(feelings.key);
    expect(food.cells[2]?.link).toBe(home.key);
    expect(feelings.cells[2]?.link).toBe(home.key);
    expect(set).toMatchObject({ skipped: 0, unresolvedLinks: 0 });
  });

  it('reads a board without a format field, as other readers do', () => {
    const set = readBoardSet(boardSetObz());
    expect(set.boards[2].buttons.map((b) => b.label)).toEqual(['happy', 'sad', 'home']);
    const bare = JSON.parse(new TextDecoder().decode(obfOf(diagonalSpec())));
    delete bare.format;
    expect(readBoardSet(strToU8(JSON.stringify(bare))).boards[0].buttons).toHaveLength(2);
    // a different format is still refused
    expect(() => readBoardSet(strToU8(JSON.stringify({ ...bare, format: 'something-else' })))).toThrow();
  });

  it('finds pictures whose path starts with "/", as Cboard writes them', () => {
    const set = readBoardSet(boardSetObz({ slashPaths: true }));
    const pictures = set.boards.flatMap((b) => b.buttons).filter((b) => b.image);
    expect(pictures).toHaveLength(6);
    expect(pictures.every((b) => b.image?.data && b.image.mime === 'image/png')).toBe(true);
  });

  it('follows links by id through the manifest when a link has no path', () => {
    const bytes = obzOf([
      { name: 'A', rows: [[{ label: 'to B', opens: 1 }]] },
      { name: 'B', rows: [[{ label: 'b' }]] },
    ]);
    const set = readBoardSet(bytes);
    expect(set.boards[0].cells[0]?.link).toBe(set.boards[1].key);
    // the same set with paths stripped from its links and a manifest listing boards by id
    const root = JSON.parse(new TextDecoder().decode(obfOf({ name: 'A', rows: [[{ label: 'to B' }]] })));
    root.buttons[0].load_board = { id: 'board-b' };
    const byId = zipSync({
      'manifest.json': strToU8(JSON.stringify({ root: 'a.obf', paths: { boards: { 'board-b': 'sub/b.obf' } } })),
      'a.obf': strToU8(JSON.stringify(root)),
      'sub/b.obf': obfOf({ name: 'B', rows: [[{ label: 'b' }]] }),
    });
    const s2 = readBoardSet(byId);
    expect(s2.boards.map((b) => b.name)).toEqual(['A', 'B']);
    expect(s2.boards[0].cells[0]?.link).toBe('sub/b.obf');
  });

  it('counts links to boards the file does not hold, and boards that cannot be read', () => {
    const root = JSON.parse(new TextDecoder().decode(obfOf({ name: 'A', rows: [[{ label: 'x' }, { label: 'y' }]] })));
    root.buttons[0].load_board = { id: 'elsewhere', url: 'https://example.org/boards/9' };
    root.buttons[1].load_board = { path: 'boards/broken.obf' };
    const bytes = zipSync({ 'manifest.json': strToU8(JSON.stringify({ root: 'a.obf' })), 'a.obf': strToU8(JSON.stringify(root)), 'boards/broken.obf': strToU8('{ not json') });
    const set = readBoardSet(bytes);
    expect(set.boards).toHaveLength(1);
    expect(set.skipped).toBe(1);
    expect(set.unresolvedLinks).toBe(2);
    expect(set.boards[0].cells.map((c) => c?.link)).toEqual([null, null]);
  });

  it('keeps empty places: a 2 × 2 diagonal stays a 2 × 2 diagonal', () => {
    const b = readBoardSet(obfOf(diagonalSpec())).boards[0];
    expect(b).toMatchObject({ columns: 2, rows: 2 });
    expect(labels(b.cells)).toEqual(['top left', null, null, 'bottom right']);
  });

  it('keeps six columns', () => {
    const b = readBoardSet(obfOf(sixColumnSpec())).boards[0];
    expect(b).toMatchObject({ columns: 6, rows: 2 });
    expect(labels(b.cells).slice(0, 6)).toEqual(['r1c1', 'r1c2', 'r1c3', 'r1c4', 'r1c5', 'r1c6']);
  });

  it('keeps every button of a board wider than 12 columns: each row goes on over two', () => {
    const wide = { name: 'Wide', rows: [0, 1].map((r) => Array.from({ length: 15 }, (_, c) => ({ label: `r${r}c${c}` }))) };
    const b = readBoardSet(obfOf(wide)).boards[0];
    expect(b).toMatchObject({ columns: 12, rows: 4, wrapped: 15 });
    expect(b.buttons).toHaveLength(30);
    expect(labels(b.cells).slice(12, 16)).toEqual(['r0c12', 'r0c13', 'r0c14', null]);
    expect(b.cells[24]?.label).toBe('r1c0');
  });

  it('reads button and border colours, and vocalisations', () => {
    const home = readBoardSet(boardSetObz()).boards[0];
    expect(home.cells[0]).toMatchObject({ background: '#ffecb3', border: '#e65100' });
    expect(home.cells[1]).toMatchObject({ background: '#e3f2fd', border: null });
    // a see-through green shows as a pale green on white paper
    expect(home.cells[3]).toMatchObject({ background: '#bfdfbf', vocalization: 'Yes please' });
    expect(home.cells[4]).toMatchObject({ vocalization: 'No thank you', background: null });
  });

  it('reads CSS colours as boards write them', () => {
    expect(cssColour('rgb(255, 170, 0)')).toBe('#ffaa00');
    expect(cssColour('rgba(0,0,0,0.5)')).toBe('#808080');
    expect(cssColour('#FA0')).toBe('#ffaa00');
    expect(cssColour('#ffaa0080')).toBe('#ffd47f');
    expect(cssColour('White')).toBe('#ffffff');
    expect(cssColour('rgb(100%, 0%, 0%)')).toBe('#ff0000');
    for (const v of ['transparent', 'rgba(1,2,3,0)', 'hsl(0, 100%, 50%)', 'url(x)', 7, null]) expect(cssColour(v)).toBeNull();
  });

  it('reads each picture’s licence in full, and a board’s licence for pictures that state none', () => {
    const [home] = readBoardSet(boardSetObz()).boards;
    expect(home.cells[0]?.image?.licence).toEqual(MULBERRY);
    expect(home.cells[1]?.image?.licence).toEqual(ARASAAC);
    expect(home.licence).toEqual({ type: 'CC BY 4.0', author_name: 'Cwm Taf speech and language team', author_url: 'https://example.org/slt' });
    const noOwn = obzOf([{ name: 'B', licence: MULBERRY, rows: [[{ label: 'x', picture: { rgb: [1, 2, 3], width: 4, height: 4 } }]] }]);
    expect(readBoardSet(noOwn).boards[0].cells[0]?.image?.licence).toEqual(MULBERRY);
  });

  it('reads pixel sizes and Devanagari and Bengali labels as written', () => {
    const set = readBoardSet(boardSetObz());
    expect(set.boards[0].cells[0]?.image).toMatchObject({ width: 240, height: 180 });
    const hi = readBoardSet(obfOf(devanagariSpec())).boards[0];
    expect(hi.buttons.map((b) => b.label)).toEqual(['खुश', 'दुखी', 'क्षमा कीजिए', 'नमस्ते', 'पानी चाहिए', 'আমি ভালো আছি']);
    expect(hi.locale).toBe('hi');
  });

  it('knows an .obz by its content, whatever its name, and tells it from a .signpost', () => {
    expect(isObz(boardSetObz())).toBe(true);
    expect(looksLikeBoard(boardSetObz())).toBe(true);
    expect(looksLikeBoard(obfOf(diagonalSpec()))).toBe(true);
    const signpost = writeSignpostFile(createDocument('A document'));
    expect(isObz(signpost)).toBe(false);
    expect(looksLikeBoard(signpost)).toBe(false);
    expect(looksLikeBoard(strToU8(JSON.stringify(createDocument('x'))))).toBe(false);
    expect(looksLikeBoard(strToU8('%PDF-1.7'))).toBe(false);
  });
});

describe('licence lines', () => {
  it('print every field and read back as the same licence; other text is not a licence', () => {
    for (const l of [MULBERRY, ARASAAC, { type: 'public domain' }, { type: '', author_name: 'Jo' }, { type: 'CC0', source_url: 'https://x.org/a' }]) {
      const line = licenceLine(l);
      for (const v of Object.values(l)) if (v) expect(line).toContain(v);
      expect(licenceFromLine(line)).toEqual(l);
    }
    expect(licenceFromLine('Symbols: OpenMoji (openmoji.org), CC BY-SA 4.0')).toBeNull();
    expect(licenceFromLine('Pictures: a; b; c')).toBeNull();
  });
});

describe('writing .obz', () => {
  it('writes each picture’s real size and licence, colours, vocalisations, empty places and links, and reads them back', () => {
    const wide = solidPng(240, 180, [200, 30, 30]);
    const tall = solidPng(64, 96, [30, 30, 200]);
    const boards: BoardOut[] = [
      {
        id: 'p1', name: 'Home', locale: 'en-GB', columns: 3,
        buttons: [
          { label: 'Food', image: { bytes: wide, mime: 'image/png', width: 240, height: 180, licence: MULBERRY }, background: '#ffecb3', border: '#e65100', link: 'p2' },
          null,
          { label: 'yes', vocalization: 'Yes please', image: { bytes: tall, mime: 'image/png', width: 64, height: 96, licence: ARASAAC } },
        ],
      },
      { id: 'p2', name: 'Food', locale: 'en-GB', columns: 1, buttons: [{ label: 'home', image: { bytes: wide, mime: 'image/png', width: 240, height: 180, licence: MULBERRY }, link: 'p1' }] },
    ];
    const set = readBoardSet(writeObz(boards));
    const [home, food] = set.boards;
    expect(home).toMatchObject({ name: 'Home', columns: 3, rows: 1 });
    expect(labels(home.cells)).toEqual(['Food', null, 'yes']);
    expect(home.cells[0]).toMatchObject({ background: '#ffecb3', border: '#e65100', link: food.key });
    expect(home.cells[0]?.image).toMatchObject({ width: 240, height: 180, licence: MULBERRY });
    expect(home.cells[2]).toMatchObject({ vocalization: 'Yes please' });
    expect(home.cells[2]?.image).toMatchObject({ width: 64, height: 96, licence: ARASAAC });
    expect(food.cells[0]?.link).toBe(home.key);
    // the picture used on both boards is stored once
    expect(food.cells[0]?.image?.data).toBe(home.cells[0]?.image?.data);
  });

  it('counts the buttons that play a sound, which Signpost leaves out, in an .obz and in a bare .obf', () => {
    const home = { name: 'Home', rows: [[{ label: 'hello', sound: true }, { label: 'more', opens: 1 }], [{ label: 'stop', sound: true }, null]] };
    const more = { name: 'More', rows: [[{ label: 'bye', sound: true }, { label: 'quiet' }]] };
    const set = readBoardSet(obzOf([home, more]));
    expect(set.boards.map((b) => b.sounds)).toEqual([2, 1]);
    expect(readBoardSet(obfOf(more)).boards[0].sounds).toBe(1);
    // a hidden button's sound is not on the board a person sees; a board without sounds has none
    const obf = JSON.parse(new TextDecoder().decode(obfOf(home)));
    obf.buttons[0].hidden = true;
    expect(readBoardSet(strToU8(JSON.stringify(obf))).boards[0].sounds).toBe(1);
    expect(readBoardSet(obfOf(diagonalSpec())).boards[0].sounds).toBe(0);
  });
});
