/** Server-side commands that browser tests call (vitest browser `commands`). */
import type { BrowserCommand } from 'vitest/node';
import { pdfText, renderPage } from './pdfTools.ts';

/** Renders a PDF page (base64) with pdftoppm and returns the PNG as base64. */
export const renderPdfPage: BrowserCommand<[pdfBase64: string, page: number, dpi: number]> = (_ctx, pdfBase64, page, dpi) =>
  Buffer.from(renderPage(Buffer.from(pdfBase64, 'base64'), page, dpi)).toString('base64');

/** The text of a PDF (base64), as pdftotext reads it. */
export const pdfToText: BrowserCommand<[pdfBase64: string]> = (_ctx, pdfBase64) => pdfText(Buffer.from(pdfBase64, 'base64'));

/**
 * The Scene the command line's print pipeline makes for a document (JSON), a profile and a
 * pack: the Node side of the app-versus-command-line test. Run as its own process (tsx), as
 * the command line runs.
 */
export const cliScene: BrowserCommand<[docJson: string, profileJson: string | null, packJson: string | null]> = async (_ctx, docJson, profileJson, packJson) => {
  const { execFile } = await import('node:child_process');
  const input = JSON.stringify({ doc: JSON.parse(docJson), profile: profileJson ? JSON.parse(profileJson) : null, pack: packJson ? JSON.parse(packJson) : null });
  return new Promise<string>((resolve, reject) => {
    const child = execFile('npx', ['tsx', 'tests/helpers/cliScene.ts'], { maxBuffer: 200 * 1024 * 1024 }, (err, stdout, stderr) => (err ? reject(new Error(stderr || String(err))) : resolve(stdout)));
    child.stdin!.end(input);
  });
};
