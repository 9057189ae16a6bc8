/** The print pipeline's platform parts in the browser: loading what layout needs, and canvas picture work. */
import type { PictureTools, PrintEnv } from '../layout/print';
import { symbolsNeeded } from '../layout/needs';
import { fromBase64, toBase64 } from '../model/base64';
import { sanitisePicture } from '../storage/imageSanitise';
import { svgToPng } from './packImport';
import { ensureShaping } from './shaping';
import type { Services } from './services';

async function decoded(mime: string, data: string): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = `data:${mime};base64,${data}`;
  await img.decode();
  return img;
}

/** A photo redrawn so its long side is `px`, as JPEG (metadata-free, as all our pictures are). */
async function resample(mime: string, data: string, px: number): Promise<string> {
  const img = await decoded(mime, data);
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

export const browserPictures: PictureTools = {
  rasterise: (svg, w, h) => svgToPng(svg, w, h),
  pixelSize: async (mime, data) => {
    const img = await decoded(mime, data);
    return { width: img.naturalWidth, height: img.naturalHeight };
  },
  downscale: async (mime, data, px) => ({ mime: 'image/jpeg', data: await resample(mime, data, px) }),
  clean: (mime, data) => toBase64(sanitisePicture(fromBase64(data), mime)),
};

/** The browser's print environment for the app's services. */
export function browserPrintEnv(services: Services, extraWords: readonly string[] = []): PrintEnv {
  return {
    deps: services.layoutDeps,
    pictures: browserPictures,
    prepare: async (doc, style) => {
      await Promise.all([services.symbolisers.ensure(doc.language), ensureShaping(services, doc, extraWords)]);
      if (doc.pages.some((p) => p.elements.some((e) => e.type === 'symtext'))) await services.symbolisers.ensureTagger(doc.language).catch(() => undefined);
      await services.library.loadAll(symbolsNeeded(doc, style, services.layoutDeps.symboliser), style.symbolStyle);
    },
  };
}
