/** Benchmarks in headless Chromium: dragging one of 300 symbols; initial JavaScript size. */
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import os from 'node:os';
import type { Row } from './nodeBench';
import { ms, percentile, kb } from './stats';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** The pack import figures (tests/bench/packBench.ts) on a page already at pack.html. */
async function packBench(packPage: import('playwright-core').Page) {
  await packPage.waitForFunction(() => typeof window.runPackBench === 'function');
  // a small run first: the dev server transforms the worker's modules once, as a built app has them ready
  await packPage.evaluate(() => window.runPackBench(40));
  return packPage.evaluate(() => window.runPackBench(3500));
}

/** The pack import benchmark alone (npx tsx tests/bench/browserBench.ts pack). */
export async function packBenchAlone(): Promise<Row[]> {
  const server = await createServer({ server: { port: 0, strictPort: false }, logLevel: 'error' });
  await server.listen();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.resolvedUrls!.local[0]}tests/bench/pack.html`);
    const pack = await packBench(page);
    return [[`Symbol pack import (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores): ${pack.imported} realistic SVGs, ${pack.megabytes.toFixed(0)} MB (unzip ${ms(pack.unzipMs, 0)}, analyse ${ms(pack.analyseMs, 0)}, check ${ms(pack.checkMs, 0)}, ${pack.workers} workers, ${pack.progressEvents} progress updates)`, `${(pack.ms / 1000).toFixed(1)} s`, '≤ 5 s']];
  } finally {
    await browser.close();
    await server.close();
  }
}

export async function canvasBench(): Promise<Row[]> {
  const server = await createServer({ server: { port: 0, strictPort: false }, logLevel: 'error' });
  await server.listen();
  const url = server.resolvedUrls!.local[0];
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${url}tests/bench/canvas.html`);
    // on a fresh checkout Vite may find a dependency to optimise and reload the page once
    let ready: Awaited<typeof window.benchReady> | undefined;
    for (let attempt = 0; !ready; attempt++) {
      try {
        ready = await page.evaluate(() => window.benchReady);
      } catch (e) {
        if (attempt >= 3 || !String(e).includes('context was destroyed')) throw e;
        await page.waitForLoadState('load');
      }
    }
    const { buildMs, target } = ready;
    await page.mouse.move(target.x, target.y);
    await page.mouse.down();
    await page.evaluate(() => window.benchFrames());
    // 240 moves of 2 px, one per frame, as a hand would drag
    for (let i = 1; i <= 240; i++) {
      await page.mouse.move(target.x + i * 2, target.y + i);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
    }
    const { work, intervals } = await page.evaluate(() => window.benchFrames());
    await page.mouse.up();
    const busy = work.filter((w) => w > 0);
    const packPage = await browser.newPage();
    await packPage.goto(`${url}tests/bench/pack.html`);
    const pack = await packBench(packPage);
    return [
      ['Canvas: 300 symbols, build + first draw (Chromium)', ms(buildMs, 0), '—'],
      ['Canvas: drag one of 300, work per frame p50 (Chromium)', ms(percentile(busy, 50)), '—'],
      ['Canvas: drag one of 300, work per frame p95 (Chromium)', ms(percentile(busy, 95)), '≤ 16 ms'],
      ['Canvas: drag one of 300, frame interval p95 (Chromium)', ms(percentile(intervals, 95), 1), '—'],
      [
        // the machine's load average beside it: on a shared machine the figure is mostly other work
        `Symbol pack import (load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores): ${pack.imported} SVGs of realistic size (${pack.megabytes.toFixed(0)} MB, mean ${((pack.megabytes * 1000) / pack.imported).toFixed(1)} KB, ${pack.over100kb} over 100 KB, largest ${pack.largestKb.toFixed(0)} KB, \`<style>\` blocks) with a CSV: unzip ${ms(pack.unzipMs, 0)}, analyse ${ms(pack.analyseMs, 0)}, sanitise and check ${ms(pack.checkMs, 0)} in ${pack.workers} workers (Chromium, ${pack.progressEvents} progress updates)`,
        `${(pack.ms / 1000).toFixed(1)} s`,
        '≤ 5 s',
      ],
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The chunks a built chunk imports statically (`import … from "./x.js"`), found in its text. */
function staticImports(file: string): string[] {
  const text = readFileSync(join('dist', file), 'utf8');
  return [...text.matchAll(/(?:^|[;}\s])import\s*(?:[\w${}\s,*]+from\s*)?["']\.\/([^"']+\.js)["']/g)].map((m) => join('assets', m[1]));
}

/** The files and every chunk they import statically, transitively: what loads with them. */
function withStaticImports(files: string[]): Set<string> {
  const seen = new Set<string>();
  const todo = [...files];
  for (let f = todo.pop(); f !== undefined; f = todo.pop()) {
    if (seen.has(f)) continue;
    seen.add(f);
    todo.push(...staticImports(f));
  }
  return seen;
}

/**
 * Builds the app and sums the gzipped JavaScript that index.html loads before any
 * interaction, then what opening a document adds: the editor chunk and the chunks it imports
 * statically (shared chunks the home screen has not loaded already).
 */
export function bundleBench(): Row[] {
  // a Vite dev server earlier in this process sets NODE_ENV=development: build for production
  execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  const html = readFileSync(join('dist', 'index.html'), 'utf8');
  const home = withStaticImports([...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]));
  const gz = (f: string) => gzipSync(readFileSync(join('dist', f)), { level: 9 }).length;
  let total = 0;
  for (const f of home) total += gz(f);
  const editorChunks = readdirSync(join('dist', 'assets'))
    .filter((f) => f.startsWith('EditorScreen-') && f.endsWith('.js'))
    .map((f) => join('assets', f));
  if (editorChunks.length === 0) throw new Error('no EditorScreen chunk in dist/assets');
  let editor = 0;
  for (const f of withStaticImports(editorChunks)) if (!home.has(f)) editor += gz(f);
  return [
    ['Initial JavaScript, gzipped (home screen; symbols, pdf-lib and fonts load later)', kb(total), '≤ 300 KB'],
    ['… plus the editor chunk and the chunks it imports, loaded when a document opens', kb(total + editor), '≤ 300 KB'],
  ];
}
