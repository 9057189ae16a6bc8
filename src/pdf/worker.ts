/// <reference lib="webworker" />
/** Runs PDF export off the main thread, reporting progress per page. */
import { exportPdf } from './exportPdf';
import type { Scene } from '../layout/scene';
import type { PictureWords } from '../layout/reading';

export interface ExportRequest {
  scene: Scene;
  fonts: Record<string, Uint8Array>;
  source?: Uint8Array;
  sourceName?: string;
  password?: string;
  /** Words naming pictures in the document's language (alternate text). */
  words?: PictureWords;
}

export type ExportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; bytes: Uint8Array }
  | { type: 'error'; message: string };

const post = (m: ExportMessage, transfer: Transferable[] = []) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(m, transfer);

self.onmessage = async (e: MessageEvent<ExportRequest>) => {
  const { scene, fonts, source, sourceName, password, words } = e.data;
  try {
    const bytes = await exportPdf(scene, { fonts, source, sourceName, password, words, onProgress: (done, total) => post({ type: 'progress', done, total }) });
    post({ type: 'done', bytes }, [bytes.buffer]);
  } catch (err) {
    post({ type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
