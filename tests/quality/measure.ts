/** Runs the engine over the labelled data: symbol text per sentence, library search per term. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolLibrary } from '../../src/symbols/library';
import { GENERATED_DIR, nodeJsonLoader } from '../../src/symbols/nodeLoader';
import type { Symboliser } from '../../src/symbols/symbolise';
import { loadEnglishTagger } from '../../src/symbols/tagger';
import type { SymbolIndexFile } from '../../src/symbols/types';
import {
  figures,
  gradeSentence,
  LabelResolver,
  readGrades,
  readSearchTerms,
  readSentences,
  searchHit,
  searchUngraded,
  type Figures,
  type ShownPicture,
  type ShownSpan,
  type WordResult,
} from './grade';

export interface Measured {
  tuned: Figures;
  heldout: Figures;
  search: { terms: number; hits: number; none: number };
  results: { tuned: WordResult[]; heldout: WordResult[] };
  searchMisses: { term: string; top: string[] }[];
  /** Search results among the first three of a term that no label foresaw and no grader judged yet. */
  searchUngraded: { term: string; shown: ShownPicture; described: string }[];
  resolver: LabelResolver;
}

/** What symbol text shows over each stretch of a sentence (key words, as Easy Read does). */
export function engineSpans(s: Symboliser, text: string): ShownSpan[] {
  return s.symbolise(text, { mode: 'key-words' }).map((t) => ({
    start: t.start,
    end: t.end,
    picture: t.picture && 'ids' in t.picture ? { ids: t.picture.ids, modifier: t.picture.modifier ?? null, set: t.picture.set } : null,
  }));
}

export async function measure(): Promise<Measured> {
  const lib = new SymbolLibrary(nodeJsonLoader);
  const s = await lib.symboliser('en');
  s.useTagger(await loadEnglishTagger());
  const index = JSON.parse(readFileSync(join(GENERATED_DIR, 'symbols', 'openmoji', 'index.json'), 'utf8')) as SymbolIndexFile;
  // Signpost symbols are named by their labels too (none is an OpenMoji label: the build checks)
  const signpost = JSON.parse(readFileSync(join(GENERATED_DIR, 'symbols', 'signpost', 'index.json'), 'utf8')) as SymbolIndexFile;
  const resolver = new LabelResolver([...index.symbols, ...signpost.symbols]);
  const grades = readGrades();
  const run = (file: string) => readSentences(file).flatMap((sent) => gradeSentence(sent, engineSpans(s, sent.text), resolver, grades));
  const tuned = run('tuned.json');
  const heldout = run('heldout.json');
  const terms = readSearchTerms();
  let hits = 0;
  const searchMisses: Measured['searchMisses'] = [];
  const ungradedResults: Measured['searchUngraded'] = [];
  for (const t of terms.filter((x) => !x.none)) {
    const found = await lib.searchAll(t.term, undefined, 3);
    // a curated result is graded as the composition it is: all its ids, and its modifier
    const shown: ShownPicture[] = found.map((f) => ({ ids: [f.entry.id, ...(f.also ?? []).map((a) => a.id)], modifier: f.modifier ?? null, set: f.set }));
    if (searchHit(t, shown, resolver, 3, grades)) hits++;
    else {
      searchMisses.push({ term: t.term, top: shown.map((p) => resolver.describe(p)) });
      for (const p of shown.slice(0, 3)) if (!p.modifier && searchUngraded(t, p, resolver, grades)) ungradedResults.push({ term: t.term, shown: p, described: resolver.describe(p) });
    }
  }
  return {
    tuned: figures(tuned),
    heldout: figures(heldout),
    search: { terms: terms.length - terms.filter((x) => x.none).length, hits, none: terms.filter((x) => x.none).length },
    results: { tuned, heldout },
    searchMisses,
    searchUngraded: ungradedResults,
    resolver,
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');

/** The figures of the issue as a Markdown table. */
export function table(m: Measured): string {
  const row = (name: string, f: Figures) =>
    `| ${name} | ${f.content} | ${pct(f.pictured, f.content)} | ${pct(f.right, f.pictured)} | ${pct(f.misleading, f.pictured)} | ${f.ungraded} | ${f.noneBlank} of ${f.none} |`;
  return [
    '| part | content words | with a picture | right in the sentence | misleading | ungraded | "none fits" left blank |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row('tuned', m.tuned),
    row('held out (never tuned on)', m.heldout),
    '',
    `Library search, an acceptable symbol in the top 3: ${pct(m.search.hits, m.search.terms)} of ${m.search.terms} terms (${m.search.none} more terms have no acceptable symbol in the library).`,
  ].join('\n');
}
