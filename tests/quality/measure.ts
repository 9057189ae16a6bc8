/** Runs the engine over the labelled data: symbol text per sentence, library search per term. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SymbolLibrary } from '../../src/symbols/library';
import { GENERATED_DIR, nodeJsonLoader } from '../../src/symbols/nodeLoader';
import type { Symboliser } from '../../src/symbols/symbolise';
import { loadEnglishTagger } from '../../src/symbols/tagger';
import type { SymbolIndexFile } from '../../src/symbols/types';
import {
  QUALITY_DIR,
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

/** A labelled part: tuned parts may be tuned on; held-out parts never are. */
export interface Part {
  file: string;
  name: string;
  tuned: boolean;
}

/** The labelled parts, in the order they were written. */
export const PARTS: readonly Part[] = [
  { file: 'tuned.json', name: 'tuned, first 294 sentences', tuned: true },
  { file: 'tuned2.json', name: 'tuned, 110 more (written blind, then tuned on)', tuned: true },
  { file: 'tuned3.json', name: 'tuned, 90 more (written blind, then tuned on)', tuned: true },
  { file: 'tuned4.json', name: 'tuned, fourth part: 110 more (written blind, then tuned on)', tuned: true },
  { file: 'tuned5.json', name: 'tuned, fifth part: 120 more (written blind, then tuned on)', tuned: true },
  { file: 'tuned6.json', name: 'tuned, sixth part: 100 more (written blind in the seventh session, then tuned on)', tuned: true },
  { file: 'tuned7.json', name: 'tuned, seventh part: 100 more (written blind in the eighth session, then tuned on)', tuned: true },
  { file: 'tuned8.json', name: 'tuned, eighth part: 100 more (written blind in the eighth session, then tuned on)', tuned: true },
  { file: 'tuned9.json', name: 'tuned, ninth part: 100 more (written blind in the eighth session, then tuned on)', tuned: true },
  { file: 'tuned10.json', name: 'tuned, tenth part: 100 more (written blind at the end of the eighth session, measured, then tuned on a little)', tuned: true },
  { file: 'tuned11.json', name: 'tuned, eleventh part: 100 more (written blind in the ninth session, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned12.json', name: 'tuned, twelfth part: 100 more (written blind in the ninth session, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned13.json', name: 'tuned, thirteenth part: 100 more (written blind in the ninth session after the vocabulary grew, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned14.json', name: 'tuned, fourteenth part: 100 more (written blind at the end of the ninth session\'s tuning, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned15.json', name: 'tuned, fifteenth part: 100 more (written blind as the ninth session\'s tuning ended, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned16.json', name: 'tuned, sixteenth part: 100 more (written blind after the seventh held-out part was opened, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned17.json', name: 'tuned, seventeenth part: 100 more (written blind in the tenth session, after the not-mark convention, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned18.json', name: 'tuned, eighteenth part: 100 more (written blind in the tenth session, after the not-mark convention, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned19.json', name: 'tuned, nineteenth part: 100 more (written blind in the tenth session, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned20.json', name: 'tuned, twentieth part: 100 more (written blind in the tenth session, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned21.json', name: 'tuned, twenty-first part: 100 more (written blind in the tenth session, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned22.json', name: 'tuned, twenty-second part: 100 more (written blind in the tenth session on rules that are easy to misread, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned23.json', name: 'tuned, twenty-third part: 100 more (written blind in the tenth session after the eighth held-out part was opened, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned24.json', name: 'tuned, twenty-fourth part: 100 more (written blind in the tenth session after the eighth held-out part was opened, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned25.json', name: 'tuned, twenty-fifth part: 100 more (written blind in the eleventh session, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned26.json', name: 'tuned, twenty-sixth part: 100 more (written blind in the eleventh session in everyday speech, with words of several meanings, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned27.json', name: 'tuned, twenty-seventh part: 100 more (written blind in the eleventh session in the words of letters and plans, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned28.json', name: 'tuned, twenty-eighth part: 100 more (written blind in the eleventh session after its first tuning, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned29.json', name: 'tuned, twenty-ninth part: 100 more (written blind in the eleventh session after its first tuning, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned30.json', name: 'tuned, thirtieth part: 100 more (written blind in the eleventh session after its second tuning, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned31.json', name: 'tuned, thirty-first part: 100 more (written blind in the eleventh session after its second tuning, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned32.json', name: 'tuned, thirty-second part: 100 more (written blind in the twelfth session, half in spoken words with words of several meanings, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned33.json', name: 'tuned, thirty-third part: 100 more (written blind in the twelfth session, rules said in many ways, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned34.json', name: 'tuned, thirty-fourth part: 100 more (written blind in the twelfth session after its first tuning, letters about the young person and hurried messages, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned35.json', name: 'tuned, thirty-fifth part: 100 more (written blind in the twelfth session after its first tuning, what is allowed and what did not happen, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned36.json', name: 'tuned, thirty-sixth part: 100 more (written blind in the twelfth session after its second tuning, a broad mix of the field, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned37.json', name: 'tuned, thirty-seventh part: 100 more (written blind in the twelfth session after its second tuning, a worker talking with a young person, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned38.json', name: 'tuned, thirty-eighth part: 100 more (written blind in the twelfth session after its third tuning, a broad mix in everyday words, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned39.json', name: 'tuned, thirty-ninth part: 100 more (written blind in the twelfth session after its third tuning, half written, half spoken, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned40.json', name: 'tuned, fortieth part: 100 more (written blind at the start of the thirteenth session, text messages and what went wrong, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned41.json', name: 'tuned, forty-first part: 100 more (written blind at the start of the thirteenth session, letters and plans read aloud, words of several meanings, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned42.json', name: 'tuned, forty-second part: 100 more (written blind in the thirteenth session after its first tuning, a worker answering worries in conversation, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned43.json', name: 'tuned, forty-third part: 100 more (written blind in the thirteenth session after its first tuning, step by step at the police station, the doctor\'s and with money and phones, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned44.json', name: 'tuned, forty-fourth part: 100 more (written blind in the thirteenth session after its second tuning, a broad everyday mix, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned45.json', name: 'tuned, forty-fifth part: 100 more (written blind in the thirteenth session after its second tuning, Easy Read pages on hard things, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned46.json', name: 'tuned, forty-sixth part: 100 more (written blind at the end of the thirteenth session, after the eleventh held-out part was opened: questions and what happened, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned47.json', name: 'tuned, forty-seventh part: 100 more (written blind at the end of the thirteenth session, after the eleventh held-out part was opened: rules said many ways, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned48.json', name: 'tuned, forty-eighth part: 100 more (written blind at the start of the fourteenth session, notes read back, reported speech and rules with exceptions, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned49.json', name: 'tuned, forty-ninth part: 100 more (written blind at the start of the fourteenth session, plans, choices and words in their less common sense, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned50.json', name: 'tuned, fiftieth part: 100 more (written blind in the fourteenth session after its first tuning, Easy Read court and police letters and quick texts, field jargon and slang, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned51.json', name: 'tuned, fifty-first part: 100 more (written blind in the fourteenth session after its first tuning, instructions with quantities and times, worries, and the idioms professionals use, measured fresh, then tuned on)', tuned: true },
  { file: 'tuned52.json', name: 'tuned, fifty-second part: 100 more (written blind in the fourteenth session after its second tuning, a key worker\'s day with a young person, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned53.json', name: 'tuned, fifty-third part: 100 more (written blind in the fourteenth session after its second tuning, formal documents made plain, measured fresh, then tuned on a little)', tuned: true },
  { file: 'tuned54.json', name: 'tuned, fifty-fourth part: 100 more (written blind in the fifteenth session, what did and did not happen and rules said many ways, measured fresh at the end of the session)', tuned: true },
  { file: 'tuned55.json', name: 'tuned, fifty-fifth part: 100 more (written blind at the start of the fifteenth session, an everyday mix with slang and phrasal verbs, measured fresh, then tuned on)', tuned: true },
  { file: 'heldout.json', name: 'held out (never tuned on)', tuned: false },
  { file: 'heldout2.json', name: 'held out, second part (sealed until measured)', tuned: false },
  { file: 'heldout3.json', name: 'held out, third part (sealed until measured, sixth session)', tuned: false },
  { file: 'heldout4.json', name: 'held out, fourth part (sealed until measured, end of the sixth session)', tuned: false },
  { file: 'heldout5.json', name: 'held out, fifth part (sealed until measured, seventh session)', tuned: false },
  { file: 'heldout6.json', name: 'held out, sixth part (sealed until measured, eighth session)', tuned: false },
  { file: 'heldout7.json', name: 'held out, seventh part (sealed until measured, ninth session)', tuned: false },
  { file: 'heldout8.json', name: 'held out, eighth part (sealed until measured, tenth session)', tuned: false },
  { file: 'heldout9.json', name: 'held out, ninth part (sealed until measured, eleventh session)', tuned: false },
  { file: 'heldout10.json', name: 'held out, tenth part (sealed until measured, twelfth session)', tuned: false },
  { file: 'heldout11.json', name: 'held out, eleventh part (sealed and encrypted until measured, thirteenth session)', tuned: false },
  { file: 'heldout12.json', name: 'held out, twelfth part (sealed and encrypted until measured, fourteenth session)', tuned: false },
  { file: 'heldout13.json', name: 'held out, thirteenth part (sealed and encrypted until measured, fifteenth session)', tuned: false },
];

