/**
 * A line's runs, placed once, in layout: the renderers (canvas, PDF, phone page) draw each
 * run where it stands here and never split a line by direction or measure it themselves, so
 * screen and print cannot disagree on where a run starts.
 */
import type { TextMeasurer } from './fontMetrics';
import type { TextPrim, TextRun } from './scene';
import { SHAPED_SCRIPT } from './scripts';

/** Whether a line is drawn run by run: it is in two fonts, or has letters that are shaped (and may run right to left). */
const needsRuns = (p: TextPrim): boolean => p.font.includes('+') || SHAPED_SCRIPT.test(p.text);

/**
 * The line with its runs in visual order, each at its left end from `p.x` and as wide as
 * layout measured it (the same widths that broke the line); a plain left-to-right line in
 * one font, or one already placed, comes back as it is.
 */
export function withRuns(m: TextMeasurer, p: TextPrim): TextPrim {
  if (p.runs || !needsRuns(p)) return p;
  const runs: TextRun[] = [];
  let x = p.x;
  for (const run of m.runs(p.text, p.font, p.size)) {
    runs.push({ text: run.text, font: run.font, rtl: run.rtl, x, w: run.width });
    x += run.width;
  }
  return { ...p, runs };
}

/** The fonts a line is drawn in: its runs' fonts (a run of spaces draws nothing), or its own. */
export function fontsOf(p: TextPrim): string[] {
  return p.runs ? [...new Set(p.runs.filter((r) => r.text.trim()).map((r) => r.font))] : [p.font];
}
