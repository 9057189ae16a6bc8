/** Breaking text into lines with real font metrics. */
import type { TextMeasurer } from './fontMetrics';

/**
 * Length of the longest start of `word` (at least 1, less than all of it) no wider than
 * `maxWidth`, by bisection: counting down one character at a time made a 10,000-character
 * word take minutes to lay out (a measurement of the whole prefix per character, per line).
 */
function longestFit(m: TextMeasurer, word: string, font: string, size: number, maxWidth: number): number {
  let lo = 1;
  let hi = word.length - 1;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (m.width(word.slice(0, mid), font, size) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

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
        const n = longestFit(m, rest, font, size, maxWidth);
        lines.push(rest.slice(0, n));
        rest = rest.slice(n);
      }
      line = rest;
    }
    lines.push(line);
  }
  return lines;
}
