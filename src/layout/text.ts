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
