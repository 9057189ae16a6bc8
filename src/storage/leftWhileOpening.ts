/**
 * Whether the page went (a reload, a closed tab) while a document was still opening. Written
 * synchronously to localStorage on `pagehide`, which a crashed or hung tab never fires: so at
 * the next start a document left while opening is opened again, and only one that never
 * finished opening because the tab died is held back ("Not opened again").
 */
const KEY = 'signpost.leftWhileOpening';

/** Notes that the page is going while this document is still opening. */
export function markLeftWhileOpening(id: string): void {
  try {
    localStorage.setItem(KEY, id);
  } catch {
    // storage full or blocked: the next start may then say the document was not reopened
  }
}

/** Takes (and clears) the id of the document the page left while it was opening, if any. */
export function takeLeftWhileOpening(): string | null {
  try {
    const id = localStorage.getItem(KEY);
    localStorage.removeItem(KEY);
    return id;
  } catch {
    return null;
  }
}
