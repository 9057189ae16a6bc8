/** The optional personal line of a printed footer. */

/** "For Sam · 26 November 2026", or whichever parts are given; empty when neither is. */
export function footerNoteOf(name: string | undefined, date: Date | undefined, locale: string): string {
  const parts: string[] = [];
  if (name?.trim()) parts.push(name.trim());
  if (date) parts.push(new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(date));
  return parts.join(' · ');
}
