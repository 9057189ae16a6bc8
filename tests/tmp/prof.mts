import { nodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { gridDoc } from '../helpers/sampleDocs';
const s = await nodeServices();
const all = (await new SymbolLibrary(nodeJsonLoader).searcher()).entries.filter((e) => !e.hidden).map((e) => e.id);
const distinct = all.filter((_, i) => i % 11 === 0).slice(0, 200);
const scene = await s.scene(gridDoc(20, 10, distinct));
const fonts = await s.fontBytes(scene.fonts);
for (let i = 0; i < 15; i++) { const t = performance.now(); await exportPdf(scene, { fonts }); console.log((performance.now() - t).toFixed(0)); }
