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

/** The font Arabic script is set in, whatever the profile's font. */
const ARABIC_FONT = 'naskh';

/**
 * The font for a piece of text. Text with Arabic script gets a mixed font, "naskh+atkinson":
 * Arabic in Noto Naskh Arabic, and any English name or number inside it in the profile's
 * font. Only layout sees mixed fonts: it measures with them, and `splitRuns` turns each
 * line into runs of one plain font before anything is drawn.
 */
export function fontForText(text: string, font: string): string {
  return ARABIC_SCRIPT.test(text) ? `${ARABIC_FONT}+${font}` : font;
}

/** The two fonts of a mixed font id (both the same for a plain one). */
function splitFont(font: string): { arabic: string; latin: string } {
  const i = font.indexOf('+');
  return i < 0 ? { arabic: font, latin: font } : { arabic: font.slice(0, i), latin: font.slice(i + 1) };
}

/** One run of a line: one direction, one plain font, its width in points. */
export interface MeasuredRun {
  text: string;
  font: string;
  rtl: boolean;
  width: number;
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
    /** Shaped widths for Arabic script (fontkit's, see shaping.ts, wherever layout runs). */
    private shaper?: Shaper,
  ) {}

  /** Measures Arabic script with another shaper from now on (the words shaped so far are forgotten). */
  setShaper(shaper: Shaper): void {
    this.shaper = shaper;
    this.shaped.clear();
  }

  metrics(font: string): FontMetrics {
    // a mixed font's line box is Naskh's, whose letters are the taller
    const m = this.file.fonts[splitFont(font).arabic] ?? this.file.fonts.atkinson;
    if (!m) throw new Error(`No metrics for font ${font}`);
    return m;
  }

  /** Width of `text` at `size` points, without kerning (shaped, for Arabic script). */
  width(text: string, font: string, size: number): number {
    if (font.includes('+') || (this.shaper && ARABIC_SCRIPT.test(text))) {
      let w = 0;
      for (const run of this.runs(text, font, size)) w += run.width;
      return w;
    }
    return this.advances(text, font) * size;
  }

  /**
   * A line's runs in visual order (left to right), each in its own font: Arabic-script and
   * right-to-left runs in the Arabic font, the rest in the Latin one.
   */
  runs(text: string, font: string, size: number): MeasuredRun[] {
    const { arabic, latin } = splitFont(font);
    return visualRuns(text).map((run) => {
      const f = run.rtl || ARABIC_SCRIPT.test(run.text) ? arabic : latin;
      return { text: run.text, font: f, rtl: run.rtl, width: this.runWidth(run.text, f, run.rtl) * size };
    });
  }

  /** Width at size 1 from the advance table (no shaping). */
  private advances(text: string, font: string): number {
    const m = this.metrics(font);
    let units = 0;
    for (const ch of text) {
      const a = m.advances[ch.codePointAt(0)!];
      units += a ?? m.fallback;
    }
    return units / m.unitsPerEm;
  }

  /**
   * Width at size 1 of a run of one direction and font. Letters do not join across a space
   * and kerning is off, so a run is as wide as its words and spaces: each word is shaped
   * once per font and remembered, which keeps line breaking fast on long Urdu texts.
   */
  private runWidth(text: string, font: string, rtl: boolean): number {
    if (!this.shaper || !(rtl || ARABIC_SCRIPT.test(text))) return this.advances(text, font);
    let w = 0;
    const words = text.split(' ');
    for (let i = 0; i < words.length; i++) {
      if (i) w += this.shapedWord(' ', font);
      if (words[i]) w += this.shapedWord(words[i], font);
    }
    return w;
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
