/**
 * Typing in the title of a 100-page document with 300 symbols a page, in the built app
 * (production React) in headless Chromium: time from each key to the next frame.
 */
import { preview } from 'vite';
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { gridDoc } from '../helpers/sampleDocs';
import type { Row } from './nodeBench';
import { ms, percentile } from './stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

declare global {
  interface Window {
    keyLatency: number[];
  }
}

/** Needs `dist/` (bundleBench builds it). */
export async function typingBench(): Promise<Row[]> {
  const file = join(mkdtempSync(join(tmpdir(), 'signpost-bench-')), 'big.signpost');
  writeFileSync(file, writeSignpostFile(gridDoc(100, 300, ['1F46E', '1F3E0', '1F6B2', '1F4DE', '1F3EB'])));
  const server = await preview({ preview: { port: 0 }, logLevel: 'error' });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(server.resolvedUrls!.local[0]);
    await page.getByLabel('Open file…').first().setInputFiles(file);
    const title = page.getByRole('textbox', { name: 'Document title' });
    await title.waitFor();
    await page.waitForFunction(() => document.querySelectorAll('.page-thumb').length === 100);
    await title.click();
    await page.evaluate(() => {
      window.keyLatency = [];
      document.addEventListener('keydown', () => {
        const t0 = performance.now();
        // the key's work is done when the frame after it has been drawn
        requestAnimationFrame(() => setTimeout(() => window.keyLatency.push(performance.now() - t0)));
      });
    });
    for (const ch of 'Bail conditions for Sam') {
      await page.keyboard.type(ch);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => setTimeout(r))));
    }
    const lat = await page.evaluate(() => window.keyLatency);
    return [
      ['Typing in the title of a 100-page × 300-symbol document, key to next frame p50 (built app, Chromium)', ms(percentile(lat, 50), 0), '—'],
      ['… p95', ms(percentile(lat, 95), 0), '≤ 50 ms'],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
