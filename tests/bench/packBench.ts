/**
 * Pack import benchmark page: 3,500 SVG symbols of realistic size (mean about 12 KB, some
 * over 100 KB, with `<style>` blocks, as symbol sets publish them) and a CSV, zipped, then
 * read, analysed and checked as the app does, with the progress it reports.
 */
import { strToU8, zipSync } from 'fflate';
import { analysePack, filesOfZip } from '../../src/storage/packReader';
import { importPack } from '../../src/ui/packImport';
import { poolSize } from '../../src/ui/packCheckPool';
import { realisticSvg, svgOf } from '../helpers/packs';

export interface PackBenchResult {
  ms: number;
  unzipMs: number;
  analyseMs: number;
  checkMs: number;
  imported: number;
  progressEvents: number;
  megabytes: number;
  largestKb: number;
  over100kb: number;
  workers: number;
}

declare global {
  interface Window {
    runPackBench: (n: number, realistic?: boolean) => Promise<PackBenchResult>;
  }
}

window.runPackBench = async (n: number, realistic = true) => {
  const files: Record<string, Uint8Array> = {};
  const rows = ['symbol,category,tags'];
  let bytes = 0;
  let largest = 0;
  let over100kb = 0;
  for (let i = 0; i < n; i++) {
    const svg = strToU8(realistic ? realisticSvg(i) : svgOf(i));
    files[`EN/symbol_${i}_,_to.svg`] = svg;
    bytes += svg.length;
    largest = Math.max(largest, svg.length);
    if (svg.length > 100_000) over100kb++;
    rows.push(`"symbol_${i}_,_to",Category ${i % 40},tag${i % 50} other`);
  }
  files['symbol-info.csv'] = strToU8(rows.join('\n'));
  files['LICENSE.txt'] = strToU8('The Bench set\r\n=============\r\n\r\nCopyright 2026 Bench\r\n\r\nhttps://creativecommons.org/licenses/by-sa/4.0/\r\n');
  const zip = zipSync(files, { level: 6 });
  let progressEvents = 0;
  const t0 = performance.now();
  const unzipped = filesOfZip(zip);
  const t1 = performance.now();
  const analysis = analysePack(unzipped, 'Bench');
  const t2 = performance.now();
  const { pack } = await importPack(unzipped, analysis, 'Bench', '', () => progressEvents++);
  const t3 = performance.now();
  return {
    ms: t3 - t0,
    unzipMs: t1 - t0,
    analyseMs: t2 - t1,
    checkMs: t3 - t2,
    imported: pack.symbols.length,
    progressEvents,
    megabytes: bytes / 1e6,
    largestKb: largest / 1000,
    over100kb,
    workers: poolSize(),
  };
};
