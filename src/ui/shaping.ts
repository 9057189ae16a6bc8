/**
 * Arabic script is measured with fontkit in the browser too, as the command line and the PDF
 * writer do, so a line breaks in the same place on screen, in the app's PDF and in one made
 * on the command line. fontkit and the Naskh font load the first time a document needs them.
 */
import { fontkitShaper, needsShaping, SHAPED_FONTS } from '../layout/shaping';
import type { SignpostDocument } from '../model/schema';
import type { Services } from './services';

const loading = new WeakMap<Services, Promise<boolean>>();

async function loadShaper(services: Services): Promise<boolean> {
  const [{ default: fontkit }, ...bytes] = await Promise.all([
    import('@cantoo/fontkit'),
    ...SHAPED_FONTS.map(async (id) => {
      const r = await fetch(`${import.meta.env.BASE_URL}generated/fonts/${services.metrics.fonts[id].file}`);
      if (!r.ok) throw new Error(`font ${id}: ${r.status}`);
      return new Uint8Array(await r.arrayBuffer());
    }),
  ]);
  const fonts = new Map(SHAPED_FONTS.map((id, i) => [id, fontkit.create(bytes[i]) as import('@cantoo/fontkit').Font]));
  services.measurer.setShaper(fontkitShaper((id) => fonts.get(id)));
  return true;
}

/**
 * Makes sure the measurer shapes with fontkit when the document (or `extra` words) has Arabic
 * script; true when it has just started to, so what was laid out before must be laid out again.
 */
export function ensureShaping(services: Services, doc: SignpostDocument, extra: readonly string[] = []): Promise<boolean> {
  const started = loading.get(services);
  if (started) return started.then(() => false);
  if (!needsShaping(doc, extra)) return Promise.resolve(false);
  const p = loadShaper(services);
  p.catch(() => loading.delete(services));
  loading.set(services, p);
  return p;
}
