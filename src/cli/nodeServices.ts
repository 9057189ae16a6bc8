/** The app's modules wired for Node: files from `public/generated/`, fonts from disk. */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import fontkit, { type Font } from '@cantoo/fontkit';
import { deflateSync } from 'node:zlib';
import { fontkitShaper, SHAPED_FONTS } from '../layout/shaping';
import { printScene, type PrintEnv } from '../layout/print';
import { nodePictures } from './printTools';
import { Symbolisers } from '../symbols/symbolisers';
import { SymbolLibrary } from '../symbols/library';
import { generatedFile, nodeJsonLoader } from '../symbols/nodeLoader';
import { TextMeasurer, type FontMetricsFile } from '../layout/fontMetrics';
import type { LayoutDeps, PrintOptions } from '../layout/layout';
import type { CardSheet } from '../layout/cards';
import type { Scene } from '../layout/scene';
import type { SignpostDocument } from '../model/schema';
import type { Profile } from '../model/profile';
import type { Pack } from '../model/pack';
import { symbolsNeeded } from '../layout/needs';

export interface NodeServices {
  library: SymbolLibrary;
  measurer: TextMeasurer;
  metrics: FontMetricsFile;
  deps: LayoutDeps;
  /** The print pipeline's Node parts (the app's are in ui/printEnv.ts). */
  env: PrintEnv;
  /** The Scene a document prints as (the one print pipeline), as pages or as card sheets, for a profile or none. */
  scene(doc: SignpostDocument, options?: PrintOptions & { sheet?: CardSheet; profile?: Profile | null }): Promise<Scene>;
  fontBytes(ids: string[]): Promise<Record<string, Uint8Array>>;
  /** Makes an imported symbol pack's pictures available to layout, credited as the app credits it. */
  addPack(pack: Pack): void;
}

/** Native zlib for PDF streams in Node. */
export const nodeDeflate = (data: Uint8Array): Uint8Array => deflateSync(data, { level: 6 });

export async function nodeServices(): Promise<NodeServices> {
  const library = new SymbolLibrary(nodeJsonLoader);
  const metrics = await nodeJsonLoader<FontMetricsFile>('fonts/metrics.json');
  // Arabic script is shaped with fontkit, as in the app and the PDF writer
  const shapers = new Map<string, Font>();
  const fontOf = (id: string) => {
    let f = shapers.get(id);
    if (!f && metrics.fonts[id] && SHAPED_FONTS.includes(id)) shapers.set(id, (f = fontkit.create(readFileSync(generatedFile(`fonts/${metrics.fonts[id].file}`))) as Font));
    return f;
  };
  const measurer = new TextMeasurer(metrics, fontkitShaper(fontOf));
  const attributions = new Map((await library.builtInInfos()).map((info) => [info.id, info.attribution]));
  const symboliser = new Symbolisers(library);
  await symboliser.ensure('en');
  const deps: LayoutDeps = { measurer, drawing: (r, style) => library.drawing(r, style), attribution: (id) => attributions.get(id), label: (ref, language) => library.labelOf(ref, language), packImage: (ref) => library.packImage(ref), symboliser };
  const env: PrintEnv = {
    deps,
    pictures: nodePictures,
    prepare: async (doc, style) => {
      await symboliser.ensure(doc.language);
      if (doc.pages.some((p) => p.elements.some((e) => e.type === 'symtext'))) await symboliser.ensureTagger(doc.language);
      await library.loadAll(symbolsNeeded(doc, style, symboliser), style.symbolStyle);
    },
  };
  return {
    library,
    measurer,
    metrics,
    deps,
    env,
    scene: (doc, options = {}) => printScene(doc, options.profile, options, env),
    addPack(pack) {
      library.addPack(pack);
      attributions.set(pack.id, pack.attribution || pack.name);
    },
    async fontBytes(ids) {
      const out: Record<string, Uint8Array> = {};
      for (const id of ids) out[id] = await readFile(generatedFile(`fonts/${metrics.fonts[id].file}`));
      return out;
    },
  };
}
