/**
 * The command line, run as a user runs it, on bad and hostile input: every failure is one
 * plain line on stderr with a non-zero exit code and no stack trace; ids in a document
 * never become paths; pictures lose their metadata on the way to the PDF.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeSignpostFile } from '../../src/storage/signpostFile';
import { writeProfileFile } from '../../src/storage/profileFile';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { docWithCards } from '../helpers/docs';
import { fluent, TINY_PNG } from '../helpers/profiles';
import { leakyDoc, leakyProfile, leaksIn } from '../helpers/pictures';
import { pdfUncompressed } from '../helpers/pdfTools';

const ROOT = join(__dirname, '..', '..');
let dir: string;

function run(...args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    execFile(join(ROOT, 'node_modules', '.bin', 'tsx'), ['src/cli/export.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (err, _out, stderr) =>
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stderr }),
    );
  });
}

/** Writes a file into the test folder and returns its path. */
const put = (name: string, bytes: Uint8Array | string) => {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
};

/** The run failed with one plain line and no stack trace. */
function expectPlainFailure(r: { code: number; stderr: string }, says: RegExp) {
  expect(r.code).toBeGreaterThan(0);
  const lines = r.stderr.trim().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
  expect(lines[0]).toMatch(says);
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'signpost-cli-'));
});

