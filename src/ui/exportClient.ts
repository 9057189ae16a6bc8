/** Exporting the open document to PDF in a Web Worker, so the editor never freezes. */
import { layoutDocument, type PrintOptions } from '../layout/layout';
import { layoutCardSheets, type CardSheet } from '../layout/cards';
import type { SignpostDocument } from '../model/schema';
import { writeSignpostFile } from '../storage/signpostFile';
import type { ExportMessage, ExportRequest } from '../pdf/worker';
import type { Services } from './services';
import { symbolRefs } from './useDocumentScene';
import { safeFileName } from './fileIo';

const fontCache = new Map<string, Promise<Uint8Array>>();

function fontBytes(services: Services, id: string): Promise<Uint8Array> {
  let p = fontCache.get(id);
  if (!p) {
    p = fetch(`${import.meta.env.BASE_URL}generated/fonts/${services.metrics.fonts[id].file}`).then(async (r) => {
      if (!r.ok) throw new Error(`font ${id}: ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    });
    p.catch(() => fontCache.delete(id));
    fontCache.set(id, p);
  }
  return p;
}

export interface ExportChoice extends PrintOptions {
  /** Card sheets instead of the pages as designed. */
  sheet?: CardSheet;
}

/** Lays out the document and writes its PDF in a worker; resolves with the bytes. */
export async function exportDocumentPdf(services: Services, doc: SignpostDocument, onProgress: (done: number, total: number) => void, choice: ExportChoice = {}): Promise<Uint8Array> {
  await services.library.loadAll(symbolRefs(doc));
  const scene = choice.sheet ? layoutCardSheets(doc, services.layoutDeps, choice.sheet, undefined, choice) : layoutDocument(doc, services.layoutDeps, undefined, choice);
  const fonts: Record<string, Uint8Array> = {};
  for (const id of scene.fonts) fonts[id] = await fontBytes(services, id);
  const request: ExportRequest = { scene, fonts, source: writeSignpostFile(doc), sourceName: `${safeFileName(doc.title)}.signpost` };
  const worker = new Worker(new URL('../pdf/worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<Uint8Array>((resolve, reject) => {
      worker.onmessage = (e: MessageEvent<ExportMessage>) => {
        const m = e.data;
        if (m.type === 'progress') onProgress(m.done, m.total);
        else if (m.type === 'done') resolve(m.bytes);
        else reject(new Error(m.message));
      };
      worker.onerror = (e) => reject(new Error(e.message || 'worker failed'));
      worker.postMessage(request);
    });
  } finally {
    worker.terminate();
  }
}
