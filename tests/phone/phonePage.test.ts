/**
 * The phone page (issue 16), opened in Chromium from a `file:` URL with the network cut:
 * no request of any kind, its own Content-Security-Policy obeyed, its fonts loaded from
 * inside it, nothing serious for axe-core, every row's words and picture names in reading
 * order (English, Urdu, bilingual), and reading aloud through a stubbed speechSynthesis that
 * records each line with its language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { createRequire } from 'node:module';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { phonePage } from '../../src/phone/phonePage';
import { subsetFont } from '../../src/phone/fontSubset';
import { readerWords } from '../../src/i18n';
import { generatedFile } from '../../src/symbols/nodeLoader';
import { figureName, readingItems } from '../../src/layout/reading';
import type { Scene } from '../../src/layout/scene';
import { createDocument, createSymbolCard, createTextBox } from '../../src/model/factory';
import type { SignpostDocument } from '../../src/model/schema';
import { BAIL_CONDITIONS, bailEasyRead } from '../helpers/sampleDocs';
import { emerging, highContrast, nineCards } from '../helpers/profiles';
import type { Profile } from '../../src/model/profile';
import { readBoardSet } from '../../src/storage/obf';
import { documentFromBoardSet } from '../../src/model/boardDocument';
import { boardSetObz, pagesOf } from '../helpers/obfFixtures';

const require = createRequire(import.meta.url);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const URDU = 'تم گھر پر رہو۔ تم پیر کو عدالت جاؤ۔ تم پارک میں نہیں جا سکتے۔ Sam کو 7:30 بجے اپنے وکیل سے ملو۔';

let s: NodeServices;
let browser: Browser;
/** The reader's words of the documents' languages. */
const WORDS = new Map<string, Awaited<ReturnType<typeof readerWords>>>();
const dir = mkdtempSync(join(tmpdir(), 'signpost-phone-'));

beforeAll(async () => {
  s = await nodeServices();
  for (const l of ['en-GB', 'ur']) WORDS.set(l, await readerWords(l));
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ARGS });
  mkdirSync('tests/output', { recursive: true });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

function bilingual(): SignpostDocument {
  const d = { ...createDocument('Stay safe', new Date('2026-01-01T00:00:00Z')), language: 'en-GB', secondLanguage: 'cy' };
  const head = { ...createTextBox('Stay safe', 12, 12), id: 'h', fontSize: 28, bold: true, width: 186, height: 16, text2: 'Cadw’n ddiogel' };
  const home = { ...createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'Stay at home', 20, 40, 60), id: 'c1', caption2: 'Aros gartref' };
  const park = { ...createSymbolCard({ set: 'openmoji', id: '1F3DE' }, 'Go to the park', 100, 40, 60), id: 'c2', caption2: 'Mynd i’r parc', modifier: 'not' as const };
  return { ...d, pages: [{ ...d.pages[0], elements: [head, home, park] }] };
}

const DOCS: Record<string, () => SignpostDocument> = {
  english: () => bailEasyRead(),
  urdu: () => bailEasyRead(URDU, 'ur'),
  bilingual,
};

/** Writes a document's phone page to a file; returns its path, its scene and its bytes. */
async function exported(name: string, doc: SignpostDocument, profile: Profile | null = null): Promise<{ path: string; scene: Scene; html: string }> {
  const scene = await s.scene(doc, { footerNote: 'Sam · 1 December 2026', profile });
  const words = await readerWords(doc.language);
  const html = await phonePage(scene, { fonts: await s.fontBytes(scene.fonts), words: words.pictures, strings: words.phone });
  const path = join(dir, `${name}.html`);
  writeFileSync(path, html);
  return { path, scene, html };
}

