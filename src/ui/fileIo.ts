/** Opening and saving files through the browser: nothing is uploaded anywhere. */
import { newId } from '../model/ids';
import { BoardError } from '../storage/obfShared';
import { OpenFileError, ProtectionSettingsError } from '../storage/fileErrors';
import type { SignpostDocument } from '../model/schema';
import { RefusedWriteError } from '../storage/records';

/** What the open dialogs accept. */
export const OPEN_ACCEPT = '.signpost,.json,.pdf,.obf,.obz,application/zip,application/json,application/pdf';

/**
 * Reads a file the user chose into a document, with a fresh id when it clashes. A PDF
 * with a password needs it: PdfPasswordError ('needs-password', 'wrong-password').
 */
export async function readDocumentFile(file: File, existingIds: Set<string>, password?: string): Promise<SignpostDocument> {
  let bytes: Uint8Array = new Uint8Array(await file.arrayBuffer());
  // the zip reader and writer load when a file is first opened or saved, not with the home screen
  const { isPdf, readSignpostFile } = await import('../storage/signpostFile');
  if (isPdf(bytes)) {
    // a PDF exported from Signpost carries its source; pdf-lib loads only when needed
    const { PdfPasswordError, signpostSourceOf } = await import('../storage/pdfSource');
    const source = await signpostSourceOf(bytes, password).catch((e: unknown) => {
      if (e instanceof PdfPasswordError) throw e;
      return null;
    });
    if (!source) throw new OpenFileError('not-signpost', 'PDF without a Signpost source');
    bytes = source;
  }
  const doc = readSignpostFile(bytes);
  return existingIds.has(doc.id) ? { ...doc, id: newId('d') } : doc;
}

/** The i18n key of the message for an error raised while opening a file. */
export function openErrorKey(e: unknown): string {
  if (e instanceof ProtectionSettingsError) return 'errors.protection';
  if (e instanceof BoardError) return e.code === 'not-board' ? 'errors.not-board' : 'errors.damaged';
  if (e instanceof RefusedWriteError) return 'status.refused';
  return e instanceof OpenFileError ? `errors.${e.code}` : 'errors.unknown';
}

export function downloadBytes(bytes: Uint8Array, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // let the download start before the URL is released
  requestAnimationFrame(() => URL.revokeObjectURL(url));
}

export const safeFileName = (title: string): string => (title.trim() || 'document').replace(/[\\/:*?"<>|]+/g, '-').slice(0, 80);

export async function saveDocumentFile(doc: SignpostDocument): Promise<void> {
  const { writeSignpostFile } = await import('../storage/signpostFile');
  downloadBytes(writeSignpostFile(doc), `${safeFileName(doc.title)}.signpost`, 'application/zip');
}
