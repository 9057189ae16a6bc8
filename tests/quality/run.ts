/**
 * npm run quality [-- --misses] [-- --ungraded <file>] [-- --ungraded-sheets <dir>] [-- --only <id prefixes>]
 *
 * Prints the picture-quality figures for the tuned and the held-out sentences and for
 * library search. `--misses` lists what went wrong on the TUNED part only: the held-out
 * part is never looked at word by word, so nobody tunes on it. `--ungraded` writes the
 * pictures no label foresaw (both parts) for a blind grader, without printing them.
 * `--ungraded-sheets <dir>` draws them too, as the app draws them, on numbered PNG contact
 * sheets (20 a sheet, with the sentence and the words but never the picture's name); the
 * `--ungraded` file (default `<dir>/../ungraded.json`) then lists the same numbers, and
 * `<that file>-keys.json` maps each number to its grade keys, for merging the grades
 * (`tsx tests/quality/mergeGrades.ts`) and not for the grader. `--only t25-,t26-` keeps the
 * ungraded pictures to sentences whose ids start so (one grader a new part, while another grades
 * an earlier one).
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { readSentences, type WordResult } from './grade';
import { measure, table } from './measure';
import { searchedWords, ungradedPictures, writeSheets } from './sheets';

const { values } = parseArgs({ options: { misses: { type: 'boolean' }, ungraded: { type: 'string' }, 'ungraded-sheets': { type: 'string' }, only: { type: 'string' } } });
const m = await measure();
console.log(table(m));

if (values.misses) {
  console.log('\nTuned part, pictures that are not right:');
  for (const r of m.results.tuned) if (r.verdict !== 'right' && r.verdict !== 'blank') console.log(`  ${r.verdict.padEnd(10)} ${r.sentence} ${r.word.padEnd(14)} ${r.described}`);
  console.log('\nTuned part, words left blank where a picture fits:');
  for (const r of m.results.tuned) if (r.verdict === 'blank' && !r.none) console.log(`  ${r.sentence} ${r.word}`);
  console.log('\nSearch terms without an acceptable symbol in the top 3:');
  for (const s of m.searchMisses) console.log(`  ${s.term.padEnd(20)} ${s.top.join(' | ')}`);
}

const only = values.only?.split(',').filter(Boolean);
const kept = (results: readonly WordResult[]) => (only ? results.filter((r) => only.some((p) => r.sentence.startsWith(p))) : results);
const sentenceText = new Map(m.parts.flatMap((p) => readSentences(p.part.file)).map((s) => [s.id, s.text]));

if (values.ungraded && !values['ungraded-sheets']) {
  const items = [...kept(m.results.tuned), ...kept(m.results.heldout)]
    .filter((r) => r.verdict === 'ungraded')
    .map((r) => ({ key: `${r.sentence}|${r.word}|${r.described}`, sentence: sentenceText.get(r.sentence), word: r.word, phrase: r.unit, picture: r.described }));
  const unique = [...new Map(items.map((i) => [i.key, i])).values()];
  writeFileSync(values.ungraded, JSON.stringify(unique, null, 1));
  console.log(`\n${unique.length} ungraded pictures written to ${values.ungraded}`);
}

const sheetsDir = values['ungraded-sheets'];
if (sheetsDir) {
  const file = values.ungraded ?? join(dirname(sheetsDir), 'ungraded.json');
  // the held-out part last, on sheets of its own
  const items = ungradedPictures([kept(m.results.tuned), only ? [] : searchedWords(m.searchUngraded), kept(m.results.heldout)], sentenceText);
  const written = await writeSheets(items, sheetsDir);
  // for the grader: numbers, sentences and words, never the pictures' names
  const forGrader = {
    about:
      'Pictures Signpost draws over words of real sentences that no label foresaw, for a blind grader. Each number is a cell of the contact sheet named beside it. ' +
      'Look at the picture and judge it for the quoted words IN THEIR SENTENCE: "right" (a speech and language therapist would accept it there), ' +
      '"poor" (not acceptable, but would not mislead) or "misleading" (suggests another meaning, or says the opposite: a red bar where nothing is forbidden). Write it in "grade".',
    sheets: written.map((f) => relative(dirname(file), f)),
    items: items.map((i) => ({ n: i.n, sheet: i.sheet, sentence: i.sentence, words: i.words.join(' '), grade: null })),
  };
  writeFileSync(file, JSON.stringify(forGrader, null, 1));
  const keysFile = file.replace(/\.json$/, '') + '-keys.json';
  writeFileSync(keysFile, JSON.stringify({ about: 'Number → grade keys (sentence|word|picture) of tests/fixtures/quality/grades.json, for merging the grades. Not for the grader: the keys name the pictures.', keys: Object.fromEntries(items.map((i) => [i.n, i.keys])) }, null, 1));
  const words = items.reduce((a, i) => a + i.keys.length, 0);
  console.log(`\n${items.length} ungraded pictures (${words} graded words) on ${written.length} sheets in ${sheetsDir}; numbers in ${file}, keys in ${keysFile}`);
}
