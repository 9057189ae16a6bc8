/**
 * Preferences about the app itself (not anyone's data), kept in localStorage so they can be
 * read before the first paint: the language of the interface.
 */
const UI_LANGUAGE = 'signpost.uiLanguage';

export function loadUiLanguage(): string | null {
  try {
    return localStorage.getItem(UI_LANGUAGE);
  } catch {
    return null; // storage turned off: start in the browser's language
  }
}

export function saveUiLanguage(code: string): void {
  try {
    localStorage.setItem(UI_LANGUAGE, code);
  } catch {
    // private mode or storage turned off: the choice lasts for this visit only
  }
}
