/**
 * Resolves the curated vocabulary (`symbols/vocabulary/<lang>.json`, pictures named by
 * their OpenMoji annotation) into symbol ids, and fails the build on any name that does
 * not resolve, so every entry points at symbols that exist.
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MODIFIERS, type Modifier, type VocabularyFile, type VocabularyPicture, type VocabularyTerm } from '../src/symbols/vocabulary';

interface Source {
  language: string;
  categories: Record<string, [term: string, picture: string, ...alternatives: string[]][]>;
}

const clean = (s: string) => s.toLowerCase().replace(/’/g, "'").trim();

/** Parses "a + b !not" into ids and a modifier. */
export function parsePicture(spec: string, byName: Map<string, string>, ids: Set<string>): VocabularyPicture | string {
  const [names, mod] = spec.split('!').map((s) => s.trim());
  if (mod && !(MODIFIERS as readonly string[]).includes(mod)) return `unknown modifier "${mod}"`;
  const out: string[] = [];
  for (const n of names.split(' + ')) {
    const id = ids.has(n.toUpperCase()) ? n.toUpperCase() : byName.get(clean(n));
    if (!id) return `unknown symbol "${n}"`;
    out.push(id);
  }
  if (out.length < 1 || out.length > 3) return `a picture has one to three symbols: "${spec}"`;
  return { set: 'openmoji', ids: out, ...(mod ? { modifier: mod as Modifier } : {}) };
}

export function buildVocabulary(srcDir: string, outDir: string, annotations: { hexcode: string; annotation: string; skintone: unknown }[]): number {
  const byName = new Map<string, string>();
  for (const a of annotations) if (!a.skintone && !byName.has(clean(a.annotation))) byName.set(clean(a.annotation), a.hexcode);
  const ids = new Set(annotations.map((a) => a.hexcode));
  mkdirSync(outDir, { recursive: true });
  let total = 0;
  for (const f of readdirSync(srcDir).filter((n) => n.endsWith('.json'))) {
    const src: Source = JSON.parse(readFileSync(join(srcDir, f), 'utf8'));
    const terms = new Map<string, VocabularyTerm>();
    const errors: string[] = [];
    for (const [category, rows] of Object.entries(src.categories)) {
      for (const [term, ...specs] of rows) {
        const key = clean(term);
        const entry = terms.get(key) ?? { term: key, category, pictures: [] };
        for (const spec of specs) {
          const pic = parsePicture(spec, byName, ids);
          if (typeof pic === 'string') errors.push(`${f} "${term}": ${pic}`);
          else if (!entry.pictures.some((p) => p.ids.join() === pic.ids.join() && p.modifier === pic.modifier)) entry.pictures.push(pic);
        }
        terms.set(key, entry);
      }
    }
    if (errors.length) throw new Error(`Curated vocabulary has entries that do not resolve:\n${errors.join('\n')}`);
    const out: VocabularyFile = { version: 1, language: src.language, terms: [...terms.values()] };
    writeFileSync(join(outDir, f), JSON.stringify(out));
    total += out.terms.length;
  }
  return total;
}
