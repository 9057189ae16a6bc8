/**
 * npm run export -- <file.signpost> -o <out.pdf> [--profile <file.profile.json>] [--passphrase <p>] [--strict]
 *   [--cards 2|4|6|8|12|wallet] [--name Sam] [--date] [--password <pdf password>]
 * npm run export -- <file.signpost> --html -o <out.html> [--profile …] [--name Sam] [--date]
 *
 * The same layout, PDF and phone-page modules as the app, in Node.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { readSignpostFile, OpenFileError, writeSignpostFile } from '../storage/signpostFile';
import { exportPdf } from '../pdf/exportPdf';
import { NeedsPassphraseError, readProfileFile } from '../storage/profileFile';
import { ProtectionSettingsError, WrongPassphraseError } from '../storage/protect';
import { nodeDeflate, nodeServices } from './nodeServices';
import { CARDS_PER_SHEET, type CardSheet } from '../layout/cards';
import { footerNoteOf } from '../layout/footer';
import { overflowing } from '../layout/overflow';
import { avoidWarningsAsDrawn } from '../layout/checks';
import { phonePage } from '../phone/phonePage';
import { readerWords } from '../i18n';

function parseSheet(v: string | undefined): CardSheet | null | 'bad' {
  if (v === undefined) return null;
  if (v === 'wallet') return { kind: 'wallet' };
  const n = Number(v);
  return (CARDS_PER_SHEET as readonly number[]).includes(n) ? { kind: 'grid', perSheet: n as (typeof CARDS_PER_SHEET)[number] } : 'bad';
}

/** Bad input, reported as one plain line and exit code 1. */
class InputError extends Error {}

/** One plain line for an error on `file`: what is wrong and, where it helps, what to do. */
function plainReason(file: string, e: unknown): string {
  if (e instanceof InputError) return e.message;
  if (e instanceof OpenFileError) return `${file}: cannot open (${e.code}): ${e.message}`;
  if (e instanceof NeedsPassphraseError) return `${file}: this profile is protected; add --passphrase`;
  if (e instanceof WrongPassphraseError) return `${file}: wrong passphrase`;
  if (e instanceof ProtectionSettingsError) return `${file}: ${e.message}; export the profile again from Signpost`;
  const code = (e as { code?: unknown })?.code;
  if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES') return `${file}: cannot read (${code})`;
  const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return `${file}: could not export: ${message.split('\n')[0].slice(0, 300)}`;
}

/** Runs one step on one input file, turning any failure into an InputError naming the file. */
async function step<T>(file: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    throw new InputError(plainReason(file, e));
  }
}

const USAGE =
  'Usage: npm run export -- <file.signpost> -o <out.pdf> [--profile <file.profile.json> [--passphrase <p>]] [--cards 2|4|6|8|12|wallet] [--name <first name>] [--date] [--password <pdf password>] [--strict]\n' +
  '       npm run export -- <file.signpost> --html -o <out.html> [--profile <file.profile.json> [--passphrase <p>]] [--name <first name>] [--date] [--strict]';

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
      strict: { type: 'boolean' },
      html: { type: 'boolean' },
    },
  });
  const input = positionals[0];
  const sheet = parseSheet(values.cards);
  // a phone page is the pages as designed, with no password
  if (!input || !values.out || sheet === 'bad' || (values.html && (sheet || values.password !== undefined))) {
    console.error(USAGE);
    return 2;
  }
  const doc = await step(input, async () => readSignpostFile(new Uint8Array(await readFile(input))));
  const profilePath = values.profile;
  const profile = profilePath ? await step(profilePath, async () => readProfileFile(new Uint8Array(await readFile(profilePath)), values.passphrase)) : null;
  const s = await nodeServices();
  const t0 = performance.now();
  const footerNote = footerNoteOf(values.name ?? profile?.name, values.date ? new Date() : undefined, 'en-GB');
  const scene = await step(input, () => s.scene(doc, { sheet: sheet ?? undefined, footerNote, profile }));
  // nothing prints cut off without saying so
  // words and symbols the young person's profile avoids, as the app lists them before export
  for (const w of avoidWarningsAsDrawn(doc, profile, s.deps)) console.error(`${input}: page ${w.pageIndex + 1}: "${w.match}" is on ${profile?.name}'s list of things to avoid${w.reason ? ` (${w.reason})` : ''}`);
  const cut = overflowing(scene.pages);
  for (const o of cut) console.error(`${input}: page ${o.pageIndex + 1}: ${o.title ? 'the title heading and something in its place would print over each other' : `element ${o.elementId} does not fit its box`}`);
  if (cut.length && values.strict) {
    console.error(`${input}: ${cut.length} element(s) do not fit; nothing written (--strict)`);
    return 3;
  }
  const words = await readerWords(doc.language);
  const pdf = await step(input, async () => {
    const fonts = await s.fontBytes(scene.fonts);
    if (values.html) return { bytes: new TextEncoder().encode(await phonePage(scene, { fonts, strings: words.phone, words: words.pictures })), pages: scene.pages.length };
    // the source attached is written again from the opened document, so its pictures are the cleaned ones
    return { bytes: await exportPdf(scene, { fonts, source: writeSignpostFile(doc), sourceName: basename(input), deflate: nodeDeflate, password: values.password, words: words.pictures }), pages: scene.pages.length };
  });
  await step(values.out, () => writeFile(values.out!, pdf.bytes));
  console.error(`${values.out}: ${values.html ? 'phone page of ' : ''}${pdf.pages} page(s), ${(pdf.bytes.length / 1024).toFixed(1)} KB in ${Math.round(performance.now() - t0)} ms`);
  return 0;
}

// bad input is one plain line on stderr and a non-zero exit, never a stack trace
main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e instanceof InputError ? e.message : plainReason('export', e));
    process.exit(1);
  },
);
