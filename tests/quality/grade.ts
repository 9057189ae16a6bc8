/**
 * Grading pictures against labelled sentences (tests/fixtures/quality/README.md): each
 * content word is right, wrong-but-harmless, misleading, ungraded, or left without a picture.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const QUALITY_DIR = join(import.meta.dirname, '..', 'fixtures', 'quality');

export interface LabelledWord {
  word: string;
  at?: number;
  ok: string[];
  bad?: string[];
  poor?: string[];
  not?: boolean;
  none?: boolean;
}
export interface LabelledSentence {
  id: string;
  topic: string;
  text: string;
  words: LabelledWord[];
}
export interface SearchTerm {
  term: string;
  ok: string[];
  none?: boolean;
}

/** A picture as the engine draws it: symbol ids (or generated ids such as clock:21:00) and a mark. */
export interface ShownPicture {
  ids: string[];
  modifier?: string | null;
  /** The symbol set the ids belong to (OpenMoji when not given). */
  set?: string;
}
/** What the engine shows over a stretch of the sentence. */
export interface ShownSpan {
  start: number;
  end: number;
  picture: ShownPicture | null;
}

export type Verdict = 'right' | 'poor' | 'misleading' | 'ungraded' | 'blank';

export interface WordResult {
  sentence: string;
  word: string;
  /** The whole labelled unit the word belongs to. */
  unit: string;
  none: boolean;
  verdict: Verdict;
  shown: ShownPicture | null;
  /** The picture as a grader reads it, e.g. "house + clock [not]". */
  described: string;
}

export const readSentences = (file: string): LabelledSentence[] =>
  (JSON.parse(readFileSync(join(QUALITY_DIR, file), 'utf8')) as { sentences: LabelledSentence[] }).sentences;
export const readSearchTerms = (): SearchTerm[] =>
  (JSON.parse(readFileSync(join(QUALITY_DIR, 'search.json'), 'utf8')) as { terms: SearchTerm[] }).terms;

/** Blind grades of pictures the labels did not foresee, by `sentence|word|picture`. */
export function readGrades(): Map<string, 'right' | 'poor' | 'misleading'> {
  try {
    const raw = JSON.parse(readFileSync(join(QUALITY_DIR, 'grades.json'), 'utf8')) as { grades: [string, 'right' | 'poor' | 'misleading'][] };
    return new Map(raw.grades);
  } catch {
    return new Map();
  }
}

/** Symbols that already say "no" (a crossed circle): they carry a prohibition by themselves. */
const NEGATIVE_SYMBOLS = new Set(['1F6AB', '26D4', '1F4F5', '1F6AD', '1F6B3', '1F6AF', '1F6B1', '1F6B7', '1F51E']);

/** Resolves catalogue labels (or hex ids) to ids; generated ids pass through. */
export class LabelResolver {
  private readonly byLabel = new Map<string, string>();
  private readonly ids = new Set<string>();
  readonly labelOf = new Map<string, string>();

  constructor(entries: readonly { id: string; label: string }[]) {
    for (const e of entries) {
      this.ids.add(e.id);
      this.labelOf.set(e.id, e.label);
      if (!this.byLabel.has(e.label)) this.byLabel.set(e.label, e.id);
    }
  }

  id(name: string): string {
    const n = name.trim();
    // generated pictures are named by what they show; "keycap: 1" and "family: man, boy" are labels
    if (/^(clock|weekday|date):/.test(n)) return n;
    const id = this.byLabel.get(n) ?? (this.ids.has(n) ? n : undefined);
    if (!id) throw new Error(`Label not in the catalogue: "${n}"`);
    return id;
  }

  /** "a + b" → sorted ids, so order does not matter. */
  picture(p: string): string[] {
    return p
      .split(' + ')
      .map((x) => this.id(x))
      .sort();
  }

  describe(p: ShownPicture | null): string {
    if (!p) return '(no picture)';
    const names = p.ids.map((id) => this.labelOf.get(id) ?? id).join(' + ');
    return p.modifier ? `${names} [${p.modifier}]` : names;
  }
}

const key = (ids: readonly string[]) => [...ids].sort().join('+');

/** Whether a picture is one of the listed ones, or made only of listed single pictures. */
function matches(shown: readonly string[], listed: readonly string[][]): boolean {
  const whole = new Set(listed.map(key));
  if (whole.has(key(shown))) return true;
  const singles = new Set(listed.filter((l) => l.length === 1).map((l) => l[0]));
  return shown.length > 0 && shown.every((id) => singles.has(id));
}

