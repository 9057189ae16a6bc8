/**
 * The screenshots of the README's "First ten minutes": a new user, from the home screen to a
 * printed bail card, driven in Chromium against the dev server (`npx tsx
 * tests/readme/firstTenMinutes.ts`). Writes `public/readme/first-*.png`; look at them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'vite';
import { chromium, type Page } from 'playwright-core';

const OUT = join(import.meta.dirname, '..', '..', 'public', 'readme');
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const tmp = mkdtempSync(join(tmpdir(), 'signpost-readme-'));

/** A screenshot at 1366 × 768, scaled to 1024 wide, as the README's other pictures. */
async function shot(page: Page, name: string) {
  const raw = join(tmp, `${name}.png`);
  await page.waitForTimeout(400); // fonts, pictures and thumbnails settle
  await page.screenshot({ path: raw });
  execFileSync('convert', [raw, '-resize', '1024x', '-strip', join(OUT, `first-${name}.png`)]);
  console.log(`readme: first-${name}.png`);
}

/** Renders page 1 of a PDF at `dpi` into the README folder, with a thin border. */
function pdfPage(pdf: string, name: string, dpi: number) {
  execFileSync('pdftoppm', ['-r', String(dpi), '-f', '1', '-l', '1', '-png', pdf, join(tmp, name)]);
  const png = readdirSync(tmp).find((f) => f.startsWith(name) && f.endsWith('.png'))!;
  execFileSync('convert', [join(tmp, png), '-bordercolor', '#999999', '-border', '1', '-strip', join(OUT, `first-${name}.png`)]);
  console.log(`readme: first-${name}.png`);
}

const server = await createServer({ logLevel: 'error', server: { port: 0 } });
await server.listen();
const base = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
try {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(base);

  // 1. the home screen, empty
  await page.getByRole('button', { name: 'New document' }).waitFor();
  await shot(page, '1-home');

  // 2. a profile for the young person
  await page.getByRole('button', { name: 'Profiles…' }).click();
  await page.getByRole('button', { name: 'New profile' }).click();
  await page.getByRole('textbox', { name: 'Who to contact (for the passport)' }).fill('Jo Evans, youth justice worker: 01234 567890');
  await page.getByRole('textbox', { name: 'Help me by…' }).fill('Show me pictures. Give me time to answer.');
  await page.getByRole('combobox', { name: 'Reading level' }).selectOption('developing');
  // the name last, so the dialog shows its top
  await page.getByRole('textbox', { name: 'First name or initials' }).fill('Sam');
  await page.getByTestId('profile-preview').waitFor();
  await page.evaluate(() => document.querySelector('.dialog')?.scrollTo(0, 0));
  await shot(page, '2-profile');
  await page.getByRole('button', { name: 'Close' }).click();

  // 3. a bail card made for Sam
  await page.getByRole('button', { name: /^Sam/ }).click();
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('dialog', { name: 'Start a new document' }).waitFor();
  await page.locator('.template-preview').first().waitFor();
  await page.getByRole('button', { name: /^Bail conditions card/ }).hover();
  await shot(page, '3-gallery');
  await page.getByRole('button', { name: /^Bail conditions card/ }).click();

  // 4. Sam's own conditions: change a step's words, and take the picture for them
  await page.getByRole('region', { name: 'Page canvas' }).waitFor();
  await page.getByRole('button', { name: /^Grid \(\d+\)$/ }).click();
  await page.getByRole('textbox', { name: 'Words for item 2' }).fill('Sign in at the police station on Friday.');
  await page.getByRole('textbox', { name: 'Words for item 4' }).fill('Do not go to Hilltop Park.');
  // both steps' pictures were chosen for the template's words: take the pictures for Sam's
  for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Use the picture for these words' }).first().click();
  await page.evaluate(() => document.querySelector('.side-column')?.scrollTo(0, 0)); // the note at the top
  await shot(page, '4-editor');

  // 5. Export PDF: the pages as designed, with Sam's name and the date
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('checkbox', { name: /today’s date/ }).check();
  await shot(page, '5-export');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  const pdf = join(tmp, 'bail.pdf');
  await download.saveAs(pdf);
  pdfPage(pdf, '6-printed', 60);

  // and as wallet cards to carry (the template's note says how)
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByRole('radio', { name: /Wallet cards/ }).check();
  const [wallet] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
  const walletPdf = join(tmp, 'wallet.pdf');
  await wallet.saveAs(walletPdf);
  pdfPage(walletPdf, '7-wallet', 60);
  writeFileSync(join(tmp, 'done'), String(readFileSync(pdf).length));

  // back home: Sam's documents, each saying who it is for
  await page.getByRole('button', { name: 'Documents' }).click();
  await page.getByRole('button', { name: 'Open: My bail conditions' }).waitFor();
  await shot(page, '8-home');
} finally {
  await browser.close();
  await server.close();
}
