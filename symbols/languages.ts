/**
 * Symbol names and keywords in other languages, merged at build time from CLDR's emoji
 * annotations (cldr-annotations-full and -derived-full) and emojibase-data where it has the
 * locale. One file per language, loaded only when a document uses that language.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** Languages of the families these hubs meet, plus Welsh. */
export const LANGUAGES = ['cy', 'pl', 'ro', 'ur', 'pa', 'ar', 'bn', 'so', 'pt'];

/** One language's names: [hexcode, label, keywords joined by "|"] per symbol. */
export interface LanguageFile {
  version: 1;
  language: string;
  entries: [string, string, string][];
}

type Ann = Record<string, { default?: string[]; tts?: string[] }>;
const strip = (s: string) => s.replace(/\uFE0F/g, '');

function cldr(pkg: string, dir: string, lang: string, key: 'annotations' | 'annotationsDerived'): Map<string, { label?: string; keywords: string[] }> {
  const out = new Map<string, { label?: string; keywords: string[] }>();
  const file = join(dirname(require.resolve(`${pkg}/package.json`)), dir, lang, 'annotations.json');
  if (!existsSync(file)) return out;
  const ann: Ann = JSON.parse(readFileSync(file, 'utf8'))[key].annotations;
  for (const [emoji, a] of Object.entries(ann)) out.set(strip(emoji), { label: a.tts?.[0], keywords: a.default ?? [] });
  return out;
}

function emojibase(lang: string): Map<string, { label: string; keywords: string[] }> {
  const out = new Map<string, { label: string; keywords: string[] }>();
  const dir = dirname(require.resolve('emojibase-data/package.json'));
  const file = join(dir, lang, 'data.json');
  if (!existsSync(file)) return out;
  for (const e of JSON.parse(readFileSync(file, 'utf8')) as { hexcode: string; label: string; tags?: string[] }[]) out.set(e.hexcode, { label: e.label, keywords: e.tags ?? [] });
  return out;
}

export function buildLanguages(outDir: string, symbols: { hexcode: string; emoji: string }[]): number {
  mkdirSync(outDir, { recursive: true });
  for (const lang of LANGUAGES) {
    const full = cldr('cldr-annotations-full', 'annotations', lang, 'annotations');
    const derived = cldr('cldr-annotations-derived-full', 'annotationsDerived', lang, 'annotationsDerived');
    const eb = emojibase(lang);
    const entries: LanguageFile['entries'] = [];
    for (const s of symbols) {
      const c = full.get(strip(s.emoji)) ?? derived.get(strip(s.emoji));
      const e = eb.get(s.hexcode);
      const label = c?.label ?? e?.label;
      if (!label) continue;
      const keywords = [...new Set([...(c?.keywords ?? []), ...(e?.keywords ?? [])].map((k) => k.toLowerCase()))].filter((k) => k !== label.toLowerCase());
      entries.push([s.hexcode, label, keywords.join('|')]);
    }
    const file: LanguageFile = { version: 1, language: lang, entries };
    writeFileSync(join(outDir, `${lang}.json`), JSON.stringify(file));
  }
  return LANGUAGES.length;
}
