/** The app's modules wired for Node: files from `public/generated/`, fonts from disk. */
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import fontkit, { type Font } from '@cantoo/fontkit';
import { deflateSync } from 'node:zlib';
import { shapeRun } from '../pdf/shape';
import { Symbolisers } from '../symbols/symbolisers';
import { SymbolLibrary } from '../symbols/library';
import { generatedFile, nodeJsonLoader } from '../symbols/nodeLoader';
import { TextMeasurer, type FontMetricsFile } from '../layout/fontMetrics';
import { layoutDocument, type LayoutDeps, type PrintOptions } from '../layout/layout';
import { layoutCardSheets, type CardSheet } from '../layout/cards';
import type { Scene } from '../layout/scene';
import type { SignpostDocument } from '../model/schema';
import type { Profile } from '../model/profile';
import { resolveStyle } from '../profile/resolve';
import { symbolsNeeded } from '../layout/needs';

export interface NodeServices {
  library: SymbolLibrary;
  measurer: TextMeasurer;
  metrics: FontMetricsFile;
  deps: LayoutDeps;
  /** Lays out a document after loading every symbol it uses, as pages or as card sheets, for a profile or none. */
  scene(doc: SignpostDocument, options?: PrintOptions & { sheet?: CardSheet; profile?: Profile | null }): Promise<Scene>;
  fontBytes(ids: string[]): Promise<Record<string, Uint8Array>>;
}

/** Native zlib for PDF streams in Node. */
export const nodeDeflate = (data: Uint8Array): Uint8Array => deflateSync(data, { level: 6 });

export async function nodeServices(): Promise<NodeServices> {
  const library = new SymbolLibrary(nodeJsonLoader);
  const metrics = await nodeJsonLoader<FontMetricsFile>('fonts/metrics.json');
  // Arabic script is shaped with fontkit, as the PDF writer does
  const shapers = new Map<string, Font>();
  const shaper = (text: string, font: string, size: number, rtl: boolean) => {
    let f = shapers.get(font);
    if (!f) shapers.set(font, (f = fontkit.create(readFileSync(generatedFile(`fonts/${metrics.fonts[font]?.file ?? 'naskh.ttf'}`))) as Font));
    return (shapeRun(f, text, rtl).advanceWidth * size) / f.unitsPerEm;
  };
  const measurer = new TextMeasurer(metrics, shaper);
  const info = await library.info('openmoji');
  const attributions = new Map([[info.id, info.attribution]]);
  const symboliser = new Symbolisers(library);
  await symboliser.ensure('en');
  const deps: LayoutDeps = { measurer, drawing: (r, style) => library.drawing(r, style), attribution: (id) => attributions.get(id), label: (ref, language) => library.labelOf(ref, language), symboliser };
  return {
    library,
    measurer,
    metrics,
    deps,
    async scene(doc, options = {}) {
      const style = resolveStyle(options.profile);
      await symboliser.ensure(doc.language);
      if (doc.pages.some((p) => p.elements.some((e) => e.type === 'symtext'))) await symboliser.ensureTagger(doc.language);
      await library.loadAll(symbolsNeeded(doc, style, symboliser), style.symbolStyle);
      return options.sheet ? layoutCardSheets(doc, deps, options.sheet, style, options) : layoutDocument(doc, deps, style, options);
    },
    async fontBytes(ids) {
      const out: Record<string, Uint8Array> = {};
      for (const id of ids) out[id] = await readFile(generatedFile(`fonts/${metrics.fonts[id].file}`));
      return out;
    },
  };
}
