/**
 * Builds the Signpost symbol set into `public/generated/symbols/signpost/`, in the same
 * form as OpenMoji's: `index.json` (one entry per symbol, skin-tone variants grouped under
 * it), vector shards per drawing style, and `lang/<code>.json` names and keywords in Welsh,
 * Polish and Urdu (with the ids whose names no native speaker has reviewed yet).
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseSvg } from '../normalise';
import type { SymbolEntry, SymbolIndexFile, SymbolSetInfo } from '../../src/symbols/types';
import type { VectorSymbol } from '../../src/symbols/vector';
import { Drawing, TONES, type Frame, type Style } from './draw';
import { CATEGORIES, type Concept } from './concept';
import { CONCEPTS } from './concepts';
import { extent, GRID, palette, styleProblems } from './check';

export const SIGNPOST_SET: SymbolSetInfo = {
  id: 'signpost',
  name: 'Signpost symbols',
  licence: 'CC BY-SA 4.0',
  attribution: 'Symbols: Signpost symbols (with OpenMoji parts), CC BY-SA 4.0',
  styles: ['color', 'black'],
};

/** Languages the set names its symbols in besides English. */
export const NAME_LANGUAGES = ['cy', 'pl', 'ur'] as const;

const SHARD_SIZE = 100;
const here = import.meta.dirname;

/**
 * The frame that fits a concept inside the grid's padding: a drawing that reaches past it is
 * scaled down about the centre (its lines keep their width) and moved until it fits, the way
 * a designer would nudge it. Measured once, on the colour drawing, so that every style and
 * skin tone of a symbol is framed alike.
 */
const frames = new Map<string, Frame>();
function frameFor(c: Concept): Frame {
  let frame = frames.get(c.id);
  if (frame) return frame;
  const d = new Drawing('color', 0);
  c.draw(d);
  frame = { dx: 0, dy: 0, s: 1 };
  for (let i = 0; i < 4; i++) {
    const e = extent(normaliseSvg(d.svg(frame)));
    const over = e.x0 < GRID.min || e.y0 < GRID.min || e.x1 > GRID.max || e.y1 > GRID.max;
    if (!over) break;
    const room = GRID.max - GRID.min - 0.2;
    const k = Math.min(1, room / (e.x1 - e.x0), room / (e.y1 - e.y0)) * (i ? 0.995 : 1);
    // where the box lands once scaled about the centre, then moved back inside
    const [x0, x1, y0, y1] = [36 + (e.x0 - 36) * k, 36 + (e.x1 - 36) * k, 36 + (e.y0 - 36) * k, 36 + (e.y1 - 36) * k];
    const shift = (a: number, b: number) => (a < GRID.min + 0.1 ? GRID.min + 0.1 - a : b > GRID.max - 0.1 ? GRID.max - 0.1 - b : 0);
    frame = { s: frame.s * k, dx: frame.dx * k + shift(x0, x1), dy: frame.dy * k + shift(y0, y1) };
  }
  frames.set(c.id, frame);
  return frame;
}

/** One drawing of a concept in a style and skin tone: its SVG and whether it shows a person. */
export function drawConcept(c: Concept, style: Style, tone = 0): { svg: string; person: boolean } {
  const d = new Drawing(style, tone);
  c.draw(d);
  return { svg: d.svg(frameFor(c)), person: d.person };
}

/** The id of a concept's skin-tone variant (1–5), as OpenMoji names its own: base id, then the tone. */
export const toneId = (id: string, tone: number) => `${id}-${TONES[tone - 1].toLowerCase()}`;

/** A translated name: the name, more search words, and whether a native speaker has checked them. */
export interface TranslatedName {
  name: string;
  keywords: string[];
  reviewed: boolean;
}
export interface NamesFile {
  language: string;
  about: string;
  names: Record<string, TranslatedName>;
}

export function readNames(lang: string): NamesFile {
  return JSON.parse(readFileSync(join(here, 'names', `${lang}.json`), 'utf8')) as NamesFile;
}

