/**
 * Exporting the open document to PDF in a Web Worker, so the editor never freezes, or as a
 * phone page (one HTML file each).
 */
import type { PrintOptions } from '../layout/layout';
import { printScene } from '../layout/print';
import { browserPrintEnv } from './printEnv';
import { layoutPassport, type PassportLabels } from '../layout/passport';
import { symbolsNeeded } from '../layout/needs';
import type { Scene } from '../layout/scene';
import { resolveStyle } from '../profile/resolve';
import type { Profile } from '../model/profile';
import { createDocument } from '../model/factory';
import { zipSync } from 'fflate';
import type { CardSheet } from '../layout/cards';
import type { SignpostDocument } from '../model/schema';
import { writeSignpostFile } from '../storage/signpostFile';
import type { ExportMessage, ExportRequest } from '../pdf/worker';
import type { Services } from './services';
import { safeFileName } from './fileIo';
import { readerWords } from '../i18n';

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
  /** Password needed to open the PDF. */
  password?: string;
  /** A PDF to print (the default) or a phone page. */
  format?: 'pdf' | 'phone';
}

async function runWorker(request: ExportRequest, onProgress: (done: number, total: number) => void): Promise<Uint8Array> {
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

async function fontsFor(services: Services, scene: Scene): Promise<Record<string, Uint8Array>> {
  const fonts: Record<string, Uint8Array> = {};
  for (const id of scene.fonts) fonts[id] = await fontBytes(services, id);
  return fonts;
}

/** Lays out a document for one profile (or none), through the one print pipeline (layout/print.ts). */
export function sceneFor(services: Services, doc: SignpostDocument, profile: Profile | null, choice: ExportChoice = {}): Promise<Scene> {
  return printScene(doc, profile, choice, browserPrintEnv(services, [choice.footerNote ?? '']));
}

/** A profile's communication passport as a PDF. */
export async function exportPassportPdf(services: Services, profile: Profile, labels: PassportLabels): Promise<Uint8Array> {
  const style = resolveStyle(profile);
  await services.library.loadAll(symbolsNeeded(createDocument(''), style), style.symbolStyle);
  const scene = layoutPassport(profile, labels, style, services.layoutDeps);
  return runWorker({ scene, fonts: await fontsFor(services, scene), words: (await readerWords(scene.language)).pictures }, () => undefined);
}

/** One PDF per profile, as a zip, or all of them combined into one PDF. */
export async function exportForProfiles(
  services: Services,
  doc: SignpostDocument,
  profiles: Profile[],
  combined: boolean,
  onProgress: (done: number, total: number) => void,
  choice: ExportChoice = {},
): Promise<{ bytes: Uint8Array; zip: boolean }> {
  const scenes = await Promise.all(profiles.map((p) => sceneFor(services, doc, p, { ...choice, footerNote: [p.name, choice.footerNote].filter(Boolean).join(' · ') })));
  const source = writeSignpostFile(doc);
  if (combined) {
    const all: Scene = { ...scenes[0], pages: scenes.flatMap((s) => s.pages), fonts: [...new Set(scenes.flatMap((s) => s.fonts))].sort() };
    const bytes = await runWorker({ scene: all, fonts: await fontsFor(services, all), source, sourceName: `${safeFileName(doc.title)}.signpost`, password: choice.password, words: (await readerWords(doc.language)).pictures }, onProgress);
    return { bytes, zip: false };
  }
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < scenes.length; i++) {
    const pdf = await runWorker({ scene: scenes[i], fonts: await fontsFor(services, scenes[i]), source, sourceName: `${safeFileName(doc.title)}.signpost`, password: choice.password, words: (await readerWords(doc.language)).pictures }, () => undefined);
    files[`${safeFileName(doc.title)} - ${safeFileName(profiles[i].name)}.pdf`] = pdf;
    onProgress(i + 1, scenes.length);
  }
  return { bytes: zipSync(files, { level: 0 }), zip: true };
}

/** Lays out the document (for its profile, if any) and writes its PDF in a worker. */
export async function exportDocumentPdf(
  services: Services,
  doc: SignpostDocument,
  onProgress: (done: number, total: number) => void,
  choice: ExportChoice = {},
  profile: Profile | null = null,
): Promise<Uint8Array> {
  const scene = await sceneFor(services, doc, profile, choice);
  const request: ExportRequest = { scene, fonts: await fontsFor(services, scene), source: writeSignpostFile(doc), sourceName: `${safeFileName(doc.title)}.signpost`, password: choice.password, words: (await readerWords(doc.language)).pictures };
  return runWorker(request, onProgress);
}

/** The phone page of a document for one profile (or none): one HTML file (see src/phone). */
export async function exportPhonePage(services: Services, doc: SignpostDocument, profile: Profile | null, choice: ExportChoice = {}): Promise<Uint8Array> {
  const scene = await sceneFor(services, doc, profile, { ...choice, sheet: undefined });
  const words = await readerWords(doc.language);
  // the page maker and its font subsetter load on the first phone export
  const { phonePage } = await import('../phone/phonePage');
  return new TextEncoder().encode(await phonePage(scene, { fonts: await fontsFor(services, scene), strings: words.phone, words: words.pictures }));
}

/** Phone pages for several young people, one each, in a zip. */
export async function exportPhonePages(services: Services, doc: SignpostDocument, profiles: Profile[], onProgress: (done: number, total: number) => void, choice: ExportChoice = {}): Promise<Uint8Array> {
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < profiles.length; i++) {
    files[`${safeFileName(doc.title)} - ${safeFileName(profiles[i].name)}.html`] = await exportPhonePage(services, doc, profiles[i], { ...choice, footerNote: [profiles[i].name, choice.footerNote].filter(Boolean).join(' · ') });
    onProgress(i + 1, profiles.length);
  }
  return zipSync(files, { level: 0 });
}
