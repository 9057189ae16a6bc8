/**
 * npm run bench: prints the figures the issues name as a Markdown table.
 */
import os from 'node:os';
import { pdfBench, searchBench, type Row } from './nodeBench';
import { bundleBench, canvasBench } from './browserBench';
import { typingBench } from './typingBench';

async function main() {
  const rows: Row[] = [];
  // PDF first, while the heap is small: its timings are the most sensitive to GC
  const pdf = await pdfBench();
  rows.push(...(await searchBench()));
  rows.push(...pdf);
  rows.push(...(await canvasBench()));
  rows.push(...bundleBench());
  rows.push(...(await typingBench()));
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  console.log(`\nSignpost benchmarks — ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}\n`);
  console.log('| figure | value | goal |');
  console.log('| --- | --- | --- |');
  for (const [a, b, c] of rows) console.log(`| ${a} | ${b} | ${c} |`);
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