/** Checks the concept list: ids and labels unique, labels not OpenMoji's, names in every language. */
export function checkConcepts(openmojiLabels: ReadonlySet<string>): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  const labels = new Set<string>();
  for (const c of CONCEPTS) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(c.id)) errors.push(`${c.id}: ids are lower case words joined by hyphens`);
    if (ids.has(c.id)) errors.push(`${c.id}: id used twice`);
    if (labels.has(c.label)) errors.push(`${c.id}: label "${c.label}" used twice`);
    if (openmojiLabels.has(c.label)) errors.push(`${c.id}: label "${c.label}" is an OpenMoji symbol's; name it apart`);
    if (!(CATEGORIES as readonly string[]).includes(c.category)) errors.push(`${c.id}: unknown category ${c.category}`);
    ids.add(c.id);
    labels.add(c.label);
  }
  for (const lang of NAME_LANGUAGES) {
    const names = readNames(lang).names;
    for (const c of CONCEPTS) if (!Object.hasOwn(names, c.id) || !names[c.id].name.trim()) errors.push(`${c.id}: no ${lang} name in names/${lang}.json`);
    for (const id of Object.keys(names)) if (!ids.has(id)) errors.push(`names/${lang}.json names "${id}", which is not a symbol`);
  }
  return errors;
}

/** Writes the set; returns how many symbols and variants it drew. */
export function buildSignpost(outDir: string, openmojiLabels: ReadonlySet<string>): { symbols: number; variants: number } {
  const errors = checkConcepts(openmojiLabels);
  if (errors.length) throw new Error(`Signpost symbols:\n${errors.join('\n')}`);
  const setDir = join(outDir, 'symbols', 'signpost');
  rmSync(setDir, { recursive: true, force: true });
  const drawings: Record<Style, Map<string, VectorSymbol>> = { color: new Map(), black: new Map() };
  const colours = palette();
  const problems: string[] = [];
  const draw = (c: Concept, style: Style, tone: number, id: string): boolean => {
    const { svg, person } = drawConcept(c, style, tone);
    const v = normaliseSvg(svg);
    for (const p of styleProblems(v, style, colours)) problems.push(`${id} (${style}): ${p}`);
    drawings[style].set(id, v);
    return person;
  };
  const entries: SymbolEntry[] = [];
  const ordered: string[] = [];
  let variants = 0;
  for (const c of CONCEPTS) {
    const entry: SymbolEntry = { id: c.id, label: c.label, keywords: [...new Set(c.keywords.map((k) => k.toLowerCase()))], category: c.category, sub: '', shard: 0 };
    let person = false;
    for (const style of ['color', 'black'] as const) {
      person = draw(c, style, 0, c.id);
      if (!person) continue;
      for (let t = 1; t <= TONES.length; t++) draw(c, style, t, toneId(c.id, t));
    }
    ordered.push(c.id);
    if (person) {
      entry.tones = TONES.map((_, i) => toneId(c.id, i + 1));
      ordered.push(...entry.tones);
      variants += entry.tones.length;
    }
    entries.push(entry);
  }
  // a symbol that breaks OpenMoji's style fails the build, as the test would
  if (problems.length) throw new Error(`Signpost symbols break the style (STYLE.md):\n${[...new Set(problems.map((p) => p.replace(/-1f3f[b-f] /, ' ')))].join('\n')}`);
  const shardOf = new Map(ordered.map((id, i) => [id, Math.floor(i / SHARD_SIZE)]));
  for (const e of entries) e.shard = shardOf.get(e.id)!;
  const variantShards: Record<string, number> = {};
  for (const e of entries) for (const t of e.tones ?? []) variantShards[t] = shardOf.get(t)!;
  for (const style of ['color', 'black'] as const) {
    const shards: Record<string, VectorSymbol>[] = [];
    for (const id of ordered) (shards[shardOf.get(id)!] ??= {})[id] = drawings[style].get(id)!;
    mkdirSync(join(setDir, style), { recursive: true });
    shards.forEach((s, n) => writeFileSync(join(setDir, style, `${n}.json`), JSON.stringify(s)));
  }
  const index: SymbolIndexFile = { version: 1, set: SIGNPOST_SET, categories: [...CATEGORIES], symbols: entries, variantShards };
  writeFileSync(join(setDir, 'index.json'), JSON.stringify(index));
  mkdirSync(join(setDir, 'lang'), { recursive: true });
  for (const lang of NAME_LANGUAGES) {
    const names = readNames(lang).names;
    const langEntries = CONCEPTS.map((c): [string, string, string] => [c.id, names[c.id].name, names[c.id].keywords.map((k) => k.toLowerCase()).join('|')]);
    const unreviewed = CONCEPTS.filter((c) => !names[c.id].reviewed).map((c) => c.id);
    writeFileSync(join(setDir, 'lang', `${lang}.json`), JSON.stringify({ version: 1, language: lang, entries: langEntries, unreviewed }));
  }
  return { symbols: entries.length, variants };
}
