/** Opening and saving files through the browser: nothing is uploaded anywhere. */
import { newId } from '../model/ids';
import type { SignpostDocument } from '../model/schema';
import { OpenFileError, readSignpostFile, writeSignpostFile } from '../storage/signpostFile';

/** Shows the browser's file picker. */
export function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.onchange = () => resolve(input.files?.[0] ?? null);
    input.oncancel = () => resolve(null);
    input.click();
  });
}

/** Reads a file the user chose into a document, with a fresh id when it clashes. */
export async function readDocumentFile(file: File, existingIds: Set<string>): Promise<SignpostDocument> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const doc = readSignpostFile(bytes);
  return existingIds.has(doc.id) ? { ...doc, id: newId('d') } : doc;
}

/** The i18n key of the message for an error raised while opening a file. */
export function openErrorKey(e: unknown): string {
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

export function saveDocumentFile(doc: SignpostDocument): void {
  downloadBytes(writeSignpostFile(doc), `${safeFileName(doc.title)}.signpost`, 'application/zip');
}
