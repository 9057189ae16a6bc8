/**
 * npm run export -- <file.signpost> -o <out.pdf> [--profile <file.profile.json>] [--passphrase <p>]
 *   [--cards 2|4|6|8|12|wallet] [--name Sam] [--date] [--password <pdf password>]
 *
 * The same layout and PDF modules as the app, in Node.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readSignpostFile, OpenFileError, writeSignpostFile } from '../storage/signpostFile';
import { exportPdf } from '../pdf/exportPdf';
import { NeedsPassphraseError, readProfileFile } from '../storage/profileFile';
import { WrongPassphraseError } from '../storage/protect';
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
    options: {
      out: { type: 'string', short: 'o' },
      cards: { type: 'string' },
      name: { type: 'string' },
      date: { type: 'boolean' },
      profile: { type: 'string' },
      passphrase: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const input = positionals[0];
  const sheet = parseSheet(values.cards);
  if (!input || !values.out || sheet === 'bad') {
    console.error(
      'Usage: npm run export -- <file.signpost> -o <out.pdf> [--profile <file.profile.json> [--passphrase <p>]] [--cards 2|4|6|8|12|wallet] [--name <first name>] [--date] [--password <pdf password>]',
    );
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
  let profile = null;
  if (values.profile) {
    try {
      profile = await readProfileFile(new Uint8Array(await readFile(values.profile)), values.passphrase);
    } catch (e) {
      if (e instanceof NeedsPassphraseError) console.error(`${values.profile}: this profile is protected; add --passphrase`);
      else if (e instanceof WrongPassphraseError) console.error(`${values.profile}: wrong passphrase`);
      else if (e instanceof OpenFileError) console.error(`${values.profile}: not a usable profile (${e.code}): ${e.message}`);
      else throw e;
      return 1;
    }
  }
  const footerNote = footerNoteOf(values.name ?? profile?.name, values.date ? new Date() : undefined, 'en-GB');
  const scene = await s.scene(doc, { sheet: sheet ?? undefined, footerNote, profile });
  // the source attached is written again from the opened document, so its pictures are the cleaned ones
  const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), source: writeSignpostFile(doc), sourceName: basename(input), deflate: nodeDeflate, password: values.password });
  await writeFile(values.out, pdf);
  console.error(`${values.out}: ${scene.pages.length} page(s), ${(pdf.length / 1024).toFixed(1)} KB in ${Math.round(performance.now() - t0)} ms`);
  return 0;
}

main().then((code) => process.exit(code));
