/**
 * Copies the TrueType fonts that both the canvas (@font-face) and the PDF (embedded,
 * subset) use, and writes their advance widths so layout can measure text without
 * loading a font parser into the page.
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit, { type Font } from '@cantoo/fontkit';
import type { FontMetricsFile } from '../src/layout/fontMetrics';

const require = createRequire(import.meta.url);

/** Font families offered, by the id documents and profiles store. */
const FONTS: { id: string; name: string; file: string; licence: string }[] = [
  {
    id: 'atkinson',
    name: 'Atkinson Hyperlegible Next',
    file: '@expo-google-fonts/atkinson-hyperlegible-next/400Regular/AtkinsonHyperlegibleNext_400Regular.ttf',
    licence: 'SIL Open Font License 1.1',
  },
  {
    id: 'atkinson-bold',
    name: 'Atkinson Hyperlegible Next Bold',
    file: '@expo-google-fonts/atkinson-hyperlegible-next/700Bold/AtkinsonHyperlegibleNext_700Bold.ttf',
    licence: 'SIL Open Font License 1.1',
  },
  {
    id: 'lexend',
    name: 'Lexend',
    file: '@expo-google-fonts/lexend/400Regular/Lexend_400Regular.ttf',
    licence: 'SIL Open Font License 1.1',
  },
  {
    id: 'naskh',
    name: 'Noto Naskh Arabic',
    file: '@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf',
    licence: 'SIL Open Font License 1.1',
  },
  {
    id: 'devanagari',
    name: 'Noto Sans Devanagari',
    file: '@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf',
    licence: 'SIL Open Font License 1.1',
  },
  {
    id: 'bengali',
    name: 'Noto Sans Bengali',
    file: '@expo-google-fonts/noto-sans-bengali/400Regular/NotoSansBengali_400Regular.ttf',
    licence: 'SIL Open Font License 1.1',
  },
  {
    id: 'opendyslexic',
    name: 'OpenDyslexic',
    file: 'open-dyslexic/ttf/OpenDyslexic-Regular.ttf',
    licence: 'Bitstream Vera licence (OpenDyslexic)',
  },
];

/** Unicode ranges measured: Basic Latin, Latin-1, Latin Extended-A and B, punctuation. */
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0xa0, 0x24f],
  [0x2010, 0x2027],
  [0x2030, 0x203a],
  [0x20ac, 0x20ac],
  [0x2190, 0x2193],
  [0x2212, 0x2212],
  // Arabic script (Urdu, Arabic, Punjabi in Shahmukhi): a fallback estimate; real widths come from shaping
  [0x0600, 0x06ff],
  [0x0750, 0x077f],
  // Devanagari (Hindi, Marathi, Nepali) and Bengali: estimates too; conjuncts and vowel signs are shaped
  [0x0900, 0x097f],
  [0x0980, 0x09ff],
];

export function buildFonts(dir: string): void {
  mkdirSync(dir, { recursive: true });
  const metrics: FontMetricsFile = { version: 1, fonts: {} };
  for (const f of FONTS) {
    const path = require.resolve(f.file);
    const bytes = readFileSync(path);
    const font = fontkit.create(bytes) as Font;
    const advances: Record<string, number> = {};
    for (const [a, b] of RANGES) {
      for (let cp = a; cp <= b; cp++) {
        if (!font.hasGlyphForCodePoint(cp)) continue;
        advances[cp] = font.glyphForCodePoint(cp)!.advanceWidth;
      }
    }
    const fallback = font.glyphForCodePoint(0x3f)!.advanceWidth;
    metrics.fonts[f.id] = {
      name: f.name,
      file: `${f.id}.ttf`,
      licence: f.licence,
      unitsPerEm: font.unitsPerEm,
      ascent: font.ascent,
      descent: font.descent,
      capHeight: font.capHeight,
      fallback,
      advances,
    };
    copyFileSync(path, `${dir}/${f.id}.ttf`);
  }
  writeFileSync(`${dir}/metrics.json`, JSON.stringify(metrics));
}