export interface Measured {
  /** Every tuned part together, and every held-out part together. */
  tuned: Figures;
  heldout: Figures;
  parts: { part: Part; figures: Figures; results: WordResult[] }[];
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
  const parts = PARTS.filter((p) => existsSync(join(QUALITY_DIR, p.file))).map((part) => {
    const results = run(part.file);
    return { part, results, figures: figures(results) };
  });
  const tuned = parts.filter((p) => p.part.tuned).flatMap((p) => p.results);
  const heldout = parts.filter((p) => !p.part.tuned).flatMap((p) => p.results);
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
    parts,
    search: { terms: terms.length - terms.filter((x) => x.none).length, hits, none: terms.filter((x) => x.none).length },
    results: { tuned, heldout },
    searchMisses,
    searchUngraded: ungradedResults,
    resolver,
  };
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)} %` : '—');

/** The figures of the issue as a Markdown table: each part, then the tuned and held-out parts together. */
export function table(m: Measured): string {
  const row = (name: string, f: Figures) =>
    `| ${name} | ${f.content} | ${pct(f.pictured, f.content)} | ${pct(f.pictured - f.nonePictured, f.content - f.none)} | ${pct(f.right, f.pictured)} | ${pct(f.misleading, f.pictured)} | ${f.ungraded} | ${f.noneBlank} of ${f.none} |`;
  const several = (tuned: boolean) => m.parts.filter((p) => p.part.tuned === tuned).length > 1;
  return [
    '| part | content words | with a picture | with a picture, where one fits | right in the sentence | misleading | ungraded | "none fits" left blank |',
    '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ...m.parts.map((p) => row(p.part.name, p.figures)),
    ...(several(true) ? [row('**all tuned**', m.tuned)] : []),
    ...(several(false) ? [row('**all held out**', m.heldout)] : []),
    '',
    `Library search, an acceptable symbol in the top 3: ${pct(m.search.hits, m.search.terms)} of ${m.search.terms} terms (${m.search.none} more terms have no acceptable symbol in the library).`,
  ].join('\n');
}
