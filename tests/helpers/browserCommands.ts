/** Server-side commands that browser tests call (vitest browser `commands`). */
import type { BrowserCommand } from 'vitest/node';
import { pdfText, renderPage } from './pdfTools.ts';

/** Renders a PDF page (base64) with pdftoppm and returns the PNG as base64. */
export const renderPdfPage: BrowserCommand<[pdfBase64: string, page: number, dpi: number]> = (_ctx, pdfBase64, page, dpi) =>
  Buffer.from(renderPage(Buffer.from(pdfBase64, 'base64'), page, dpi)).toString('base64');

/** The text of a PDF (base64), as pdftotext reads it. */
export const pdfToText: BrowserCommand<[pdfBase64: string]> = (_ctx, pdfBase64) => pdfText(Buffer.from(pdfBase64, 'base64'));
