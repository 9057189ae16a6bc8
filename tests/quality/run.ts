/**
 * npm run quality [-- --misses] [-- --ungraded <file>]
 *
 * Prints the picture-quality figures for the tuned and the held-out sentences and for
 * library search. `--misses` lists what went wrong on the TUNED part only: the held-out
 * part is never looked at word by word, so nobody tunes on it. `--ungraded` writes the
 * pictures no label foresaw (both parts) for a blind grader, without printing them.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { measure, table } from './measure';

const { values } = parseArgs({ options: { misses: { type: 'boolean' }, ungraded: { type: 'string' } } });
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

if (values.ungraded) {
  const sentences = new Map([...(await import('./grade')).readSentences('tuned.json'), ...(await import('./grade')).readSentences('heldout.json')].map((s) => [s.id, s.text]));
  const items = [...m.results.tuned, ...m.results.heldout]
    .filter((r) => r.verdict === 'ungraded')
    .map((r) => ({ key: `${r.sentence}|${r.word}|${r.described}`, sentence: sentences.get(r.sentence), word: r.word, phrase: r.unit, picture: r.described }));
  const unique = [...new Map(items.map((i) => [i.key, i])).values()];
  writeFileSync(values.ungraded, JSON.stringify(unique, null, 1));
  console.log(`\n${unique.length} ungraded pictures written to ${values.ungraded}`);
}
