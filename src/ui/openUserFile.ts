/** Opening any file a user chooses: a Signpost document or PDF, or an Open Board Format board. */
import type { TFunction } from 'i18next';
import type { SignpostDocument } from '../model/schema';
import { documentFromBoard, isBoardFile, looksLikeBoard, type BoardNotes } from './boards';
import { readDocumentFile } from './fileIo';
import { MAX_BOARD_COLUMNS } from '../storage/obf';
import type { Services } from './services';

/**
 * Reads the file, stores the document on the device and returns it, with what the user
 * should be told about a board (null for other files). A board is known by its name or by
 * its content (an .obz saved as .zip opens as a board). Throws on a bad file, before
 * anything is stored; a PDF with a password throws PdfPasswordError until it is given.
 */
export async function openUserFile(services: Services, file: File, password?: string): Promise<{ doc: SignpostDocument; notes: BoardNotes | null }> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const result = isBoardFile(file.name) || looksLikeBoard(bytes)
    ? await documentFromBoard(services, bytes)
    : { doc: await readDocumentFile(file, new Set((await services.store.list()).map((d) => d.id)), password), notes: null };
  await services.store.put(result.doc);
  return result;
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
    notes.scripts.length ? t('scripts.unsupported', { scripts: scriptNames(t, notes.scripts, language) }) : '',
  ].filter(Boolean);
  return lines.length ? lines.join(' ') : undefined;
}
