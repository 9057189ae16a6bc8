/** The app's modules wired for Node: files from `public/generated/`, fonts from disk. */
import { readFile } from 'node:fs/promises';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { SymbolLibrary } from '../symbols/library';
import { GENERATED_DIR, nodeJsonLoader } from '../symbols/nodeLoader';
import { TextMeasurer, type FontMetricsFile } from '../layout/fontMetrics';
import { layoutDocument, type LayoutDeps, type PrintOptions } from '../layout/layout';
import { layoutCardSheets, type CardSheet } from '../layout/cards';
import type { Scene } from '../layout/scene';
import type { SignpostDocument, SymbolRef } from '../model/schema';

export interface NodeServices {
  library: SymbolLibrary;
  measurer: TextMeasurer;
  metrics: FontMetricsFile;
  deps: LayoutDeps;
  /** Lays out a document after loading every symbol it uses, as pages or as card sheets. */
  scene(doc: SignpostDocument, options?: PrintOptions & { sheet?: CardSheet }): Promise<Scene>;
  fontBytes(ids: string[]): Promise<Record<string, Uint8Array>>;
}

/** Native zlib for PDF streams in Node. */
export const nodeDeflate = (data: Uint8Array): Uint8Array => deflateSync(data, { level: 6 });

export async function nodeServices(): Promise<NodeServices> {
  const library = new SymbolLibrary(nodeJsonLoader);
  const metrics = await nodeJsonLoader<FontMetricsFile>('fonts/metrics.json');
  const measurer = new TextMeasurer(metrics);
  const info = await library.info('openmoji');
  const attributions = new Map([[info.id, info.attribution]]);
  const deps: LayoutDeps = { measurer, drawing: (r) => library.drawing(r), attribution: (id) => attributions.get(id) };
  return {
    library,
    measurer,
    metrics,
    deps,
    async scene(doc, options = {}) {
      const refs = new Map<string, SymbolRef>();
      for (const p of doc.pages) for (const e of p.elements) if (e.type === 'symbol') refs.set(`${e.symbol.set}/${e.symbol.id}`, e.symbol);
      await library.loadAll([...refs.values()]);
      return options.sheet ? layoutCardSheets(doc, deps, options.sheet, undefined, options) : layoutDocument(doc, deps, undefined, options);
    },
    async fontBytes(ids) {
      const out: Record<string, Uint8Array> = {};
      for (const id of ids) out[id] = await readFile(join(GENERATED_DIR, 'fonts', metrics.fonts[id].file));
      return out;
    },
  };
}