function verdictFor(w: LabelledWord, shown: ShownPicture | null, r: LabelResolver, blind: Verdict | undefined): Verdict {
  if (!shown) return 'blank';
  const negated = shown.modifier === 'not' || shown.ids.some((id) => NEGATIVE_SYMBOLS.has(id));
  // a sign that says no, listed by the labeller for a word that itself says no ("banned": the
  // prohibited sign), is the picture they accepted, not a not-mark on an allowed thing
  if (negated && !w.not && !shown.modifier && matches(shown.ids, w.ok.map((p) => r.picture(p)))) return 'right';
  // (and one they listed as poor is poor: the prohibited sign for "banned" is not a not-mark either)
  if (negated && !w.not && !shown.modifier && w.poor && matches(shown.ids, w.poor.map((p) => r.picture(p)))) return 'poor';
  // a not-mark where the sentence allows, or none where it forbids, says the opposite
  if (!!w.not !== negated) return 'misleading';
  // "phone + prohibited" is judged as the phone; "no mobile phones" alone as itself
  const rest = shown.ids.filter((id) => !NEGATIVE_SYMBOLS.has(id));
  const plain = rest.length ? rest : shown.ids;
  if (matches(plain, w.ok.map((p) => r.picture(p)))) return 'right';
  if (w.bad && matches(plain, w.bad.map((p) => r.picture(p)))) return 'misleading';
  if (w.poor && matches(plain, w.poor.map((p) => r.picture(p)))) return 'poor';
  return blind ?? 'ungraded';
}

/** Offsets of each word of a labelled unit in its sentence. */
function unitWords(text: string, w: LabelledWord): { word: string; start: number }[] {
  // (as whole words: "field" is not the end of "Greyfield")
  // (nor "8" in "8.15": a number's decimal or minutes belong to it)
  const whole = (i: number) =>
    !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[i + w.word.length] ?? ' ') && !/^[.:]\d/.test(text.slice(i + w.word.length, i + w.word.length + 2)) && !/\d[.:]$/.test(text.slice(Math.max(0, i - 2), i));
  // (`at` counts every occurrence, as labellers counted: "use" twice in "because … to use it")
  let from = -1;
  for (let n = 0; n < (w.at ?? 1); n++) {
    from = text.indexOf(w.word, from + 1);
    if (from < 0) throw new Error(`"${w.word}" is not in "${text}"`);
  }
  while (from >= 0 && !whole(from)) from = text.indexOf(w.word, from + 1);
  if (from < 0) throw new Error(`"${w.word}" is not a whole word in "${text}"`);
  const out: { word: string; start: number }[] = [];
  const re = /[\p{L}\p{N}][\p{L}\p{N}'’.:-]*/gu;
  for (let m = re.exec(w.word); m; m = re.exec(w.word)) out.push({ word: m[0], start: from + m.index });
  return out;
}

/** Grades every content word of a sentence against what the engine shows. */
export function gradeSentence(s: LabelledSentence, spans: readonly ShownSpan[], r: LabelResolver, grades: ReadonlyMap<string, Verdict>): WordResult[] {
  const out: WordResult[] = [];
  for (const w of s.words) {
    for (const uw of unitWords(s.text, w)) {
      const span = spans.find((sp) => sp.start <= uw.start && uw.start < sp.end);
      const shown = span?.picture ?? null;
      const described = r.describe(shown);
      const blind = grades.get(`${s.id}|${uw.word}|${described}`);
      out.push({ sentence: s.id, word: uw.word, unit: w.word, none: !!w.none, verdict: verdictFor(w, shown, r, blind), shown, described });
    }
  }
  return out;
}

export interface Figures {
  content: number;
  pictured: number;
  right: number;
  misleading: number;
  ungraded: number;
  /** Words where no picture fits, left blank. */
  noneBlank: number;
  /** Words where no picture fits, given one anyway. */
  nonePictured: number;
  none: number;
}

export function figures(results: readonly WordResult[]): Figures {
  const f: Figures = { content: results.length, pictured: 0, right: 0, misleading: 0, ungraded: 0, noneBlank: 0, nonePictured: 0, none: 0 };
  for (const r of results) {
    if (r.none) f.none++;
    if (r.verdict === 'blank') {
      if (r.none) f.noneBlank++;
      continue;
    }
    f.pictured++;
    if (r.none) f.nonePictured++;
    if (r.verdict === 'right') f.right++;
    if (r.verdict === 'misleading') f.misleading++;
    if (r.verdict === 'ungraded') f.ungraded++;
  }
  return f;
}

/** The blind grade key of a library search result: `search|<term>|<picture>`. */
export const searchKey = (term: string, described: string) => `search|${term}|${described}`;

/**
 * Whether a search term has an acceptable picture among its first results: one its label
 * lists, or one a blind grader judged right for the term (a picture the label could not
 * foresee, such as a symbol drawn after it was written).
 */
export function searchHit(t: SearchTerm, results: readonly ShownPicture[], r: LabelResolver, top = 3, grades: ReadonlyMap<string, Verdict> = new Map()): boolean {
  const ok = t.ok.map((p) => r.picture(p));
  return results.slice(0, top).some((p) => !p.modifier && (matches(p.ids, ok) || grades.get(searchKey(t.term, r.describe(p))) === 'right'));
}

/** Whether a search result is one no label could foresee and no grader has judged yet: a Signpost symbol the label does not list. */
export function searchUngraded(t: SearchTerm, p: ShownPicture, r: LabelResolver, grades: ReadonlyMap<string, Verdict>): boolean {
  return p.set === 'signpost' && !matches(p.ids, t.ok.map((x) => r.picture(x))) && !grades.has(searchKey(t.term, r.describe(p)));
}
