/** Poppler and qpdf, run on PDF bytes (Node only). */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(pdf: Uint8Array, fn: (path: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'signpost-pdf-'));
  const path = join(dir, 'doc.pdf');
  writeFileSync(path, pdf);
  return fn(path, dir);
}

/** `qpdf --check`: returns its output; throws when qpdf finds errors. */
export const qpdfCheck = (pdf: Uint8Array): string => withFile(pdf, (p) => execFileSync('qpdf', ['--check', p], { encoding: 'utf8' }));

export const pdfText = (pdf: Uint8Array, page?: number): string =>
  withFile(pdf, (p) => execFileSync('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), p, '-'], { encoding: 'utf8' }));

export const pdfFonts = (pdf: Uint8Array): string => withFile(pdf, (p) => execFileSync('pdffonts', [p], { encoding: 'utf8' }));

/** Renders one page to PNG bytes at `dpi`. */
export function renderPage(pdf: Uint8Array, page: number, dpi: number): Uint8Array {
  return withFile(pdf, (p, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), '-png', p, join(dir, 'out')]);
    const f = readdirSync(dir).find((n) => n.startsWith('out') && n.endsWith('.png'))!;
    return readFileSync(join(dir, f));
  });
}

/**
 * Each word pdftotext finds, with its box in points (`pdftotext -bbox`). pdftotext lists a
 * word's characters left to right as they stand on the page; right-to-left words are
 * turned back into reading order here.
 */
export function pdfWords(pdf: Uint8Array, page = 1): { word: string; xMin: number; xMax: number; yMin: number; yMax: number }[] {
  const html = withFile(pdf, (p) => execFileSync('pdftotext', ['-bbox', '-f', String(page), '-l', String(page), p, '-'], { encoding: 'utf8' }));
  const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: readingOrder(unescape(m[5]).replace(/[\u200e\u200f\u202a-\u202e]/g, '')),
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
  }));
}

const readingOrder = (word: string) => (/[\u0600-\u06FF\u0750-\u077F]/.test(word) ? Array.from(word).reverse().join('') : word);

/** The PDF with every stream inflated (qpdf), so text inside compressed streams can be searched. */
export const pdfUncompressed = (pdf: Uint8Array): Uint8Array =>
  withFile(pdf, (p, dir) => {
    const out = join(dir, 'plain.pdf');
    execFileSync('qpdf', ['--stream-data=uncompress', '--object-streams=disable', '--decode-level=generalized', p, out]);
    return new Uint8Array(readFileSync(out));
  });
