import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { resolveStyle, avoidWarnings } from '../../src/profile/resolve';
import { layoutDocument } from '../../src/layout/layout';
import { layoutPassport } from '../../src/layout/passport';
import { exportPdf } from '../../src/pdf/exportPdf';
import { TINTS, type Profile } from '../../src/model/profile';
import type { Scene, TextPrim } from '../../src/layout/scene';
import { fontsOf } from '../../src/layout/runs';
import { emerging, fluent, highContrast, nineCards, TINY_PNG } from '../helpers/profiles';
import { pdfText, qpdfCheck } from '../helpers/pdfTools';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const captions = (scene: Scene) => scene.pages.map((p) => p.items.flatMap((i) => i.prims.filter((x): x is TextPrim => x.t === 'text')));
const layoutFor = async (p: Profile) => s.scene(nineCards(), { profile: p });

describe('one document, three profiles', () => {
  it('emerging: Lexend at 18–22 pt, four cards a page, cream paper, outline symbols', async () => {
    const scene = await layoutFor(emerging());
    expect(scene.pages).toHaveLength(3); // 9 cards, 4 per page
    expect(scene.pages.map((p) => p.items.filter((i) => i.prims.some((x) => x.t === 'symbol')).length)).toEqual([3, 3, 3]); // balanced: never 4, 4, 1
    for (const page of scene.pages) {
      expect(page.background).toBe(TINTS.cream);
      // the heading repeats on every part
      expect(page.items.some((i) => i.prims.some((x) => x.t === 'text' && x.text === 'My week'))).toBe(true);
    }
    const sizes = captions(scene).flat().filter((t) => t.text !== 'My week').map((t) => t.size);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(22);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(18);
    expect(new Set(captions(scene).flat().map((t) => t.font))).toEqual(new Set(['lexend']));
    const symbols = scene.pages.flatMap((p) => p.items.flatMap((i) => i.prims.filter((x) => x.t === 'symbol')));
    expect(symbols.every((x) => x.t === 'symbol' && x.key.endsWith('/black') && x.drawing)).toBe(true);
    // the arrow between the first two places goes with the pages that fill both (all three, balanced)
    expect(scene.pages.map((p) => p.items.some((i) => i.prims.some((x) => x.t === 'line')))).toEqual([true, true, true]);
  });

  it('fluent: Atkinson at 16 pt, all nine on one page, white paper', async () => {
    const scene = await layoutFor(fluent());
    expect(scene.pages).toHaveLength(1);
    const texts = captions(scene).flat().filter((t) => t.text !== 'My week');
    expect(new Set(texts.map((t) => t.font))).toEqual(new Set(['atkinson']));
    expect(Math.max(...texts.map((t) => t.size))).toBe(16);
    expect(scene.pages[0].background).toBe('#ffffff');
  });

  it('high contrast: OpenDyslexic, black text, captions above the picture, six a page', async () => {
    const scene = await layoutFor(highContrast());
    expect(scene.pages).toHaveLength(2);
    expect(scene.fonts).toContain('opendyslexic');
    for (const item of scene.pages[0].items) {
      const sym = item.prims.find((x) => x.t === 'symbol');
      const cap = item.prims.find((x): x is TextPrim => x.t === 'text');
      if (sym && cap) expect(cap.y).toBeLessThan(sym.y);
      for (const t of item.prims) if (t.t === 'text') expect(t.color).toBe('#000000');
    }
  });

  it('never rewrites the document', async () => {
    const doc = nineCards();
    const before = JSON.stringify(doc);
    await s.scene(doc, { profile: emerging() });
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('exports each version as a valid PDF with its own font embedded', async () => {
    for (const [p, font] of [
      [emerging(), 'Lexend'],
      [highContrast(), 'OpenDyslexic'],
    ] as const) {
      const scene = await layoutFor(p);
      const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
      qpdfCheck(pdf);
      expect(execFileSync('pdffonts', [save(pdf)], { encoding: 'utf8' })).toContain(font);
    }
  });
});

function save(pdf: Uint8Array): string {
  const f = join(mkdtempSync(join(tmpdir(), 'sp-')), 'x.pdf');
  writeFileSync(f, pdf);
  return f;
}

describe('personal vocabulary', () => {
  it("shows the young person's own photo or chosen symbol wherever the word is a caption", async () => {
    const p: Profile = {
      ...fluent(),
      photos: [{ id: 'mum', mime: 'image/png', data: TINY_PNG, width: 1, height: 1 }],
      vocabulary: [
        { phrase: 'Home', picture: { kind: 'photo', photoId: 'mum' } },
        { phrase: 'bus', picture: { kind: 'symbol', symbol: { set: 'openmoji', id: '1F68D' } } },
      ],
    };
    const scene = await layoutFor(p);
    const byCaption = (c: string) => scene.pages[0].items.find((i) => i.prims.some((x) => x.t === 'text' && x.text === c))!;
    expect(byCaption('Home').prims.some((x) => x.t === 'image' && x.key === 'photo/mum')).toBe(true);
    expect(byCaption('Bus').prims.find((x) => x.t === 'symbol')).toMatchObject({ key: 'openmoji/1F68D/color' });
    expect(byCaption('Police').prims.find((x) => x.t === 'symbol')).toMatchObject({ key: 'openmoji/1F46E/color' });
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
  });
});

describe('words to avoid', () => {
  it('finds avoided words and symbols, whole words only', () => {
    const p: Profile = {
      ...fluent(),
      avoid: [
        { word: 'police', reason: 'Reminds him of the arrest' },
        { word: 'bed', reason: '' , symbol: null },
        { word: '', symbol: { set: 'openmoji', id: '1F3DB' }, reason: 'Court building scares her' },
      ].map((a) => ({ symbol: null, ...a })),
    };
    const w = avoidWarnings(nineCards(), p);
    expect(w.map((x) => x.match).sort()).toEqual(['Court', 'bed', 'police']);
    expect(w.find((x) => x.match === 'police')?.reason).toBe('Reminds him of the arrest');
    expect(avoidWarnings(nineCards(), { ...p, avoid: [{ word: 'bus stop', symbol: null, reason: '' }] })).toEqual([]);
  });
});

describe('communication passport', () => {
  it('prints the profile on one page', async () => {
    const p: Profile = {
      ...fluent(),
      notes: { likes: 'Football and my dog Rex.', helpMe: 'Show me pictures. Give me time.', dont: 'Shout or stand too close.' },
      vocabulary: [{ phrase: 'my dog', picture: { kind: 'symbol', symbol: { set: 'openmoji', id: '1F415' } } }],
    };
    await s.library.loadAll([{ set: 'openmoji', id: '1F415' }]);
    const scene = layoutPassport(p, { title: 'Communication passport', name: 'My name is Bea', likes: 'I like', helpMe: 'Help me by', dont: "Please don't", words: 'My words' }, resolveStyle(p), s.deps);
    expect(scene.pages).toHaveLength(1);
    expect(scene.pages[0].items.every((i) => !i.overflow)).toBe(true);
    const text = pdfText(await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate })).replace(/\s+/g, ' ');
    for (const t of ['My name is Bea', 'I like', 'Football and my dog Rex.', 'Help me by', 'Give me time.', "Please don't", 'My words', 'my dog']) expect(text).toContain(t);
  });
});

