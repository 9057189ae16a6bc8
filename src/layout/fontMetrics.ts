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

/** Measures text widths in points for a set of fonts. */
export class TextMeasurer {
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
      // each run of one direction is shaped on its own, as the renderers draw it
      let w = 0;
      for (const run of visualRuns(text)) w += this.shaper(run.text, font, size, run.rtl);
      return w;
    }
    const m = this.metrics(font);
    let units = 0;
    for (const ch of text) {
      const a = m.advances[ch.codePointAt(0)!];
      units += a ?? m.fallback;
    }
    return (units * size) / m.unitsPerEm;
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
