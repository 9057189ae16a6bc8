/**
 * Text measuring with the real advance widths of the fonts the PDF embeds.
 * The metrics file is written at build time (symbols/fonts.ts); the canvas draws with
 * kerning off and the PDF writer without kerning, so all three agree.
 */
import { ARABIC_SCRIPT, visualRuns } from './bidi';

/** Metrics of one font, in font units. */
export interface FontMetrics {
  /** Display name, e.g. "Atkinson Hyperlegible Next". */
  name: string;
  /** File name under `generated/fonts/`. */
  file: string;
  /** Licence of the font. */
  licence: string;
  unitsPerEm: number;
  ascent: number;
  /** Negative: below the baseline. */
  descent: number;
  capHeight: number;
  /** Advance used for characters the table lacks. */
  fallback: number;
  /** Code point → advance width. */
  advances: Record<string, number>;
}

/** `generated/fonts/metrics.json`. */
export interface FontMetricsFile {
  version: 1;
  fonts: Record<string, FontMetrics>;
}

/** Font ids offered to users. */
export const FONT_IDS = ['atkinson', 'lexend', 'opendyslexic'] as const;
export type FontId = (typeof FONT_IDS)[number];

/** Bold face used for each family; families without one use the regular face. */
export function boldOf(font: string): string {
  return font === 'atkinson' ? 'atkinson-bold' : font;
}

export { ARABIC_SCRIPT };

/** The font for a piece of text: Arabic script is set in Noto Naskh Arabic, whatever the profile's font. */
export function fontForText(text: string, font: string): string {
  return ARABIC_SCRIPT.test(text) ? 'naskh' : font;
}

/** Width of one shaped run of one direction at `size` points, for scripts whose letters join (given by the platform). */
export type Shaper = (text: string, font: string, size: number, rtl: boolean) => number;

/** Size at which words are shaped for measuring; widths scale linearly from it. */
const SHAPE_SIZE = 1000;

/** Measures text widths in points for a set of fonts. */
export class TextMeasurer {
  /** Width at size 1 of shaped words, by font and word. */
  private readonly shaped = new Map<string, number>();

  constructor(
    private readonly file: FontMetricsFile,
    /** Shaped widths for Arabic script: fontkit in Node, the canvas in the browser. */
    private readonly shaper?: Shaper,
  ) {}

  metrics(font: string): FontMetrics {
    const m = this.file.fonts[font] ?? this.file.fonts.atkinson;
    if (!m) throw new Error(`No metrics for font ${font}`);
    return m;
  }

  /** Width of `text` at `size` points, without kerning (shaped, for Arabic script). */
  width(text: string, font: string, size: number): number {
    if (this.shaper && ARABIC_SCRIPT.test(text)) {
      // Letters do not join across a space and kerning is off, so a line is as wide as its
      // words and spaces: each word is shaped once (per font, at unit size) and remembered,
      // which keeps line breaking and caption fitting fast on long Urdu texts.
      let w = 0;
      const words = text.split(' ');
      for (let i = 0; i < words.length; i++) {
        if (i) w += this.shapedWord(' ', font);
        if (words[i]) w += this.shapedWord(words[i], font);
      }
      return w * size;
    }
    const m = this.metrics(font);
    let units = 0;
    for (const ch of text) {
      const a = m.advances[ch.codePointAt(0)!];
      units += a ?? m.fallback;
    }
    return (units * size) / m.unitsPerEm;
  }

  /** Width at size 1 of one word as shaped, each run of one direction on its own (as the renderers draw it). */
  private shapedWord(word: string, font: string): number {
    const key = `${font}\u0000${word}`;
    let w = this.shaped.get(key);
    if (w === undefined) {
      w = 0;
      for (const run of visualRuns(word)) w += this.shaper!(run.text, font, SHAPE_SIZE, run.rtl) / SHAPE_SIZE;
      if (this.shaped.size > 50_000) this.shaped.clear();
      this.shaped.set(key, w);
    }
    return w;
  }

  /** Distance from the top of a line box to the baseline, for a line height of `size × lineHeight`. */
  baseline(font: string, size: number, lineHeight: number): number {
    const m = this.metrics(font);
    const asc = (m.ascent * size) / m.unitsPerEm;
    const desc = (-m.descent * size) / m.unitsPerEm;
    const extra = size * lineHeight - (asc + desc);
    return extra / 2 + asc;
  }
}
