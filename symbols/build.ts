/**
 * Builds the app's symbol index and shared font files from npm packages.
 *
 *   npx tsx symbols/build.ts [--force]
 *
 * Writes `public/generated/` (git-ignored):
 *   symbols/openmoji/index.json           searchable entries, one per base symbol
 *   symbols/openmoji/<style>/<shard>.json normalised vector drawings (see src/symbols/vector.ts)
 *   fonts/<file>.ttf, fonts/metrics.json  the TrueType fonts the canvas and PDF share
 *
 * Skips the work when the stamp matches (package versions + this script's hash).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { normaliseSvg } from './normalise';
import { buildFonts } from './fonts';
import { buildVocabulary } from './buildVocabulary';
import { buildLanguages } from './languages';
import { buildSignpost, SIGNPOST_SET } from './signpost/build';
import type { SymbolEntry, SymbolIndexFile } from '../src/symbols/types';
import type { VectorSymbol } from '../src/symbols/vector';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const out = join(root, 'public', 'generated');
const SHARD_SIZE = 100;

interface OpenMojiRecord {
  hexcode: string;
  group: string;
  subgroups: string;
  annotation: string;
  tags: string;
  openmoji_tags: string;
  skintone: string | number;
  skintone_base_hexcode: string;
  order: number | string;
}

function stamp(): string {
  const h = createHash('sha256');
  for (const f of ['build.ts', 'normalise.ts', 'optimise.ts', 'simplify.ts', 'fonts.ts', 'buildVocabulary.ts', 'categories.json']) h.update(readFileSync(join(here, f)));
  for (const d of ['vocabulary', 'plain-language']) for (const f of readdirSync(join(here, d))) h.update(readFileSync(join(here, d, f)));
  // the Signpost set: its drawing kit, concepts and names
  for (const f of readdirSync(join(here, 'signpost'), { recursive: true, encoding: 'utf8' }).sort()) if (/\.(ts|json)$/.test(f)) h.update(f + readFileSync(join(here, 'signpost', f)));
  h.update(readFileSync(join(here, 'languages.ts')));
  for (const p of ['openmoji', '@expo-google-fonts/atkinson-hyperlegible-next', '@expo-google-fonts/lexend', 'open-dyslexic', '@expo-google-fonts/noto-naskh-arabic', 'emojibase-data', 'cldr-annotations-full', 'cldr-annotations-derived-full']) {
    h.update(p + require(`${p}/package.json`).version);
  }
  return h.digest('hex').slice(0, 16);
}

const splitList = (s: string): string[] =>
  s.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean);

function buildOpenMoji(): void {
  const pkgDir = dirname(require.resolve('openmoji/package.json'));
  const data: OpenMojiRecord[] = JSON.parse(readFileSync(join(pkgDir, 'data', 'openmoji.json'), 'utf8'));
  const categories: { order: string[]; hidden: { groups: string[]; subgroups: string[] } } = JSON.parse(
    readFileSync(join(here, 'categories.json'), 'utf8'),
  );
  const setDir = join(out, 'symbols', 'openmoji');
  rmSync(setDir, { recursive: true, force: true });

  // Base symbols first, in OpenMoji's order; skin-tone variants attach to their base.
  const bases = data.filter((r) => !r.skintone || r.skintone_base_hexcode === r.hexcode);
  const variants = data.filter((r) => r.skintone && r.skintone_base_hexcode !== r.hexcode);
  const rank = (g: string) => {
    const i = categories.order.indexOf(g);
    return i < 0 ? categories.order.length : i;
  };
  bases.sort((a, b) => rank(a.group) - rank(b.group) || Number(a.order) - Number(b.order));
  const entries: SymbolEntry[] = [];
  const byId = new Map<string, SymbolEntry>();
  const drawOrder: string[] = [];
  for (const r of bases) {
    const label = r.annotation.replace(/’/g, "'");
    const labelWords = new Set(label.toLowerCase().split(/[\s:,-]+/));
    const keywords = [...new Set([...splitList(r.tags), ...splitList(r.openmoji_tags)])].filter((k) => !labelWords.has(k));
    const hidden = categories.hidden.groups.includes(r.group) || categories.hidden.subgroups.includes(r.subgroups);
    const entry: SymbolEntry = {
      id: r.hexcode,
      label,
      keywords,
      category: r.group,
      sub: r.subgroups,
      shard: 0,
      ...(hidden ? { hidden: true as const } : {}),
    };
    entries.push(entry);
    byId.set(r.hexcode, entry);
    drawOrder.push(r.hexcode);
  }
  for (const v of variants) {
    const base = byId.get(v.skintone_base_hexcode);
    if (!base) continue;
    (base.tones ??= []).push(v.hexcode);
  }
  // Shard drawings in browse order, each base followed by its variants, so a page's
  // symbols tend to share a few shards.
  const shardOf = new Map<string, number>();
  const ordered: string[] = [];
  for (const e of entries) {
    ordered.push(e.id, ...(e.tones ?? []));
  }
  ordered.forEach((id, i) => shardOf.set(id, Math.floor(i / SHARD_SIZE)));
  for (const e of entries) e.shard = shardOf.get(e.id)!;
  const variantShards: Record<string, number> = {};
  for (const e of entries) for (const t of e.tones ?? []) variantShards[t] = shardOf.get(t)!;

  const styles = ['color', 'black'];
  for (const style of styles) {
    const shards: Record<string, VectorSymbol>[] = [];
    for (const id of ordered) {
      const svg = readFileSync(join(pkgDir, style, 'svg', `${id}.svg`), 'utf8');
      const n = shardOf.get(id)!;
      (shards[n] ??= {})[id] = normaliseSvg(svg);
    }
    mkdirSync(join(setDir, style), { recursive: true });
    shards.forEach((s, n) => writeFileSync(join(setDir, style, `${n}.json`), JSON.stringify(s)));
  }
  const index: SymbolIndexFile = {
    version: 1,
    set: {
      id: 'openmoji',
      name: 'OpenMoji',
      licence: 'CC BY-SA 4.0',
      attribution: 'Symbols: OpenMoji (openmoji.org), CC BY-SA 4.0',
      styles,
    },
    categories: categories.order,
    symbols: entries,
    variantShards,
  };
  writeFileSync(join(setDir, 'index.json'), JSON.stringify(index));
  console.log(`symbols: ${entries.length} OpenMoji symbols (${variants.length} skin-tone variants grouped), ${Math.ceil(ordered.length / SHARD_SIZE)} shards`);
}

/** Copies the plain-language rules and glossary, checking every entry names a known source. */
function copyPlainLanguage(src: string, dest: string): void {
  mkdirSync(dest, { recursive: true });
  for (const f of readdirSync(src).filter((n) => n.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(src, f), 'utf8'));
    const bad = [...data.rules.map((r: { source: string }) => r.source), ...data.glossary.map((g: string[]) => g[2])].filter((s: string) => !(s in data.sources));
    if (bad.length) throw new Error(`${f}: unknown sources ${bad.join(', ')}`);
    writeFileSync(join(dest, f), JSON.stringify(data));
  }
}

