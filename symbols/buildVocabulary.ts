/**
 * Resolves the curated vocabulary (`symbols/vocabulary/<lang>.json`, pictures named by
 * their OpenMoji annotation, or `signpost:<id>` for a Signpost symbol) into symbol ids, and
 * fails the build on any name that does not resolve, so every entry points at symbols that exist.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseGeneratedId } from '../src/symbols/values';
import { MODIFIERS, type Modifier, type Sense, type SensePos, type VocabularyFile, type VocabularyIndex, type VocabularyPicture, type VocabularyTerm } from '../src/symbols/vocabulary';

interface SenseSource {
  pos: SensePos | '';
  /** A picture spec, or "" for a sense that no picture fits. */
  picture: string;
  gloss: string;
  context: string[];
  default?: boolean;
}

interface Source {
  language: string;
  categories: Record<string, [term: string, picture: string, ...alternatives: string[]][]>;
  /** Words whose picture depends on the sentence: their senses. */
  senses?: Record<string, SenseSource[]>;
}

/** Resolves the senses of a vocabulary; errors are pushed, not thrown, so all are listed. */
function buildSenses(f: string, src: Source, terms: Map<string, VocabularyTerm>, byName: Map<string, string>, ids: Set<string>, errors: string[], signpostIds: ReadonlySet<string>): void {
  for (const [word, list] of Object.entries(src.senses ?? {})) {
    const key = clean(word);
    const senses: Sense[] = [];
    for (const sn of list) {
      const picture = sn.picture ? parsePicture(sn.picture, byName, ids, signpostIds) : null;
      if (typeof picture === 'string') errors.push(`${f} sense of "${word}": ${picture}`);
      else senses.push({ ...(sn.pos ? { pos: sn.pos } : {}), picture, gloss: sn.gloss, context: sn.context.map(clean), ...(sn.default ? { default: true } : {}) });
    }
    const entry = terms.get(key) ?? { term: key, category: 'senses', pictures: [] };
    terms.set(key, { ...entry, senses });
  }
}

/**
 * A translation of another language's vocabulary: each word or phrase points at the term it
 * translates, and says whether a native speaker has reviewed it.
 */
interface TranslationSource {
  language: string;
  translates: string;
  terms: [term: string, source: string, reviewed: boolean][];
}

const clean = (s: string) => s.toLowerCase().replace(/’/g, "'").trim();

/** The prefix that names a Signpost symbol in a picture spec: `signpost:court-room`. */
const SIGNPOST = 'signpost:';

/** Parses "a + b !not" into ids and a modifier; all parts come from one set. */
export function parsePicture(spec: string, byName: Map<string, string>, ids: Set<string>, signpostIds: ReadonlySet<string> = new Set()): VocabularyPicture | string {
  const [names, mod] = spec.split('!').map((s) => s.trim());
  if (mod && !(MODIFIERS as readonly string[]).includes(mod)) return `unknown modifier "${mod}"`;
  const out: string[] = [];
  const sets = new Set<string>();
  for (const n of names.split(' + ')) {
    if (n.startsWith(SIGNPOST)) {
      const id = n.slice(SIGNPOST.length).trim();
      if (!signpostIds.has(id)) return `unknown Signpost symbol "${id}"`;
      out.push(id);
      sets.add('signpost');
      continue;
    }
    // a clock or calendar drawn by layout ("weekday:sat + weekday:sun" for the weekend): no set of its own
    if (parseGeneratedId(n.trim())) {
      out.push(n.trim());
      continue;
    }
    const id = ids.has(n.toUpperCase()) ? n.toUpperCase() : byName.get(clean(n));
    if (!id) return `unknown symbol "${n}"`;
    out.push(id);
    sets.add('openmoji');
  }
  if (out.length < 1 || out.length > 3) return `a picture has one to three symbols: "${spec}"`;
  if (sets.size > 1) return `a picture's symbols come from one set: "${spec}"`;
  return { set: [...sets][0] ?? 'openmoji', ids: out, ...(mod ? { modifier: mod as Modifier } : {}) };
}

export function buildVocabulary(srcDir: string, outDir: string, annotations: { hexcode: string; annotation: string; skintone: unknown }[], signpostIds: ReadonlySet<string> = new Set()): number {
  const byName = new Map<string, string>();
  for (const a of annotations) if (!a.skintone && !byName.has(clean(a.annotation))) byName.set(clean(a.annotation), a.hexcode);
  const ids = new Set(annotations.map((a) => a.hexcode));
  mkdirSync(outDir, { recursive: true });
  let total = 0;
  const built = new Map<string, Map<string, VocabularyTerm>>();
  const files = readdirSync(srcDir).filter((n) => n.endsWith('.json'));
  const sources = files.map((f) => ({ f, src: JSON.parse(readFileSync(join(srcDir, f), 'utf8')) as Source | TranslationSource }));
  // vocabularies of their own first, then the translations of them
  sources.sort((a, b) => Number('translates' in a.src) - Number('translates' in b.src));
  for (const { f, src } of sources) {
    const terms = new Map<string, VocabularyTerm>();
    const errors: string[] = [];
    if ('translates' in src) {
      const from = built.get(src.translates);
      if (!from) throw new Error(`${f} translates "${src.translates}", which has no vocabulary`);
      for (const [term, source, reviewed] of src.terms) {
        const of = from.get(clean(source));
        if (!of) errors.push(`${f} "${term}": "${source}" is not a term of ${src.translates}`);
        else if (typeof reviewed !== 'boolean') errors.push(`${f} "${term}": say whether a native speaker reviewed it (true or false)`);
        else {
          const key = clean(term);
          const entry = terms.get(key) ?? { term: key, category: of.category, pictures: [], source: of.term, reviewed };
          // a word known only by its senses lends its default sense's picture: the senses' context words are English
          const fallback = of.pictures.length ? [] : (of.senses ?? []).filter((sn) => sn.default && sn.picture).map((sn) => sn.picture!);
          for (const p of [...of.pictures, ...fallback]) if (!entry.pictures.some((q) => q.set === p.set && q.ids.join() === p.ids.join() && q.modifier === p.modifier)) entry.pictures.push(p);
          terms.set(key, entry);
        }
      }
    } else {
      for (const [category, rows] of Object.entries(src.categories)) {
        for (const [term, ...specs] of rows) {
          const key = clean(term);
          const entry = terms.get(key) ?? { term: key, category, pictures: [] };
          for (const spec of specs) {
            const pic = parsePicture(spec, byName, ids, signpostIds);
            if (typeof pic === 'string') errors.push(`${f} "${term}": ${pic}`);
            else if (!entry.pictures.some((p) => p.set === pic.set && p.ids.join() === pic.ids.join() && p.modifier === pic.modifier)) entry.pictures.push(pic);
          }
          terms.set(key, entry);
        }
      }
      buildSenses(f, src, terms, byName, ids, errors, signpostIds);
    }
    if (errors.length) throw new Error(`Curated vocabulary has entries that do not resolve:\n${errors.join('\n')}`);
    built.set(src.language, terms);
    const out: VocabularyFile = { version: 1, language: src.language, terms: [...terms.values()] };
    writeFileSync(join(outDir, f), JSON.stringify(out));
    total += out.terms.length;
  }
  // which languages have a vocabulary, so the app asks only for files that exist
  const index: VocabularyIndex = { version: 1, languages: [...built.keys()].sort() };
  writeFileSync(join(outDir, 'index.json'), JSON.stringify(index));
  return total;
}
