/**
 * The blind grader's contact sheets (`npm run quality -- --ungraded-sheets <dir>`): numbered
 * cells that draw each picture as the app draws it, with the sentence and the words, and
 * never the picture's name.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { layoutDocument } from '../../src/layout/layout';
import type { Prim } from '../../src/layout/scene';
import { resolveStyle } from '../../src/profile/resolve';
import type { WordResult } from './grade';
import { PER_SHEET, searchedWords, sheetsDocument, ungradedPictures } from './sheets';

const word = (sentence: string, w: string, unit: string, described: string, ids: string[], extra: Partial<WordResult> = {}): WordResult => ({
  sentence,
  word: w,
  unit,
  none: false,
  verdict: 'ungraded',
  shown: { ids, modifier: null, set: 'openmoji' },
  described,
  ...extra,
});

describe('ungraded pictures for the sheets', () => {
  const tuned = [
    ...Array.from({ length: 23 }, (_, i) => word(`t${i}`, 'home', 'home', 'house', ['1F3E0'])),
    // the two words of a phrase that share a picture are one cell, with both grade keys
    word('t90', 'police', 'police station', 'police station', ['police-station'], { shown: { ids: ['police-station'], modifier: null, set: 'signpost' } }),
    word('t90', 'station', 'police station', 'police station', ['police-station'], { shown: { ids: ['police-station'], modifier: null, set: 'signpost' } }),
    // graded or blank words are not asked again
    word('t91', 'bed', 'bed', 'bed', ['1F6CF'], { verdict: 'right' }),
    word('t92', 'it', 'it', '(no picture)', [], { verdict: 'blank', shown: null }),
  ];
  const heldout = [word('h1', 'park', 'park', 'national park [not]', ['1F3DE'], { shown: { ids: ['1F3DE'], modifier: 'not', set: 'openmoji' } })];
  const search = searchedWords([{ term: 'solicitor', shown: { ids: ['solicitor'], modifier: null, set: 'signpost' }, described: 'solicitor' }]);
  const items = ungradedPictures([tuned, search, heldout], new Map([['t90', 'Go to the police station.']]));

  it('numbers them from 1 without gaps, each part from a sheet of its own', () => {
    expect(items.map((i) => i.n)).toEqual(Array.from({ length: 26 }, (_, i) => i + 1));
    expect(items.filter((i) => i.sheet === 'sheet-01.png')).toHaveLength(PER_SHEET);
    expect(items.slice(20, 24).map((i) => [i.sheet, i.cell])).toEqual([['sheet-02.png', 0], ['sheet-02.png', 1], ['sheet-02.png', 2], ['sheet-02.png', 3]]);
    expect(items[24]).toMatchObject({ sheet: 'sheet-03.png', cell: 0, words: ['solicitor'], keys: ['search|solicitor|solicitor'] });
    expect(items[25]).toMatchObject({ sheet: 'sheet-04.png', cell: 0, sentenceId: 'h1', picture: { set: 'openmoji', ids: ['1F3DE'], modifier: 'not' } });
  });

  it('groups the words of a phrase that share a picture, keeping every grade key', () => {
    const station = items.find((i) => i.sentenceId === 't90')!;
    expect(station).toMatchObject({ words: ['police', 'station'], sentence: 'Go to the police station.', picture: { set: 'signpost', ids: ['police-station'] } });
    expect(station.keys).toEqual(['t90|police|police station', 't90|station|police station']);
  });
});

describe('the sheets as laid out by the app', () => {
  let s: NodeServices;
  beforeAll(async () => {
    s = await nodeServices();
  }, 60_000);

  it('draws each picture as the engine does (symbols side by side, the red not-mark, a generated clock) and names none', async () => {
    const items = ungradedPictures(
      [
        [
          word('t1', 'home', 'home', 'house + crescent moon [not]', ['1F3E0', '1F319'], { shown: { ids: ['1F3E0', '1F319'], modifier: 'not', set: 'openmoji' } }),
          word('t2', 'seven', 'seven', 'clock:19:00', ['clock:19:00']),
          word('t3', 'curfew', 'curfew', 'curfew', ['curfew'], { shown: { ids: ['curfew'], modifier: null, set: 'signpost' } }),
        ],
      ],
      new Map([
        ['t1', 'You must not stay at home tonight.'],
        ['t2', 'Be in by seven.'],
        ['t3', 'Your curfew starts today.'],
      ]),
    );
    const cellOf = new Map<string, number>();
    const doc = sheetsDocument(items, cellOf);
    const style = { ...resolveStyle(null), minTextSize: 7 };
    await s.env.prepare(doc, style);
    const page = layoutDocument(doc, s.deps, style).pages[0];
    const cards = page.items.filter((i) => i.kind === 'symbol');
    expect(cards.map((c) => cellOf.get(c.elementId))).toEqual([1, 2, 3]);
    const symbols = (ps: Prim[]) => ps.flatMap((p) => (p.t === 'symbol' ? [p] : []));
    // 1: house and moon side by side, drawn, with the red bar across them
    expect(symbols(cards[0].prims).map((p) => [p.key, !!p.drawing])).toEqual([
      ['openmoji/1F3E0/color', true],
      ['openmoji/1F319/color', true],
    ]);
    expect(cards[0].prims.some((p) => p.t === 'line' && p.color === '#d32f2f')).toBe(true);
    // 2: a clock face drawn for 19:00 (with its evening badge), not a symbol looked up by the id
    expect(symbols(cards[1].prims).every((p) => !p.key.includes('clock:') && !!p.drawing)).toBe(true);
    expect(cards[1].prims.filter((p) => p.t !== 'symbol').length).toBeGreaterThan(2);
    // 3: a Signpost symbol
    expect(symbols(cards[2].prims).map((p) => [p.key, !!p.drawing])).toEqual([['signpost/curfew/color', true]]);
    // the cells say the number, the words and the sentence; never what the picture is called
    const texts = page.items.flatMap((i) => i.prims.flatMap((p) => (p.t === 'text' ? [p.text] : []))).join(' ');
    expect(texts).toContain('1.');
    expect(texts).toContain('“home”');
    expect(texts).toContain('Be in by seven.');
    for (const name of ['house', 'crescent', 'moon', 'clock', '19:00']) expect(texts).not.toContain(name);
    expect(page.items.filter((i) => i.overflow)).toEqual([]);
  }, 60_000);
});

describe('merging the blind grades back (tests/quality/mergeGrades.ts)', () => {
  it('adds each graded number under its grade keys, skips the ungraded, and refuses bad input', async () => {
    const { mergeGrades } = await import('./mergeGrades');
    const keys = { '1': ['t1|police|police station', 't1|station|police station'], '2': ['search|court|court room'], '3': ['t2|home|house'] };
    const r = mergeGrades([['t0|bed|bed', 'right']], { items: [{ n: 1, grade: 'right' }, { n: 2, grade: 'poor' }, { n: 3, grade: null }] }, keys);
    expect(r.problems).toEqual([]);
    expect(r.grades).toEqual([
      ['t0|bed|bed', 'right'],
      ['t1|police|police station', 'right'],
      ['t1|station|police station', 'right'],
      ['search|court|court room', 'poor'],
    ]);
    expect([r.added, r.skipped]).toEqual([3, 1]);
    expect(mergeGrades([], { items: [{ n: 1, grade: 'fine' }] }, keys).problems.join()).toMatch(/not right, poor or misleading/);
    expect(mergeGrades([], { items: [{ n: 9, grade: 'right' }] }, keys).problems.join()).toMatch(/no such number/);
    expect(mergeGrades([['search|court|court room', 'right']], { items: [{ n: 2, grade: 'misleading' }] }, keys).problems.join()).toMatch(/was graded right/);
  });
});

describe('library search and blind grades', () => {
  it('counts a search result a blind grader judged right for the term, and asks about unlisted Signpost symbols only', async () => {
    const { LabelResolver, searchHit, searchUngraded } = await import('./grade');
    const r = new LabelResolver([
      { id: '1F3DB', label: 'classical building' },
      { id: 'court-room', label: 'court room' },
    ]);
    const term = { term: 'court', ok: ['classical building'] };
    const room = { ids: ['court-room'], modifier: null, set: 'signpost' };
    const building = { ids: ['1F3DB'], modifier: null, set: 'openmoji' };
    expect(searchHit(term, [room], r)).toBe(false);
    expect(searchHit(term, [room], r, 3, new Map([['search|court|court room', 'right']]))).toBe(true);
    expect(searchHit(term, [room], r, 3, new Map([['search|court|court room', 'poor']]))).toBe(false);
    expect(searchHit(term, [room, building], r)).toBe(true);
    expect(searchUngraded(term, room, r, new Map())).toBe(true);
    expect(searchUngraded(term, room, r, new Map([['search|court|court room', 'poor']]))).toBe(false);
    expect(searchUngraded(term, building, r, new Map())).toBe(false);
    expect(searchUngraded({ term: 'court', ok: ['court room'] }, room, r, new Map())).toBe(false);
  });
});
