/** Opening any file a user chooses: a Signpost document or PDF, or an Open Board Format board. */
import type { SignpostDocument } from '../model/schema';
import { documentFromBoard, isBoardFile } from './boards';
import { readDocumentFile } from './fileIo';
import type { Services } from './services';

/**
 * Reads the file, stores the document on the device and returns it, with the number of
 * board pictures that were only web links (0 for other files). Throws on a bad file,
 * before anything is stored; a PDF with a password throws PdfPasswordError until it is given.
 */
export async function openUserFile(services: Services, file: File, password?: string): Promise<{ doc: SignpostDocument; webOnly: number }> {
  const result = isBoardFile(file.name)
    ? await documentFromBoard(services, new Uint8Array(await file.arrayBuffer()))
    : { doc: await readDocumentFile(file, new Set((await services.store.list()).map((d) => d.id)), password), webOnly: 0 };
  await services.store.put(result.doc);
  return result;
}
