/**
 * The built app, served by `vite preview` and driven in Chromium: it asks nothing of any
 * other origin, says so in its Content-Security-Policy, works offline once loaded, and
 * axe-core finds no serious or critical accessibility problem on any screen.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, preview, type PreviewServer } from 'vite';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync } from 'node:fs';

const require = createRequire(import.meta.url);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
let server: PreviewServer;
let browser: Browser;
let base: string;

beforeAll(async () => {
  await build({ logLevel: 'error', build: { outDir: 'dist' } });
  server = await preview({ preview: { port: 0 }, logLevel: 'error' });
  base = server.resolvedUrls!.local[0];
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  mkdirSync('tests/output', { recursive: true });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run: () => Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(),
  );
  expect(result.passes.length).toBeGreaterThan(10); // axe really ran
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
}

/**
 * Resolves once the page's requests go through the service worker: its cache is full
 * (`ready`: installed, every precache entry fetched) and it has claimed this page.
 */
async function untilControlled(page: Page): Promise<void> {
  const claimed = await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (navigator.serviceWorker.controller) return true;
    // activation claims the page a moment after `ready`; without clientsClaim it never does
    return new Promise<boolean>((resolve) => {
      navigator.serviceWorker.addEventListener('controllerchange', () => resolve(true), { once: true });
      setTimeout(() => resolve(!!navigator.serviceWorker.controller), 20_000);
    });
  });
  expect(claimed, 'the service worker is active but does not control the page that installed it').toBe(true);
}

/** Waits for the editor; if the page shows something else, fails saying what (with a screenshot). */
async function editorOrWhyNot(page: Page, shot: string): Promise<void> {
  const editor = page.getByRole('textbox', { name: 'Document title' });
  // "Not opened again", or the recovery screen when a chunk failed to load
  const instead = page.getByRole('alertdialog').or(page.getByRole('heading', { name: 'Something went wrong in the editor' }));
  await editor.or(instead).first().waitFor({ timeout: 60_000 }).catch(() => {});
  if (await editor.isVisible()) return;
  await page.screenshot({ path: `tests/output/${shot}.png` });
  const text = (await page.locator('body').innerText()).slice(0, 400);
  throw new Error(`the editor did not come back; page text: ${text}`);
}

describe('built app', () => {
  it('stays on its own origin, is accessible, and works offline', async () => {
    // bypassCSP only lets the test inject axe-core; the policy itself is checked below
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    const foreign: string[] = [];
    page.on('request', (r) => {
      const u = new URL(r.url());
      if (!['data:', 'blob:'].includes(u.protocol) && u.origin !== new URL(base).origin) foreign.push(r.url());
    });
    await page.goto(base);
    await page.getByRole('button', { name: 'New document' }).waitFor();
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: 'tests/output/home-empty.png' });

    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('dialog', { name: 'Start a new document' }).waitFor();
    await page.locator('.template-preview').first().waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: 'tests/output/gallery.png' });
    await page.getByRole('button', { name: /^Blank page/ }).click();
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('police');
    await page.getByRole('button', { name: 'police', exact: true }).click(); // the curated term: the police officer's picture
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('');
    await page.getByRole('region', { name: 'Page canvas' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: 'tests/output/editor.png' });

    // the dialogs too
    await page.getByRole('button', { name: 'Profiles…' }).click();
    await page.getByRole('button', { name: 'New profile' }).click();
    await page.getByRole('textbox', { name: 'First name or initials' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Symbol packs…' }).click();
    await page.getByRole('dialog', { name: 'Symbol packs' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('dialog', { name: 'Export PDF' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'Cancel' }).click();

    // reload with no network: the editor comes back from the service worker's cache. This page
    // has had the editor open for seconds, so the reload cannot land while the app is still
    // opening the document (an online reload first, as this test once did, can: the app then
    // takes the interrupted opening for a crash and shows "Not opened again" instead)
    await untilControlled(page);
    await context.setOffline(true);
    await page.reload();
    await editorOrWhyNot(page, 'offline-reload-failed');
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('school');
    await page.getByRole('button', { name: 'school', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { Konva: { stages: { find: (s: string) => unknown[] }[] } }).Konva.stages[0].find('.element').length === 2);
    expect(foreign).toEqual([]);
    await context.close();
  }, 180_000);

  it('works offline straight after a first visit, without a reload', async () => {
    // a first visit installs the service worker; once its cache is full, losing the network
    // must not stop the editor (its chunks, the templates and the symbols load lazily)
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: 'New document' }).waitFor();
    // the cache is full; activation claims the page a moment later (if it does not, what the
    // editor shows offline below says why this matters)
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(() => !!navigator.serviceWorker.controller, null, { timeout: 20_000 }).catch(() => {});
    await context.setOffline(true);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^Blank page/ }).click();
    await editorOrWhyNot(page, 'offline-first-visit-failed');
    await page.getByRole('searchbox', { name: 'Search symbols' }).fill('school');
    await page.getByRole('button', { name: 'school', exact: true }).click();
    await page.waitForFunction(() => (window as unknown as { Konva: { stages: { find: (s: string) => unknown[] }[] } }).Konva.stages[0].find('.element').length === 1);
    await context.close();
  }, 120_000);

  it('keeps an edit typed just before the tab reloads or closes', async () => {
    // no wait for "Saved" after the last edit: the page goes while the save is still pending
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    let page = await context.newPage();
    await page.goto(base);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^Blank page/ }).click();
    await editorOrWhyNot(page, 'edit-before-reload-open-failed');
    const title = () => page.getByRole('textbox', { name: 'Document title' });
    await title().fill('First title');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await title().fill('Typed just before a reload');
    await page.reload();
    await editorOrWhyNot(page, 'edit-before-reload-failed');
    expect(await title().inputValue()).toBe('Typed just before a reload');

    const where = page.url();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await title().fill('Typed just before the tab closed');
    await page.close({ runBeforeUnload: true });
    page = await context.newPage();
    await page.goto(where);
    await editorOrWhyNot(page, 'edit-before-close-failed');
    expect(await title().inputValue()).toBe('Typed just before the tab closed');
    await context.close();
  }, 120_000);

  it('in Urdu: the interface is mirrored, accessible, and kept after a reload', async () => {
    const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByRole('combobox', { name: 'Language of Signpost' }).selectOption('ur');
    await page.getByRole('button', { name: 'نئی دستاویز' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['ur', 'rtl']);
    expect(await axe(page)).toEqual([]);
    await page.getByRole('button', { name: 'نئی دستاویز' }).click();
    await page.getByRole('button', { name: /^خالی صفحہ/ }).click();
    await page.getByRole('region', { name: 'صفحے کا کینوس' }).waitFor();
    expect(await axe(page)).toEqual([]);
    await page.screenshot({ path: 'tests/output/editor-ur.png' });
    await page.reload();
    await page.getByRole('button', { name: 'دستاویزات' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await context.close();
  }, 60_000);
});
