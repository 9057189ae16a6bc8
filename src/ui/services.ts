/** The app's long-lived services, made once at start-up. */
import { createContext, useContext } from 'react';
import { Symbolisers } from '../symbols/symbolisers';
import { SymbolLibrary, type JsonLoader } from '../symbols/library';
import { TextMeasurer, type FontMetricsFile } from '../layout/fontMetrics';
import type { LayoutDeps } from '../layout/layout';
import { LocalStore, requestPersistence } from '../storage/db';
import { replayJournals } from '../storage/journal';
import { fontFamily } from '../canvas/draw';
import { ProfileStore } from './profileStore';
import { packCredit } from '../model/pack';

export interface Services {
  library: SymbolLibrary;
  measurer: TextMeasurer;
  metrics: FontMetricsFile;
  store: LocalStore;
  /** Communication profiles. */
  profiles: ProfileStore;
  /** Attribution of each loaded set, for footers. */
  attributions: Map<string, string>;
  layoutDeps: LayoutDeps;
  /** A symboliser per document language; `ensure` one before laying out symbolised text in it. */
  symbolisers: Symbolisers;
}

const base = import.meta.env.BASE_URL;

/** Fetches from our own origin only. */
export const fetchJson: JsonLoader = async <T,>(path: string) => {
  const res = await fetch(`${base}generated/${path}`);
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
};

async function loadFonts(metrics: FontMetricsFile): Promise<void> {
  const css = Object.entries(metrics.fonts)
    .map(([id, m]) => `@font-face{font-family:${fontFamily(id)};src:url(${base}generated/fonts/${m.file}) format('truetype');font-display:block}`)
    .join('\n');
  const style = document.createElement('style');
  style.textContent = css;
  document.head.appendChild(style);
  // the canvas must not draw before the fonts it measures with are ready
  await Promise.all(Object.keys(metrics.fonts).map((id) => document.fonts.load(`16px ${fontFamily(id)}`, 'Aŵ')));
}

export async function createServices(dbName?: string): Promise<Services> {
  const library = new SymbolLibrary(fetchJson);
  const metrics = await fetchJson<FontMetricsFile>('fonts/metrics.json');
  const [store] = await Promise.all([LocalStore.open(dbName), loadFonts(metrics)]);
  void requestPersistence();
  // an edit made just before the last reload or close, which IndexedDB had no time to write
  await replayJournals(store);
  // the browser shapes Arabic script; measure it the way the canvas will draw it
  const shapeCtx = document.createElement('canvas').getContext('2d');
  const measurer = new TextMeasurer(metrics, (text, font, size, rtl) => {
    if (!shapeCtx) return 0;
    shapeCtx.font = `${size}px ${fontFamily(font)}`;
    shapeCtx.direction = rtl ? 'rtl' : 'ltr';
    if ('fontKerning' in shapeCtx) shapeCtx.fontKerning = 'none';
    return shapeCtx.measureText(text).width;
  });
  const profiles = new ProfileStore(store);
  await profiles.load();
  const attributions = new Map<string, string>();
  const symbolisers = new Symbolisers(library);
  const [infos, , packs] = await Promise.all([library.builtInInfos(), symbolisers.ensure('en'), store.packs()]);
  for (const info of infos) attributions.set(info.id, info.attribution);
  for (const p of packs) {
    library.addPack(p);
    // as confirmed at import; packs imported before licences were read lose stray line ends and rules
    // ("====="); a pack with no credit at all is asked for one when it is exported
    const credit = packCredit(p);
    if (credit) attributions.set(p.id, credit);
  }
  return {
    library,
    measurer,
    metrics,
    store,
    profiles,
    attributions,
    layoutDeps: {
      measurer,
      drawing: (ref, style) => library.drawing(ref, style),
      attribution: (id) => attributions.get(id),
      label: (ref, language) => library.labelOf(ref, language),
      packImage: (ref) => library.packImage(ref),
      symboliser: symbolisers,
    },
    symbolisers,
  };
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const s = useContext(ServicesContext);
  if (!s) throw new Error('Services not ready');
  return s;
}
