/**
 * Issue 17: a symbol set's repository, downloaded as a zip the way its maintainers publish
 * it, keeps what its files say: the licence as written (CRLF), the word list that names the
 * pictures (not `.vscode/launch.json`), no documentation pictures, clean words from file
 * names, language columns and categories, and counts that add up.
 */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { analysePack, filesOfZip } from '../../src/storage/packReader';
import { parseLicence } from '../../src/storage/packLicence';
import { creditOf, packCredit } from '../../src/model/pack';
import { bilingualPackFiles, camelPackFiles, MULBERRY_LICENCE_CRLF, repoPackFiles, repoPackZip, svgOf } from '../helpers/packs';

const repo = () => analysePack(filesOfZip(repoPackZip()), 'mulberry-symbols-master');
const byStem = (a: ReturnType<typeof analysePack>, stem: string) => a.entries.find((e) => e.path.endsWith(`/${stem}.svg`) || e.path === `${stem}.svg`);

describe('a pack licence as its file states it', () => {
  it('reads a CRLF LICENSE.txt: title, copyright, author, CC BY-SA 4.0 from its address, no rules and no \\r', () => {
    const l = parseLicence(MULBERRY_LICENCE_CRLF);
    expect(l).toMatchObject({ title: 'The Mulberry Symbol set', copyright: 'Copyright 2018-2026 Steve Lee', author: 'Steve Lee', licence: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' });
    expect(l.text).not.toMatch(/\r/);
    expect(l.text).toContain('This work is licensed under the Creative Commons Attribution-Share Alike License.');
    const credit = creditOf(l);
    expect(credit).toBe('The Mulberry Symbol set · Copyright 2018-2026 Steve Lee · CC BY-SA 4.0 · https://creativecommons.org/licenses/by-sa/4.0/');
    // negative control: the old reading took the first three lines, and a \r with them
    const oldReading = MULBERRY_LICENCE_CRLF.split('\n').filter(Boolean).slice(0, 3).join(' ');
    expect(oldReading).toContain('=======================');
    expect(oldReading).toContain('\r');
  });

  it('names licences written in words, and a stored garbled credit prints tidied', () => {
    expect(parseLicence('ARASAAC\nAuthor: Sergio Palao\nLicensed under Creative Commons Attribution-NonCommercial-ShareAlike 4.0 International').licence).toBe('CC BY-NC-SA 4.0');
    expect(parseLicence('Symbols by Jo, licensed CC BY-SA 2.0 UK').licence).toBe('CC BY-SA 2.0 UK');
    expect(parseLicence('See https://creativecommons.org/licenses/by/3.0/').licence).toBe('CC BY 3.0');
    expect(parseLicence('MIT License\n\nCopyright (c) 2019 Jane Doe').author).toBe('Jane Doe');
    // a pack stored by the old import kept "\r" and the "=====" rule in its attribution
    const stored = { attribution: ' \r The Mulberry Symbol set\r =======================\r  Copyright 2018-2026 Steve Lee' };
    expect(packCredit(stored)).toBe('The Mulberry Symbol set Copyright 2018-2026 Steve Lee');
  });

  it('finds the licence of a repository zip, not its README', () => {
    const a = repo();
    expect(a.licenceFile).toBe('mulberry-symbols-master/LICENSE.txt');
    expect(a.licence).toMatchObject({ licence: 'CC BY-SA 4.0', author: 'Steve Lee' });
  });

  it('a pack with no licence says so, for the preview to ask for one', () => {
    const a = analysePack([{ path: 'a.svg', bytes: strToU8(svgOf(1)) }], 'Mine');
    expect(a.licence).toBeNull();
  });
});

describe('a repository zip: its word list, and what is left out', () => {
  it('lists every word list, chooses the one that names the most pictures, never .vscode/launch.json or package.json', () => {
    const a = repo();
    expect(a.wordList).toBe('mulberry-symbols-master/symbol-info.csv');
    const paths = a.wordLists.map((l) => l.path);
    expect(paths).toEqual(expect.arrayContaining(['mulberry-symbols-master/symbol-info.csv', 'mulberry-symbols-master/FinnishSymbolNames.csv', 'mulberry-symbols-master/scripts/data/symbol-info-fr.csv']));
    expect(paths.some((p) => /launch\.json|package\.json/.test(p))).toBe(false);
    expect(a.wordLists[0]).toMatchObject({ path: 'mulberry-symbols-master/symbol-info.csv', rows: 11, matches: 10 });
    expect(a.wordLists.find((l) => l.path.endsWith('FinnishSymbolNames.csv'))).toMatchObject({ rows: 3, matches: 3 });
    expect(a.mapping).toMatchObject({ file: 'symbol', label: 'symbol', tags: 'tags', category: 'category' });
  });

  it('leaves out the docs folder (example SVGs and background.png) and lists it; the symbols are the 10 in EN/', () => {
    const a = repo();
    expect(a.leftOut).toEqual([
      {
        id: 'docs:mulberry-symbols-master/docs',
        reason: 'docs',
        folder: 'mulberry-symbols-master/docs',
        files: expect.arrayContaining(['mulberry-symbols-master/docs/assets/background.png', 'mulberry-symbols-master/docs/examples/sample_board.svg', 'mulberry-symbols-master/docs/examples/sample_story.svg']),
      },
    ]);
    expect(a.entries).toHaveLength(10);
    expect(a.entries.every((e) => e.path.startsWith('mulberry-symbols-master/EN/'))).toBe(true);
    // the user may import the folder after all
    const withDocs = analysePack(filesOfZip(repoPackZip()), 'm', { include: ['docs:mulberry-symbols-master/docs'] });
    expect(withDocs.entries).toHaveLength(13);
    expect(withDocs.included).toEqual(['docs:mulberry-symbols-master/docs']);
  });

  it('a background.png beside the symbols, not in the word list, is left out as a stray image', () => {
    const files = [...repoPackFiles(), { path: 'mulberry-symbols-master/background.png', bytes: new Uint8Array([0x89, 0x50]) }];
    const a = analysePack(files, 'm');
    expect(a.leftOut.find((g) => g.reason === 'stray')).toMatchObject({ folder: 'mulberry-symbols-master', files: ['mulberry-symbols-master/background.png'] });
    expect(a.entries.some((e) => e.path.endsWith('background.png'))).toBe(false);
  });

  it('the user can choose another word list, or none', () => {
    const fi = analysePack(repoPackFiles(), 'm', { wordList: 'mulberry-symbols-master/FinnishSymbolNames.csv', language: 'fi' });
    expect(fi.languages).toEqual(['en', 'fi']);
    expect(fi.mapping).toMatchObject({ file: 'English name', label: 'Finnish name' });
    expect(byStem(fi, 'happy')?.label).toBe('iloinen');
    expect(byStem(fi, 'police_1a')?.label).toBe('poliisi');
    const none = analysePack(repoPackFiles(), 'm', { wordList: null });
    expect(none.wordList).toBeNull();
    expect(byStem(none, 'happy')?.label).toBe('happy');
  });
});

describe('words from file names', () => {
  it('", to" names: "brush teeth" with "to brush teeth" as a keyword; "count"; "go to the toilet"', () => {
    const a = repo();
    expect(byStem(a, 'brush_teeth_,_to')).toMatchObject({ label: 'brush teeth', keywords: expect.arrayContaining(['to brush teeth', 'grooming']) });
    expect(byStem(a, 'count_,_to')).toMatchObject({ label: 'count', keywords: ['to count'] });
    expect(byStem(a, 'toilet_,_go_to_the')?.label).toBe('go to the toilet');
  });

  it('trailing variant numbers go from the word and stay as a keyword; tags separated by spaces are words', () => {
    const a = repo();
    expect(byStem(a, 'police_1a')).toMatchObject({ label: 'police', keywords: expect.arrayContaining(['police 1a', 'job', 'people', 'profession', 'work']) });
    expect(byStem(a, 'police_1b')?.label).toBe('police');
    expect(byStem(a, 'bread_roll_2')?.label).toBe('bread roll');
    expect(byStem(a, 'Christmas_Day')?.label).toBe('Christmas Day');
  });

  it('dotted names are not cut at the dot: "flag_St._Kitts" in the list is flag_St._Kitts.svg, and the counts add up', () => {
    const a = repo();
    expect(byStem(a, 'flag_St._Kitts')).toMatchObject({ label: 'flag St. Kitts', category: 'Flags', keywords: ['flag', 'country'] });
    expect(byStem(a, 'flag_St._Lucia')?.label).toBe('flag St. Lucia');
    // the one row with no picture is the only problem; every picture found becomes an entry
    expect(a.problems).toEqual([{ kind: 'missing-file', name: 'missing_one' }]);
    expect(a.images).toBe(10);
    expect(a.entries).toHaveLength(a.images);
  });

  it('camelCase names are split: "toEat" is "to eat", "brushTeeth" "brush teeth", an acronym stays', () => {
    const a = analysePack(camelPackFiles(), 'Icons');
    expect(a.entries.map((e) => e.label).sort()).toEqual(['IT Room', 'brush teeth', 'go to school', 'to eat', 'wash hands']);
  });
});

describe('language columns and categories', () => {
  it('maps word-en and category-en, and the user can choose the Welsh columns', () => {
    const en = analysePack(bilingualPackFiles(), 'Bilingual');
    expect(en.languages).toEqual(['cy', 'en']);
    expect(en.language).toBe('en');
    expect(en.mapping).toEqual({ file: 'file', label: 'word-en', tags: 'tags-en', category: 'category-en' });
    expect(byStem(en, 'house')).toMatchObject({ label: 'house', category: 'Places' });
    const cy = analysePack(bilingualPackFiles(), 'Bilingual', { language: 'cy' });
    expect(cy.mapping).toMatchObject({ label: 'word-cy', category: 'category-cy' });
    expect(byStem(cy, 'house')).toMatchObject({ label: 'tŷ', category: 'Lleoedd' });
    expect(en.licence).toMatchObject({ title: 'Bilingual test symbols', licence: 'CC BY 4.0', author: 'Signpost tests' });
  });
});
