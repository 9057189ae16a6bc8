/**
 * npm run export -- <file.signpost> -o <out.pdf>
 *
 * The same layout and PDF modules as the app, in Node.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readSignpostFile, OpenFileError } from '../storage/signpostFile';
import { exportPdf } from '../pdf/exportPdf';
import { nodeDeflate, nodeServices } from './nodeServices';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { out: { type: 'string', short: 'o' } } });
  const input = positionals[0];
  if (!input || !values.out) {
    console.error('Usage: npm run export -- <file.signpost> -o <out.pdf>');
    return 2;
  }
  const bytes = new Uint8Array(await readFile(input));
  let doc;
  try {
    doc = readSignpostFile(bytes);
  } catch (e) {
    if (e instanceof OpenFileError) {
      console.error(`${input}: cannot open (${e.code}): ${e.message}`);
      return 1;
    }
    throw e;
  }
  const s = await nodeServices();
  const t0 = performance.now();
  const scene = await s.scene(doc);
  const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), source: bytes, sourceName: basename(input), deflate: nodeDeflate });
  await writeFile(values.out, pdf);
  console.error(`${values.out}: ${scene.pages.length} page(s), ${(pdf.length / 1024).toFixed(1)} KB in ${Math.round(performance.now() - t0)} ms`);
  return 0;
}

main().then((code) => process.exit(code));
