/** Pack import benchmark page: 3,500 generated SVG symbols with a CSV, read and imported as the app does. */
import { strToU8, zipSync } from 'fflate';
import { analysePack, filesOfZip } from '../../src/storage/packReader';
import { importPack } from '../../src/ui/packImport';
import { svgOf } from '../helpers/packs';

declare global {
  interface Window {
    runPackBench: (n: number) => Promise<{ ms: number; imported: number; progressEvents: number }>;
  }
}

window.runPackBench = async (n: number) => {
  const files: Record<string, Uint8Array> = {};
  const rows = ['file,label,tags'];
  for (let i = 0; i < n; i++) {
    files[`EN/s${i}.svg`] = strToU8(svgOf(i));
    rows.push(`s${i}.svg,symbol ${i},"tag ${i % 50}"`);
  }
  files['symbol-info.csv'] = strToU8(rows.join('\n'));
  const zip = zipSync(files);
  let progressEvents = 0;
  const t0 = performance.now();
  const unzipped = filesOfZip(zip);
  const analysis = analysePack(unzipped, 'Bench');
  const { pack } = await importPack(unzipped, analysis, 'Bench', '', () => progressEvents++);
  return { ms: performance.now() - t0, imported: pack.symbols.length, progressEvents };
};

