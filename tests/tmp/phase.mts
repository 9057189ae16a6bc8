import { nodeServices } from '../../src/cli/nodeServices';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { pathOps } from '../../src/pdf/ops';
import { gridDoc } from '../helpers/sampleDocs';
import { strToU8, zlibSync } from 'fflate';
const s = await nodeServices();
const all = (await new SymbolLibrary(nodeJsonLoader).searcher()).entries.filter((e) => !e.hidden).map((e) => e.id);
const distinct = all.filter((_, i) => i % 11 === 0).slice(0, 200);
const scene = await s.scene(gridDoc(20, 10, distinct));
const drawings = new Map<string, any>();
for (const p of scene.pages) for (const it of p.items) for (const pr of it.prims) if (pr.t === 'symbol') drawings.set(pr.key, pr.drawing);
for (let r = 0; r < 5; r++) {
  let t = performance.now(); let total = 0; const strs: string[] = [];
  for (const v of drawings.values()) { let out = ''; for (const p of v.p) out += pathOps(p.d); total += out.length; strs.push(out); }
  const t1 = performance.now();
  for (const x of strs) zlibSync(strToU8(x), { level: 1 });
  const t2 = performance.now();
  console.log('pathOps', (t1 - t).toFixed(1), 'deflate', (t2 - t1).toFixed(1), 'chars', total);
}
