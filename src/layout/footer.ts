/** The optional personal line of a printed footer. */

/** "For Sam · 26 November 2026", or whichever parts are given; empty when neither is. */
export function footerNoteOf(name: string | undefined, date: Date | undefined, locale: string): string {
  const parts: string[] = [];
  if (name?.trim()) parts.push(name.trim());
  if (date) parts.push(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date));
  return parts.join(' · ');
}

/** Separator between the footer's parts (the note and each set's credit). */
export const FOOTER_SEPARATOR = ' · ';

/**
 * The footer's lines: all on one when it fits; else its parts (the note, each credit) are
 * packed into lines whole where they fit, and a part longer than a line is broken at its
 * spaces. Nothing is cut: a pack's licence is printed in full, as its licence asks.
 */
export function footerLines(parts: readonly string[], maxWidth: number, width: (s: string) => number, breakAtSpaces: (s: string) => string[]): string[] {
  const whole = parts.join(FOOTER_SEPARATOR);
  if (!whole || width(whole) <= maxWidth) return whole ? [whole] : [];
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    const joined = line ? `${line}${FOOTER_SEPARATOR}${part}` : part;
    if (width(joined) <= maxWidth) {
      line = joined;
      continue;
    }
    if (line) lines.push(line);
    if (width(part) <= maxWidth) line = part;
    else {
      const broken = breakAtSpaces(part);
      lines.push(...broken.slice(0, -1));
      line = broken[broken.length - 1] ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}
