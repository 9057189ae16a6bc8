/** The languages documents and profiles can name, and how they are shown in menus. */

/** Languages a document can be written in: symbol names come in these too. */
export const DOCUMENT_LANGUAGES = ['en-GB', 'cy', 'pl', 'ro', 'ur', 'pa', 'ar', 'bn', 'so', 'pt'];

/**
 * A language's name in itself, and in the interface's language when that differs
 * ("polski (Polish)"), so anyone can find their own and a worker can find the family's.
 */
export function languageLabel(code: string, uiLanguage: string): string {
  const own = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  const ui = new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  return own.toLowerCase() === ui.toLowerCase() ? own : `${own} (${ui})`;
}
