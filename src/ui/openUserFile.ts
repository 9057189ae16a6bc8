/** Opening any file a user chooses: a Signpost document or PDF, or an Open Board Format board. */
import type { TFunction } from 'i18next';
import { newId } from '../model/ids';
import { LIMITS, type SignpostDocument } from '../model/schema';
import type { DocumentSummary } from '../storage/db';
import type { BoardNotes } from './boards';
import { readDocumentFile } from './fileIo';
import { MAX_BOARD_COLUMNS } from '../storage/obfShared';
import type { Services } from './services';

export interface OpenedFile {
  doc: SignpostDocument;
  /** What the user should be told about a board (null for other files). */
  notes: BoardNotes | null;
  /**
   * The document on this device with the same id (a PDF or file made from it): nothing is
   * stored until the user says which to keep (`settleClash`).
   */
  existing?: DocumentSummary;
}

/**
 * Reads the file and stores the document on the device, unless this device already has a
 * document with its id (then `existing` says which, and nothing is stored). A board is known
 * by its name or by its content (an .obz saved as .zip opens as a board). Throws on a bad
 * file, before anything is stored; a PDF with a password throws PdfPasswordError until it is given.
 */
export async function openUserFile(services: Services, file: File, password?: string): Promise<OpenedFile> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  // the board reader (and its zip writer) loads when a file is first opened, not with the home screen
  const { documentFromBoard, isBoardFile, looksLikeBoard } = await import('./boards');
  const result = isBoardFile(file.name) || looksLikeBoard(bytes)
    ? await documentFromBoard(services, bytes)
    : { doc: await readDocumentFile(file, new Set(), password), notes: null };
  const existing = (await services.store.list()).find((d) => d.id === result.doc.id);
  if (existing) return { ...result, existing };
  await services.store.put(result.doc);
  return result;
}

/** What to do with a file whose document is already on this device. */
export type ClashChoice = 'open-existing' | 'replace' | 'keep-both';

/**
 * Settles a clash and returns the document to open: the one on the device; the file's
 * version in its place; or the file's version as a new document titled `copyTitle`
 * ("My bail conditions (copy)"), dated now.
 */
export async function settleClash(services: Services, incoming: SignpostDocument, choice: ClashChoice, copyTitle: string, now = new Date()): Promise<SignpostDocument> {
  if (choice === 'open-existing') {
    const doc = await services.store.get(incoming.id);
    if (doc) return doc;
    // gone meanwhile (deleted in another tab): the file's version is all there is
  }
  if (choice === 'keep-both') {
    const t = now.toISOString();
    const copy = { ...incoming, id: newId('d'), title: copyTitle.slice(0, LIMITS.title), createdAt: t, updatedAt: t };
    await services.store.put(copy);
    return copy;
  }
  await services.store.put(incoming);
  return incoming;
}

/** Scripts by name in the interface's language ("Tamil, Chinese (Han)"), from ISO 15924 codes. */
export function scriptNames(t: TFunction, codes: string[], language: string): string {
  let names: Intl.DisplayNames | null = null;
  try {
    names = new Intl.DisplayNames([language], { type: 'script' });
  } catch {
    names = null;
  }
  return codes.map((s) => (s === 'Zzzz' ? t('scripts.unknown') : (names?.of(s) ?? s))).join(', ');
}

/** The notice shown when a board has opened, or undefined when there is nothing to say. */
export function boardNotice(t: TFunction, notes: BoardNotes | null, language: string): string | undefined {
  if (!notes) return undefined;
  const lines = [
    notes.boards > 1 ? t('boards.set', { count: notes.boards }) : '',
    notes.webOnly ? t('boards.webOnly', { count: notes.webOnly }) : '',
    notes.missing ? t('boards.missing', { count: notes.missing }) : '',
    notes.skipped ? t('boards.skipped', { count: notes.skipped }) : '',
    notes.unresolvedLinks ? t('boards.unresolved', { count: notes.unresolvedLinks }) : '',
    notes.wrapped ? t('boards.wrapped', { count: notes.wrapped, max: MAX_BOARD_COLUMNS }) : '',
    notes.sounds ? t('boards.sounds', { count: notes.sounds }) : '',
    notes.scripts.length ? t('scripts.unsupported', { scripts: scriptNames(t, notes.scripts, language) }) : '',
  ].filter(Boolean);
  return lines.length ? lines.join(' ') : undefined;
}