/** A context in which nothing can leave: every request is refused and recorded. */
async function sealed(options: { bypassCSP?: boolean; speech?: string } = {}): Promise<{ context: BrowserContext; page: Page; requests: string[]; violations: () => Promise<string[]> }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, bypassCSP: options.bypassCSP ?? false, offline: true });
  const requests: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    requests.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !requests.includes(r.url())) requests.push(r.url());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) => seen.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  if (options.speech) await page.addInitScript(options.speech);
  return { context, page, requests, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

/**
 * A stand-in for the device's speech: records each utterance's words and language and which
 * row was highlighted as it was spoken, and ends each at once.
 */
const speechStub = (voices: string[]) => `
  window.__spoken = [];
  const stub = {
    speak(u) {
      const lit = document.querySelector('.speaking');
      window.__spoken.push({ text: u.text, lang: u.lang, row: lit ? lit.id : null });
      setTimeout(() => u.onend && u.onend(new Event('end')), 0);
    },
    cancel() {},
    getVoices() { return ${JSON.stringify(voices)}.map((lang) => ({ lang, name: lang, default: false, localService: true, voiceURI: lang })); },
    addEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: stub, configurable: true });
`;

const NO_SPEECH = `Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true });`;

/** What each row shows, in page order: its lines (with their language) and its pictures' names. */
async function rowsOnPage(page: Page) {
  return page.$$eval('[data-unit]', (units) =>
    units.map((u) => ({
      id: u.id,
      lines: [...u.querySelectorAll('[data-line]')].map((l) => ({ text: (l.textContent ?? '').replace(/\s+/g, ' ').trim(), lang: l.closest('[lang]')!.getAttribute('lang') })),
      pictures: [...u.querySelectorAll('svg[role=img]')].map((p) => p.getAttribute('aria-label')),
    })),
  );
}

/** The words and picture names a reader meets in the scene, in reading order (as the tagged PDF reads it). */
function expectedFromScene(scene: Scene, language: string) {
  const words = WORDS.get(language)!.pictures;
  const lines: { text: string; lang: string }[] = [];
  const pictures: string[] = [];
  for (const page of scene.pages) {
    for (const r of readingItems(page)) {
      for (const g of r.groups) {
        for (const i of g.parts) {
          const p = r.item.parts[i];
          if (p.role === 'figure') pictures.push(figureName(p, words));
          else if (p.text?.trim() && !r.item.words) lines.push({ text: p.text.replace(/\s+/g, ' ').trim(), lang: p.second ? scene.secondLanguage! : scene.language });
        }
      }
    }
  }
  return { lines, pictures };
}

async function axe(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const result = await page.evaluate(async () =>
    (window as unknown as { axe: { run: () => Promise<{ passes: unknown[]; violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run(),
  );
  expect(result.passes.length).toBeGreaterThan(10); // axe really ran
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}, ${v.nodes.length})`);
}

describe('phone page', () => {
  it.each(Object.keys(DOCS))('%s: opens from a file with the network cut, makes no request, obeys its own policy and loads its fonts', async (name) => {
    const { path, html } = await exported(name, DOCS[name]());
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/)/);
    const { context, page, requests, violations } = await sealed({ speech: speechStub(['en-GB', 'cy-GB', 'ur-PK']) });
    await page.goto(`file://${path}`);
    // a face the policy refused, or the browser's font checker rejected, fails to load
    const faces = await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load().then(() => `${f.family} ${f.weight} ${f.status}`, () => `${f.family} ${f.weight} error`))));
    expect(faces.length).toBeGreaterThan(0);
    for (const f of faces) expect(f).toMatch(/loaded$/);
    // the page's own script ran under the policy: it set up the buttons
    await page.getByRole('button', { name: (await readerWords(DOCS[name]().language)).phone.readAll }).click();
    await page.waitForFunction(() => (window as unknown as { __spoken: unknown[] }).__spoken.length > 0);
    expect(requests).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
  }, 60_000);

  it.each(Object.keys(DOCS))('%s: axe-core finds nothing serious or critical', async (name) => {
    const { path } = await exported(name, DOCS[name]());
    // bypassCSP only lets the test inject axe-core; the policy itself is checked above
    const { context, page } = await sealed({ bypassCSP: true, speech: speechStub(['en-GB']) });
    await page.goto(`file://${path}`);
    expect(await axe(page)).toEqual([]);
    await context.close();
  }, 60_000);

  it.each(Object.keys(DOCS))('%s: shows every row’s words and every picture’s name, in reading order', async (name) => {
    const doc = DOCS[name]();
    const { path, scene } = await exported(name, doc);
    const { context, page } = await sealed({ speech: speechStub(['en-GB']) });
    await page.goto(`file://${path}`);
    const rows = await rowsOnPage(page);
    const want = expectedFromScene(scene, doc.language);
    const lang = (l: string) => (l === doc.language ? doc.language : l);
    expect(rows.flatMap((r) => r.lines).map((l) => ({ text: l.text, lang: lang(l.lang!) }))).toEqual(want.lines);
    expect(rows.flatMap((r) => r.pictures)).toEqual(want.pictures);
    if (name === 'english') {
      // one row per Easy Read sentence, its picture with it; the forbidden park says so
      const sentences = BAIL_CONDITIONS.match(/[^.]+\./g)!.map((x) => x.trim());
      const body = rows.filter((r) => r.pictures.length);
      expect(body.map((r) => r.lines[0].text)).toEqual(sentences);
      expect(body[5].pictures).toEqual(['national park: not allowed']);
      expect(rows[0].lines[0].text).toBe('My bail conditions');
    }
    if (name === 'urdu') {
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      expect(rows.filter((r) => r.pictures.length).map((r) => r.lines[0].text)).toEqual(URDU.match(/[^۔]+۔/g)!.map((x) => x.trim()));
      // the first row's picture is on the right of its words
      const first = page.locator('.row').first();
      const pic = await first.locator('svg[role=img]').boundingBox();
      const words = await first.locator('.text').boundingBox();
      expect(pic!.x).toBeGreaterThan(words!.x);
    }
    if (name === 'bilingual') {
      expect(rows.map((r) => r.lines.map((l) => `${l.lang}:${l.text}`))).toEqual([
        ['en-GB:Stay safe', 'cy:Cadw’n ddiogel'],
        ['en-GB:Stay at home', 'cy:Aros gartref'],
        ['en-GB:Go to the park', 'cy:Mynd i’r parc'],
      ]);
      expect(rows[2].pictures).toEqual(['national park: not allowed']);
    }
    await context.close();
  }, 60_000);

  it.each(Object.keys(DOCS))('%s: reads aloud each row’s words in their language, highlighting the row being read', async (name) => {
    const doc = DOCS[name]();
    const { path, scene } = await exported(name, doc);
    const { context, page } = await sealed({ speech: speechStub(['en-GB', 'cy-GB', 'ur-PK']) });
    await page.goto(`file://${path}`);
    const rows = await rowsOnPage(page);
    await page.getByRole('button', { name: (await readerWords(doc.language)).phone.readAll }).click();
    const total = rows.reduce((n, r) => n + r.lines.length, 0);
    await page.waitForFunction((n) => (window as unknown as { __spoken: unknown[] }).__spoken.length >= n, total);
    const spoken = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string; row: string }[] }).__spoken);
    expect(spoken.map(({ text, lang }) => ({ text, lang }))).toEqual(rows.flatMap((r) => r.lines.map((l) => ({ text: l.text, lang: l.lang }))));
    // each line was spoken while its own row was highlighted
    expect(spoken.map((x) => x.row)).toEqual(rows.flatMap((r) => r.lines.map(() => r.id)));
    if (name !== 'bilingual') expect(new Set(spoken.map((x) => x.lang))).toEqual(new Set([doc.language]));
    else expect(new Set(spoken.map((x) => x.lang))).toEqual(new Set(['en-GB', 'cy']));
    // the words read are the scene's words (symbol text as written)
    const want = expectedFromScene(scene, doc.language).lines.map((l) => l.text);
    for (const w of want) expect(spoken.map((x) => x.text)).toContain(w);
    // after reading, nothing stays highlighted
    await page.waitForFunction(() => !document.querySelector('.speaking'));

    // one row's button reads that row alone
    await page.evaluate(() => ((window as unknown as { __spoken: unknown[] }).__spoken.length = 0));
    const buttons = page.locator('[data-unit] button.say');
    const third = buttons.nth(Math.min(2, (await buttons.count()) - 1));
    await third.click();
    const rowId = await third.evaluate((b) => b.closest('[data-unit]')!.id);
    const row = rows.find((r) => r.id === rowId)!;
    await page.waitForFunction((n) => (window as unknown as { __spoken: unknown[] }).__spoken.length >= n, row.lines.length);
    await page.waitForTimeout(50);
    const once = await page.evaluate(() => (window as unknown as { __spoken: { text: string; lang: string }[] }).__spoken);
    expect(once.map(({ text, lang }) => ({ text, lang }))).toEqual(row.lines);
    await context.close();
  }, 60_000);

  it('says so when the phone has no voice for the language, and when it cannot speak at all', async () => {
    const { path } = await exported('urdu-no-voice', DOCS.urdu());
    const urdu = (await readerWords('ur')).phone;
    const { context, page } = await sealed({ speech: speechStub(['en-GB']) });
    await page.goto(`file://${path}`);
    const message = urdu.noVoice.replace('{{language}}', new Intl.DisplayNames(['ur'], { type: 'language' }).of('ur')!);
    await expect.poll(() => page.locator('#read-all .label').textContent()).toBe(message);
    for (const label of await page.locator('button.say .label').allTextContents()) expect(label).toBe(message);
    // the button says it cannot read (aria-disabled), but a tap still explains
    await page.locator('#read-all').dispatchEvent('click');
    await expect.poll(() => page.locator('#status').textContent()).toBe(message);
    expect(await page.evaluate(() => (window as unknown as { __spoken: unknown[] }).__spoken.length)).toBe(0);
    await context.close();

    // an English page on the same phone speaks (negative control)
    const english = await exported('english-voice', DOCS.english());
    const ok = await sealed({ speech: speechStub(['en-GB']) });
    await ok.page.goto(`file://${english.path}`);
    expect(await ok.page.locator('#read-all .label').textContent()).toBe((await readerWords('en')).phone.readAll);
    await ok.context.close();

    const mute = await sealed({ speech: NO_SPEECH });
    await mute.page.goto(`file://${english.path}`);
    expect(await mute.page.locator('#read-all .label').textContent()).toBe((await readerWords('en')).phone.noSpeech);
    expect(await mute.page.locator('#read-all').getAttribute('aria-disabled')).toBe('true');
    await mute.context.close();
  }, 60_000);

  it('is drawn through the young person’s profile: their font, text size, tint and contrast', async () => {
    const styleOf = async (profile: Profile | null) => {
      const { path } = await exported(`profile-${profile?.name ?? 'none'}`, nineCards(), profile);
      const { context, page } = await sealed({ speech: speechStub(['en-GB']) });
      await page.goto(`file://${path}`);
      await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load())));
      const look = await page.evaluate(() => {
        const p = document.querySelector('.row .main')!;
        const cs = getComputedStyle(p);
        return { size: cs.fontSize, color: cs.color, background: getComputedStyle(document.documentElement).backgroundColor, faces: [...document.fonts].map((f) => f.family) };
      });
      const html = readFileSync(path, 'utf8');
      await context.close();
      return { ...look, html };
    };
    const none = await styleOf(null);
    const ash = await styleOf(emerging()); // Lexend, cream paper
    const cal = await styleOf(highContrast()); // OpenDyslexic, black on white
    expect(none.background).toBe('rgb(255, 255, 255)');
    expect(ash.background).toBe('rgb(253, 246, 227)'); // cream
    expect(cal.background).toBe('rgb(255, 255, 255)');
    expect(cal.color).toBe('rgb(0, 0, 0)');
    expect(parseFloat(ash.size)).toBeGreaterThan(parseFloat(none.size)); // an emerging reader's larger text
    // each page carries its profile's font, cut down, and not the others
    const fontName = (html: string) => Buffer.from(html.match(/base64,([A-Za-z0-9+/=]+)\) format/)![1], 'base64').toString('latin1').replace(/\0/g, '');
    expect(fontName(ash.html)).toContain('Lexend');
    expect(fontName(cal.html)).toContain('OpenDyslexic');
    expect(fontName(none.html)).toContain('Atkinson');
    // nine cards, one row each, whatever the profile's most pictures on one page; the heading
    // each printed part repeats is said once (for Ash it is bold text, not a heading, in print)
    for (const p of [none, ash, cal]) {
      expect(p.html.match(/class="row"/g)).toHaveLength(9);
      expect(p.html.match(/data-line>My week</g)).toHaveLength(1);
      expect(p.html).toMatch(/<h1 data-unit id="r0"><span class="main" data-line>My week<\/span><\/h1>/);
    }
  }, 60_000);

  it('is no larger than 300 KB for a one-page document, its fonts cut down to the page', async () => {
    const onePage = bailEasyRead(BAIL_CONDITIONS.match(/[^.]+\./g)!.slice(0, 6).join(' '));
    const { html, scene, path } = await exported('one-page', onePage);
    expect(scene.pages).toHaveLength(1);
    expect(html.length).toBeLessThanOrEqual(300 * 1024);
    // the whole fonts would be several times the page's subsets (negative control)
    const whole = Object.values(await s.fontBytes(scene.fonts)).reduce((n, b) => n + b.length, 0);
    const faces = [...html.matchAll(/base64,([A-Za-z0-9+/=]+)\) format\('truetype'\)/g)].reduce((n, m) => n + (m[1].length * 3) / 4, 0);
    expect(faces).toBeLessThan(whole / 3);
    const urdu = await exported('one-page-urdu', bailEasyRead(URDU, 'ur'));
    expect(urdu.scene.pages).toHaveLength(1);
    expect(urdu.html.length).toBeLessThanOrEqual(300 * 1024);
    // the README's screenshot: the bail conditions at 390 × 844
    const { context, page } = await sealed({ speech: speechStub(['en-GB']) });
    await page.goto(`file://${(await exported('bail', bailEasyRead())).path}`);
    await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load())));
    await page.screenshot({ path: 'tests/output/phone-bail.png' });
    await context.close();
    expect(readFileSync(path, 'utf8')).toBe(html);
  }, 60_000);

  it('draws Urdu with its subset font exactly as with the whole font: the letters still join', async () => {
    const naskh = readFileSync(generatedFile('fonts/naskh.ttf'));
    // a time at the end of a line is set as Latin, with the colon's Latin form
    const text = `${URDU} تم گھر پر رہو۔ Sam 7:30`;
    const sub = subsetFont(new Uint8Array(naskh), text);
    expect(sub.length).toBeLessThan(naskh.length / 2);
    const face = (name: string, b: Uint8Array) => `@font-face{font-family:'${name}';src:url(data:font/ttf;base64,${Buffer.from(b).toString('base64')}) format('truetype')}`;
    // a subset made for fewer words misses letters of these
    const short = subsetFont(new Uint8Array(naskh), 'تم گھر پر رہو۔');
    const html = `<!DOCTYPE html><html lang="ur" dir="rtl"><head><meta charset="utf-8"><style>${face('whole', naskh)}${face('cut', sub)}${face('short', short)} p{font-size:24px;margin:0;padding:8px;width:350px}</style></head><body><p id="a" style="font-family:whole">${text}</p><p id="b" style="font-family:cut">${text}</p><p id="c" style="font-family:short">${text}</p><p id="d" style="font-family:monospace">${text}</p></body></html>`;
    const path = join(dir, 'fonts.html');
    writeFileSync(path, html);
    const { context, page } = await sealed({ bypassCSP: true });
    await page.goto(`file://${path}`);
    expect(await page.evaluate(() => Promise.all([...document.fonts].map((f) => f.load().then(() => f.status))))).toEqual(['loaded', 'loaded', 'loaded']);
    // loaded is not yet drawn: wait for the next frames
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const a = await page.locator('#a').screenshot();
    const b = await page.locator('#b').screenshot();
    const c = await page.locator('#c').screenshot();
    expect(Buffer.compare(a, b)).toBe(0);
    // a subset without some of the letters draws differently, and so does another font (negative controls)
    expect(Buffer.compare(a, c)).not.toBe(0);
    expect(Buffer.compare(a, await page.locator('#d').screenshot())).not.toBe(0);
    await context.close();
  }, 60_000);

  it('makes a board’s linked buttons links to their boards, named by where they go, that the keyboard can follow', async () => {
    // Home opens Food and Feelings; each of those leads back home
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    const { path } = await exported('board-set', doc);
    const { context, page, requests, violations } = await sealed({ speech: speechStub(['en-GB']) });
    await page.goto(`file://${path}`);
    const links = page.getByRole('link');
    expect(await links.evaluateAll((ls) => ls.map((l) => [(l.textContent ?? '').trim(), l.getAttribute('href')]))).toEqual([
      ['Go to Food', '#page-2'],
      ['Go to Feelings', '#page-3'],
      ['Go to Home', '#page-1'],
      ['Go to Home', '#page-1'],
    ]);
    // each link's accessible name says where it goes
    await expect.poll(() => page.getByRole('link', { name: 'Go to Feelings' }).count()).toBe(1);
    // from the top of the page, Tab reaches "Go to Feelings"; Enter follows it
    let tabs = 0;
    while (tabs++ < 30) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.textContent?.trim() === 'Go to Feelings')) break;
    }
    expect(tabs).toBeLessThan(30);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#page-3');
    // the board's heading shows below the sticky header, and the next Tab goes on from there
    const header = (await page.locator('header').boundingBox())!;
    const heading = (await page.getByRole('heading', { name: 'Feelings' }).boundingBox())!;
    expect(heading.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(heading.y).toBeLessThan(844);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('page-3');
    expect(await page.evaluate(() => document.activeElement?.closest('[data-unit]')?.textContent)).toContain('happy');
    // the way back home
    await page.getByRole('link', { name: 'Go to Home' }).last().click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#page-1');
    // a board in the middle of the page scrolls to the top, its heading clear of the sticky header
    await page.getByRole('link', { name: 'Go to Food' }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#page-2');
    const food = (await page.getByRole('heading', { name: 'Food' }).boundingBox())!;
    expect(await page.evaluate(() => scrollY)).toBeGreaterThan(0);
    expect(food.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
    expect(food.y).toBeLessThan(header.y + header.height + 60);
    expect(requests).toEqual([]);
    expect(await violations()).toEqual([]);
    await context.close();
    const checked = await sealed({ bypassCSP: true, speech: speechStub(['en-GB']) });
    await checked.page.goto(`file://${path}`);
    expect(await axe(checked.page)).toEqual([]);
    await checked.context.close();
  }, 60_000);
});
