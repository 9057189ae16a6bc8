/** Exporting the open document to PDF in a Web Worker, so the editor never freezes. */
import { layoutDocument, type PrintOptions } from '../layout/layout';
import { layoutPassport, type PassportLabels } from '../layout/passport';
import { symbolsNeeded } from '../layout/needs';
import type { Scene } from '../layout/scene';
import { resolveStyle } from '../profile/resolve';
import type { Profile } from '../model/profile';
import { createDocument } from '../model/factory';
import { zipSync } from 'fflate';
import { svgToPng } from './packImport';
import { layoutCardSheets, type CardSheet } from '../layout/cards';
import type { SignpostDocument } from '../model/schema';
import { writeSignpostFile } from '../storage/signpostFile';
import type { ExportMessage, ExportRequest } from '../pdf/worker';
import type { Services } from './services';
import { safeFileName } from './fileIo';
import { fromBase64, toBase64 } from '../model/base64';
import { sanitisePicture } from '../storage/imageSanitise';

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

/** Print resolution for photos. */
const PRINT_DPI = 300;

/** A photo redrawn so its long side is `px`, as JPEG (EXIF-free, as all our pictures are). */
async function resample(mime: string, data: string, px: number): Promise<string> {
  const img = new Image();
  img.src = `data:${mime};base64,${data}`;
  await img.decode();
  const k = px / Math.max(img.naturalWidth, img.naturalHeight);
  const c = document.createElement('canvas');
  c.width = Math.max(1, Math.round(img.naturalWidth * k));
  c.height = Math.max(1, Math.round(img.naturalHeight * k));
  const ctx = c.getContext('2d')!;
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, c.width, c.height);
  ctx.drawImage(img, 0, 0, c.width, c.height);
  const url = c.toDataURL('image/jpeg', 0.88);
  return url.slice(url.indexOf(',') + 1);
}

/**
 * Pictures ready for the PDF writer, which runs in a worker and cannot draw: a pack's SVG
 * becomes a 512 px PNG, and a photo larger than 300 dpi at the largest size it is placed
 * at is downscaled to that.
 */
async function printReady(scene: Scene): Promise<Scene> {
  const cache = new Map<string, Promise<string>>();
  // the largest size each photo is placed at, in points; a cropped photo keeps its pixels
  const largest = new Map<string, number>();
  const cropped = new Set<string>();
  for (const p of scene.pages) {
    for (const it of p.items) {
      for (const pr of it.prims) {
        if (pr.t !== 'image' || pr.mime === 'image/svg+xml' || !pr.key.startsWith('asset/')) continue;
        if (pr.src) cropped.add(pr.key);
        largest.set(pr.key, Math.max(largest.get(pr.key) ?? 0, pr.w, pr.h));
      }
    }
  }
  const pages = await Promise.all(
    scene.pages.map(async (p) => ({
      ...p,
      items: await Promise.all(
        p.items.map(async (it) => ({
          ...it,
          prims: await Promise.all(
            // a picture with no area shows nothing, and has nothing to rasterise
            it.prims.filter((pr) => pr.t !== 'image' || (pr.w > 0 && pr.h > 0)).map(async (pr) => {
              if (pr.t !== 'image') return pr;
              if (pr.mime === 'image/svg+xml') {
                if (!cache.has(pr.key)) cache.set(pr.key, svgToPng(pr.data, pr.w, pr.h));
                return { ...pr, mime: 'image/png' as const, data: await cache.get(pr.key)! };
              }
              // pictures stored before every import route cleaned them lose their metadata here
              if (!cache.has(`clean/${pr.key}`)) cache.set(`clean/${pr.key}`, Promise.resolve(toBase64(sanitisePicture(fromBase64(pr.data), pr.mime))));
              const clean = { ...pr, data: await cache.get(`clean/${pr.key}`)! };
              const big = largest.get(pr.key);
              if (!big || cropped.has(pr.key)) return clean;
              const target = Math.min(2000, Math.ceil((big / 72) * PRINT_DPI));
              const img = new Image();
              img.src = `data:${pr.mime};base64,${pr.data}`;
              await img.decode();
              if (Math.max(img.naturalWidth, img.naturalHeight) <= target * 1.1) return clean;
              if (!cache.has(pr.key)) cache.set(pr.key, resample(pr.mime, pr.data, target));
              return { ...pr, mime: 'image/jpeg' as const, data: await cache.get(pr.key)! };
            }),
          ),
        })),
      ),
    })),
  );
  return { ...scene, pages };
}

async function fontsFor(services: Services, scene: Scene): Promise<Record<string, Uint8Array>> {
  const fonts: Record<string, Uint8Array> = {};
  for (const id of scene.fonts) fonts[id] = await fontBytes(services, id);
  return fonts;
}

/** Lays out a document for one profile (or none). */
export async function sceneFor(services: Services, doc: SignpostDocument, profile: Profile | null, choice: ExportChoice = {}): Promise<Scene> {
  const style = resolveStyle(profile);
  await services.symbolisers.ensure(doc.language);
  await services.library.loadAll(symbolsNeeded(doc, style, services.layoutDeps.symboliser), style.symbolStyle);
  return printReady(choice.sheet ? layoutCardSheets(doc, services.layoutDeps, choice.sheet, style, choice) : layoutDocument(doc, services.layoutDeps, style, choice));
}

/** A profile's communication passport as a PDF. */
export async function exportPassportPdf(services: Services, profile: Profile, labels: PassportLabels): Promise<Uint8Array> {
  const style = resolveStyle(profile);
  await services.library.loadAll(symbolsNeeded(createDocument(''), style), style.symbolStyle);
  const scene = layoutPassport(profile, labels, style, services.layoutDeps);
  return runWorker({ scene, fonts: await fontsFor(services, scene) }, () => undefined);
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
    const bytes = await runWorker({ scene: all, fonts: await fontsFor(services, all), source, sourceName: `${safeFileName(doc.title)}.signpost`, password: choice.password }, onProgress);
    return { bytes, zip: false };
  }
  const files: Record<string, Uint8Array> = {};
  for (let i = 0; i < scenes.length; i++) {
    const pdf = await runWorker({ scene: scenes[i], fonts: await fontsFor(services, scenes[i]), source, sourceName: `${safeFileName(doc.title)}.signpost`, password: choice.password }, () => undefined);
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
  const request: ExportRequest = { scene, fonts: await fontsFor(services, scene), source: writeSignpostFile(doc), sourceName: `${safeFileName(doc.title)}.signpost`, password: choice.password };
  return runWorker(request, onProgress);
}
