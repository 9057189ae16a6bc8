/**
 * Text measuring with the real advance widths of the fonts the PDF embeds.
 * The metrics file is written at build time (symbols/fonts.ts); the canvas draws with
 * kerning off and the PDF writer without kerning, so all three agree.
 */
import { ARABIC_SCRIPT, visualRuns } from './bidi';
import { SHAPED_SCRIPT, scriptFontOf } from './scripts';

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

/**
 * The font for a piece of text. Text in a script with a font of its own (Arabic script,
 * Devanagari, Bengali: see `scripts.ts`) gets a mixed font, e.g. "naskh+atkinson": Urdu in
 * Noto Naskh Arabic, and any English name or number inside it in the profile's font. Layout
 * measures with mixed fonts, and `withRuns` (runs.ts) places each such line's runs, each in
 * one plain font: renderers draw the runs, never the mixed font.
 */
export function fontForText(text: string, font: string): string {
  const script = scriptFontOf(text);
  return script ? `${script.font}+${font}` : font;
}

/** The two fonts of a mixed font id (both the same for a plain one). */
function splitFont(font: string): { script: string; latin: string } {
  const i = font.indexOf('+');
  return i < 0 ? { script: font, latin: font } : { script: font.slice(0, i), latin: font.slice(i + 1) };
}

/**
 * A left-to-right run cut where its letters change script: "Sam को 7 बजे" is "Sam ",
 * "को 7 बजे". Spaces, digits and punctuation stay with the letters before them. Each
 * part is the id of its script font, or null for the profile's (Latin) font.
 */
function scriptSegments(text: string): { text: string; font: string | null }[] {
  const out: { text: string; font: string | null }[] = [];
  let cur: { text: string; font: string | null | undefined } = { text: '', font: undefined };
  for (const ch of text) {
    const kind = scriptFontOf(ch)?.font ?? (/[\p{L}\p{M}]/u.test(ch) ? null : undefined);
    if (kind !== undefined && cur.font !== undefined && kind !== cur.font) {
      out.push({ text: cur.text, font: cur.font });
      cur = { text: '', font: kind };
    }
    if (kind !== undefined && cur.font === undefined) cur.font = kind;
    cur.text += ch;
  }
  if (cur.text) out.push({ text: cur.text, font: cur.font ?? null });
  return out;
}

/** One run of a line: one direction, one plain font, its width in points. */
export interface MeasuredRun {
  text: string;
  font: string;
  rtl: boolean;
  width: number;
}

/** Width of one shaped run of one direction at `size` points, for scripts whose letters join or combine (given by the platform). */
export type Shaper = (text: string, font: string, size: number, rtl: boolean) => number;

/** Size at which words are shaped for measuring; widths scale linearly from it. */
const SHAPE_SIZE = 1000;

/** Measures text widths in points for a set of fonts. */
export class TextMeasurer {
  /** Width at size 1 of shaped words, by font and word. */
  private readonly shaped = new Map<string, number>();

  constructor(
    private readonly file: FontMetricsFile,
    /** Shaped widths for scripts that need shaping (fontkit's, see shaping.ts, wherever layout runs). */
    private shaper?: Shaper,
  ) {}

  /** Measures shaped scripts with another shaper from now on (the words shaped so far are forgotten). */
  setShaper(shaper: Shaper): void {
    this.shaper = shaper;
    this.shaped.clear();
  }

  metrics(font: string): FontMetrics {
    // a mixed font's line box is the script font's, whose letters are the taller
    const m = this.file.fonts[splitFont(font).script] ?? this.file.fonts.atkinson;
    if (!m) throw new Error(`No metrics for font ${font}`);
    return m;
  }

  /** Width of `text` at `size` points, without kerning (shaped, for Arabic script). */
  width(text: string, font: string, size: number): number {
    if (font.includes('+') || (this.shaper && SHAPED_SCRIPT.test(text))) {
      let w = 0;
      for (const run of this.runs(text, font, size)) w += run.width;
      return w;
    }
    return this.advances(text, font) * size;
  }

  /**
   * A line's runs in visual order (left to right), each in its own font: Arabic-script and
   * right-to-left runs in the Arabic font, Devanagari or Bengali letters in theirs, the rest
   * in the Latin one.
   */
  runs(text: string, font: string, size: number): MeasuredRun[] {
    const { script, latin } = splitFont(font);
    const out: MeasuredRun[] = [];
    for (const run of visualRuns(text)) {
      if (script === latin || run.rtl || ARABIC_SCRIPT.test(run.text)) {
        const f = run.rtl || ARABIC_SCRIPT.test(run.text) ? script : latin;
        out.push({ text: run.text, font: f, rtl: run.rtl, width: this.runWidth(run.text, f, run.rtl) * size });
        continue;
      }
      // a left-to-right run may hold Devanagari or Bengali words beside English ones
      for (const seg of scriptSegments(run.text)) {
        const f = seg.font ?? latin;
        out.push({ text: seg.text, font: f, rtl: false, width: this.runWidth(seg.text, f, false) * size });
      }
    }
    return out;
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
    if (!this.shaper || !(rtl || SHAPED_SCRIPT.test(text))) return this.advances(text, font);
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