function main(): void {
  const force = process.argv.includes('--force');
  const stampFile = join(out, 'stamp.txt');
  const want = stamp();
  if (!force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === want) {
    return;
  }
  const t0 = performance.now();
  mkdirSync(out, { recursive: true });
  buildOpenMoji();
  buildFonts(join(out, 'fonts'));
  const data = JSON.parse(readFileSync(join(dirname(require.resolve('openmoji/package.json')), 'data', 'openmoji.json'), 'utf8'));
  const signpost = buildSignpost(out, new Set(data.map((d: { annotation: string }) => d.annotation.replace(/’/g, "'"))));
  console.log(`symbols: ${signpost.symbols} ${SIGNPOST_SET.name} (${signpost.variants} skin-tone variants grouped)`);
  const signpostIds = new Set((JSON.parse(readFileSync(join(out, 'symbols', 'signpost', 'index.json'), 'utf8')) as SymbolIndexFile).symbols.map((e) => e.id));
  const n = buildVocabulary(join(here, 'vocabulary'), join(out, 'vocabulary'), data, signpostIds);
  console.log(`symbols: ${n} curated vocabulary terms`);
  copyPlainLanguage(join(here, 'plain-language'), join(out, 'plain-language'));
  const index: SymbolIndexFile = JSON.parse(readFileSync(join(out, 'symbols', 'openmoji', 'index.json'), 'utf8'));
  const emojiOf = new Map<string, string>(data.map((d: { hexcode: string; emoji: string }) => [d.hexcode, d.emoji]));
  const langs = buildLanguages(join(out, 'symbols', 'openmoji', 'lang'), index.symbols.map((e) => ({ hexcode: e.id, emoji: emojiOf.get(e.id) ?? '' })));
  console.log(`symbols: names in ${langs} more languages`);
  writeFileSync(stampFile, want);
  console.log(`symbols: built in ${Math.round(performance.now() - t0)} ms`);
}

main();
