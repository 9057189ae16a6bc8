/** Breaking text into lines with real font metrics. */
import type { TextMeasurer } from './fontMetrics';

/** Greedy line breaking at spaces; a word longer than the line is split. Newlines are kept. */
export function breakLines(m: TextMeasurer, text: string, font: string, size: number, maxWidth: number): string[] {
  const lines: string[] = [];
  for (const para of text.split('\n')) {
    const wordsIn = para.split(/ +/).filter(Boolean);
    let line = '';
    for (const word of wordsIn) {
      const tryLine = line ? `${line} ${word}` : word;
      if (m.width(tryLine, font, size) <= maxWidth) {
        line = tryLine;
        continue;
      }
      if (line) lines.push(line);
      // split a word that is wider than the line on its own
      let rest = word;
      while (m.width(rest, font, size) > maxWidth && rest.length > 1) {
        let n = rest.length - 1;
        while (n > 1 && m.width(rest.slice(0, n), font, size) > maxWidth) n--;
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}

export interface FittedText {
  lines: string[];
  size: number;
  /** True when even the smallest size does not fit the height. */
  overflow: boolean;
}

/**
 * Fits text into a box: first shrink (keeping single words whole) down to `minSize`,
 * then wrap at `minSize`. Never spills silently: `overflow` says when it cannot fit.
 */
export function fitText(
  m: TextMeasurer,
  text: string,
  font: string,
  maxSize: number,
  minSize: number,
  width: number,
  height: number,
  lineHeight: number,
): FittedText {
  const longestWord = (size: number) => Math.max(0, ...text.split(/\s+/).map((w) => m.width(w, font, size)));
  for (let size = maxSize; size >= minSize; size -= 0.5) {
    const lines = breakLines(m, text, font, size, width);
    if (lines.length * size * lineHeight <= height + 0.01 && longestWord(size) <= width) return { lines, size, overflow: false };
  }
  const lines = breakLines(m, text, font, minSize, width);
  return { lines, size: minSize, overflow: lines.length * minSize * lineHeight > height + 0.01 };
}