describe('communication passport in Urdu', () => {
  it('sets notes written in Urdu in Naskh, from the right, and they print whole', async () => {
    const p: Profile = { ...fluent(), name: 'بیا', notes: { likes: 'فٹ بال اور میرا کتا', helpMe: 'مجھے تصویریں دکھائیں۔', dont: 'چیخیں نہیں۔' } };
    const scene = layoutPassport(p, { title: 'Communication passport', name: 'My name is بیا', likes: 'I like', helpMe: 'Help me by', dont: "Please don't", words: 'My words' }, resolveStyle(p), s.deps);
    const prims = scene.pages[0].items.flatMap((i) => i.prims).filter((pr): pr is TextPrim => pr.t === 'text');
    const likes = prims.find((pr) => pr.text.includes('فٹ بال'))!;
    const english = prims.find((pr) => pr.text === 'I like')!;
    expect(fontsOf(likes)).toEqual(['naskh']);
    expect(likes.x).toBeGreaterThan(english.x); // right-aligned in the same column
    const text = pdfText(await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate })).replace(/[\u200e\u200f\u202a-\u202e]/g, '');
    for (const t of ['فٹ بال اور میرا کتا', 'مجھے تصویریں دکھائیں۔', 'I like']) expect(text).toContain(t);
  });
});

describe('layoutDocument without a profile', () => {
  it('is the default style', async () => {
    const doc = nineCards();
    await s.scene(doc);
    expect(layoutDocument(doc, s.deps).pages).toHaveLength(1);
  });
});

describe('protected PDFs and the command line', () => {
  it('a PDF with a password does not open without it', async () => {
    const scene = await layoutFor(fluent());
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, password: 'tea and toast' });
    const f = save(pdf);
    expect(() => execFileSync('qpdf', ['--check', f], { stdio: 'pipe' })).toThrow();
    expect(execFileSync('qpdf', ['--password=tea and toast', '--show-encryption', f], { encoding: 'utf8' })).toMatch(/R = 6/); // AES-256
    expect(execFileSync('pdftotext', ['-upw', 'tea and toast', f, '-'], { encoding: 'utf8' })).toContain('My week');
  });

  it('npm run export applies a profile, and refuses a protected one without its passphrase', async () => {
    const { writeSignpostFile } = await import('../../src/storage/signpostFile');
    const { writeProfileFile } = await import('../../src/storage/profileFile');
    const dir = mkdtempSync(join(tmpdir(), 'sp-cli-'));
    writeFileSync(join(dir, 'week.signpost'), writeSignpostFile(nineCards()));
    writeFileSync(join(dir, 'ash.profile.json'), await writeProfileFile(emerging(), 'green door'));
    const run = (...args: string[]) => execFileSync('npx', ['tsx', 'src/cli/export.ts', join(dir, 'week.signpost'), '-o', join(dir, 'out.pdf'), ...args], { encoding: 'utf8', stdio: 'pipe' });
    expect(() => run('--profile', join(dir, 'ash.profile.json'))).toThrow(/protected/);
    run('--profile', join(dir, 'ash.profile.json'), '--passphrase', 'green door');
    const pdf = new Uint8Array(readFileSync(join(dir, 'out.pdf')));
    expect(execFileSync('pdfinfo', [join(dir, 'out.pdf')], { encoding: 'utf8' })).toMatch(/Pages:\s+3/); // four a page for Ash
    expect(execFileSync('pdffonts', [join(dir, 'out.pdf')], { encoding: 'utf8' })).toContain('Lexend');
    expect(pdfText(pdf)).toContain('Ash');
  }, 60_000);
});
