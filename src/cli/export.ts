/**
 * npm run export -- <file.signpost> -o <out.pdf> [--cards 2|4|6|8|12|wallet] [--name Sam] [--date]
 *
 * The same layout and PDF modules as the app, in Node.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readSignpostFile, OpenFileError } from '../storage/signpostFile';
import { exportPdf } from '../pdf/exportPdf';
import { nodeDeflate, nodeServices } from './nodeServices';
import { CARDS_PER_SHEET, type CardSheet } from '../layout/cards';
import { footerNoteOf } from '../layout/footer';

function parseSheet(v: string | undefined): CardSheet | null | 'bad' {
  if (v === undefined) return null;
  if (v === 'wallet') return { kind: 'wallet' };
  const n = Number(v);
  return (CARDS_PER_SHEET as readonly number[]).includes(n) ? { kind: 'grid', perSheet: n as (typeof CARDS_PER_SHEET)[number] } : 'bad';
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string', short: 'o' }, cards: { type: 'string' }, name: { type: 'string' }, date: { type: 'boolean' } },
  });
  const input = positionals[0];
  const sheet = parseSheet(values.cards);
  if (!input || !values.out || sheet === 'bad') {
    console.error('Usage: npm run export -- <file.signpost> -o <out.pdf> [--cards 2|4|6|8|12|wallet] [--name <first name>] [--date]');
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
  const footerNote = footerNoteOf(values.name, values.date ? new Date() : undefined, 'en-GB');
  const scene = await s.scene(doc, { sheet: sheet ?? undefined, footerNote });
  const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), source: bytes, sourceName: basename(input), deflate: nodeDeflate });
  await writeFile(values.out, pdf);
  console.error(`${values.out}: ${scene.pages.length} page(s), ${(pdf.length / 1024).toFixed(1)} KB in ${Math.round(performance.now() - t0)} ms`);
  return 0;
}

main().then((code) => process.exit(code));