describe('npm run export', () => {
  it('works on a good document (negative control)', async () => {
    const r = await run(put('good.signpost', writeSignpostFile(docWithCards(2))), '-o', join(dir, 'good.pdf'));
    expect(r.code, r.stderr).toBe(0);
    expect(readFileSync(join(dir, 'good.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
  }, 60_000);

  it('writes a phone page with --html, tagged PDFs without it, and refuses --html with cards or a password', async () => {
    const doc = { ...createDocument('Gartref', new Date('2026-01-01T00:00:00Z')), language: 'cy' };
    const card = createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'Aros gartref', 20, 20, 60);
    const input = put('phone.signpost', writeSignpostFile(addElements(doc, doc.pages[0].id, [card])));
    const out = join(dir, 'phone.html');
    const r = await run(input, '--html', '-o', out, '--name', 'Sam');
    expect(r.code, r.stderr).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="cy" dir="ltr">/);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('>Aros gartref</p>');
    // the page's own words are in the document's language, Welsh here
    expect(html).toContain('Darllen y cyfan i mi');
    expect(html).toContain('Sam · Symbols: OpenMoji');
    const pdf = join(dir, 'phone.pdf');
    expect((await run(input, '-o', pdf)).code).toBe(0);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
    // tagged: the catalog (in a compressed object stream) names the structure tree
    expect(Buffer.from(pdfUncompressed(new Uint8Array(readFileSync(pdf)))).includes('/StructTreeRoot')).toBe(true);
    for (const bad of [['--cards', '4'], ['--password', 'x']]) {
      const refused = await run(input, '--html', ...bad, '-o', join(dir, 'no.html'));
      expect(refused.code).toBe(2);
      expect(refused.stderr).toContain('--html');
    }
  }, 120_000);

  it('lists what does not fit its box, and with --strict writes nothing and fails', async () => {
    const base = createDocument('Cut off');
    const doc = addElements(base, base.pages[0].id, [{ ...createTextBox('You must not go to Hilltop Park. '.repeat(40), 12, 12), id: 'tight', width: 40, height: 12 }]);
    const file = put('cut.signpost', writeSignpostFile(doc));
    const loose = await run(file, '-o', join(dir, 'cut.pdf'));
    expect(loose.code, loose.stderr).toBe(0);
    expect(loose.stderr).toMatch(/page 1: element tight does not fit its box/);
    const strict = await run(file, '-o', join(dir, 'cut-strict.pdf'), '--strict');
    expect(strict.code).toBe(3);
    expect(strict.stderr).toMatch(/element tight does not fit/);
    expect(() => readFileSync(join(dir, 'cut-strict.pdf'))).toThrow();
    // negative control: a document that fits passes --strict
    expect((await run(put('fits.signpost', writeSignpostFile(docWithCards(1))), '-o', join(dir, 'fits.pdf'), '--strict')).code).toBe(0);
  }, 60_000);

  it('reports a missing file, a damaged file and a bad picture in one plain line', async () => {
    expectPlainFailure(await run(join(dir, 'nope.signpost'), '-o', join(dir, 'x.pdf')), /nope\.signpost: cannot read \(ENOENT\)/);
    expectPlainFailure(await run(put('junk.signpost', 'PK\u0003\u0004junk'), '-o', join(dir, 'x.pdf')), /junk\.signpost: cannot open \(damaged\)/);
    const doc = leakyDoc();
    const lying = { ...doc, assets: { ...doc.assets, j: { ...doc.assets.j, mime: 'image/png' as const } } };
    expectPlainFailure(await run(put('lying.signpost', writeSignpostFile(lying)), '-o', join(dir, 'x.pdf')), /lying\.signpost: cannot open \(bad-picture\)/);
  }, 60_000);

  it('reports a picture that passes the checks but does not decode in one plain line', async () => {
    // a PNG whose image data is not zlib: well formed chunks, broken pixels
    const png = Uint8Array.from(atob(TINY_PNG), (c) => c.charCodeAt(0));
    png[41] ^= 0xff;
    const doc = { ...leakyDoc(), assets: { p: { ...leakyDoc().assets.p, data: btoa(String.fromCharCode(...png)) } } };
    doc.pages = [{ ...doc.pages[0], elements: doc.pages[0].elements.filter((e) => e.type !== 'image' || e.assetId === 'p') }];
    expectPlainFailure(await run(put('broken-pixels.signpost', writeSignpostFile(doc)), '-o', join(dir, 'x.pdf')), /broken-pixels\.signpost: could not export/);
  }, 60_000);

  it('reports bad profile files, and iterations of 1e9 and 1e20, at once and in one plain line', async () => {
    const doc = put('doc.signpost', writeSignpostFile(docWithCards(1)));
    const out = join(dir, 'p.pdf');
    expectPlainFailure(await run(doc, '-o', out, '--profile', put('bad.profile.json', 'not json')), /bad\.profile\.json: cannot open/);
    expectPlainFailure(await run(doc, '-o', out, '--profile', put('foreign.profile.json', '{"a":1}')), /foreign\.profile\.json: cannot open/);
    const envelope = JSON.parse(new TextDecoder().decode(await writeProfileFile(fluent(), 'pass')));
    for (const iterations of [1e9, 1e20]) {
      const t0 = performance.now();
      const r = await run(doc, '-o', out, '--profile', put(`i${iterations}.profile.json`, JSON.stringify({ ...envelope, iterations })), '--passphrase', 'pass');
      expectPlainFailure(r, /protection settings .*iterations/);
      expect(performance.now() - t0).toBeLessThan(20_000);
    }
    expectPlainFailure(await run(doc, '-o', out, '--profile', put('locked.profile.json', JSON.stringify(envelope))), /protected; add --passphrase/);
  }, 120_000);

  it('never follows ../ in a document\u2019s language or symbol-set ids', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'signpost-outside-'));
    writeFileSync(join(outside, 'index.json'), '{"not": "a set"}');
    const up = '../'.repeat(12);
    let d = createDocument('Climbing');
    d = addElements({ ...d, language: `${up}${outside.slice(1)}`.slice(0, 35) }, d.pages[0].id, [
      createSymbolCard({ set: `${up}${outside.slice(1)}`, id: 'a' }, 'card', 10, 10),
      createSymbolText('hello world', 10, 80),
    ]);
    const r = await run(put('climb.signpost', writeSignpostFile(d)), '-o', join(dir, 'climb.pdf'));
    // the ids are unknown, so the card shows no picture; nothing outside is read or reported
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).not.toContain('not a set');
  }, 60_000);

  it('prints photos from a .signpost file and a profile without GPS, XMP or comments', async () => {
    const out = join(dir, 'photos.pdf');
    const r = await run(put('photos.signpost', writeSignpostFile(leakyDoc())), '-o', out, '--profile', put('photos.profile.json', await writeProfileFile(leakyProfile())));
    expect(r.code, r.stderr).toBe(0);
    const pdf = new Uint8Array(readFileSync(out));
    expect(leaksIn(pdf)).toEqual([]);
    expect(leaksIn(pdfUncompressed(pdf))).toEqual([]);
    expect(Object.values(leakyDoc().assets).flatMap((a) => leaksIn(a.data)).length).toBeGreaterThan(0); // the input did carry them
  }, 60_000);
});
