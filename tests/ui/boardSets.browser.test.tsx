/**
 * Board sets in the app: an .obz of linked boards, saved with a .zip name and with picture
 * paths as Cboard writes them, opens as pages of one document with its pictures; its
 * pictures are stored once however often it is opened; the PDF credits their licences; and
 * saved again as an .obz and reopened it keeps every picture, label, colour, layout and licence.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import { PDFDocument } from '@cantoo/pdf-lib';
import Konva from 'konva';
import { createServices, type Services } from '../../src/ui/services';
import { boardFromContainer, documentFromBoard } from '../../src/ui/boards';
import { exportDocumentPdf, sceneFor } from '../../src/ui/exportClient';
import { readBoardSet } from '../../src/storage/obf';
import { boardCreditLine, licenceLine } from '../../src/model/boardLicence';
import type { Container, SignpostDocument } from '../../src/model/schema';
import { ARASAAC, MULBERRY, boardSetObz, boardSetSpecs, obfOf, obzOf, unsupportedScriptSpec } from '../helpers/obfFixtures';
import { renderApp, stage, until } from '../helpers/renderApp';

declare module 'vitest/browser' {
  interface BrowserCommands {
    pdfToText: (pdfBase64: string) => Promise<string>;
  }
}

const toBase64 = (b: Uint8Array) => {
  let s = '';
  for (let i = 0; i < b.length; i += 0x8000) s += String.fromCharCode(...b.subarray(i, i + 0x8000));
  return btoa(s);
};

/** Pixels of the canvas within `tol` of a colour. */
function pixelsOf(canvas: HTMLCanvasElement, rgb: [number, number, number], tol = 12): number {
  const d = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height).data;
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - rgb[0]) <= tol && Math.abs(d[i + 1] - rgb[1]) <= tol && Math.abs(d[i + 2] - rgb[2]) <= tol) n++;
  return n;
}

const grids = (doc: SignpostDocument) => doc.pages.map((p) => p.elements.find((e): e is Container => e.type === 'container')!);

describe('a board set in the app', () => {
  it('opens an .obz called .zip as pages of one document, its pictures drawn and its links noted', async () => {
    await renderApp(`boardset-${crypto.randomUUID()}`);
    await userEvent.upload(page.getByLabelText('Open file…'), new File([boardSetObz({ slashPaths: true }) as BlobPart], 'communication-book.zip'));
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Home');
    const note = page.getByRole('alertdialog', { name: 'The board is open' });
    await expect.element(note).toHaveTextContent('This file holds 3 boards. Each one is a page of this document');
    await page.getByRole('button', { name: 'OK' }).click();
    for (const n of [1, 2, 3]) await expect.element(page.getByRole('button', { name: `Page ${n}`, exact: true })).toBeInTheDocument();
    await expect.element(page.getByRole('button', { name: 'Page 4', exact: true })).not.toBeInTheDocument();
    // the pictures of the root board are drawn: the red (Food), blue (Feelings) and yellow (help) ones
    let canvas: HTMLCanvasElement | null = null;
    await until(() => {
      canvas = stage().toCanvas({ pixelRatio: 1 });
      return pixelsOf(canvas, [220, 60, 60]) > 200 && pixelsOf(canvas, [60, 90, 200]) > 200 && pixelsOf(canvas, [230, 200, 40]) > 100;
    }, 10_000);
    await commands.writeFile('tests/output/board-set-page1.png', canvas!.toDataURL('image/png').split(',')[1], 'base64');
    // the second board is a page of its own, with its pictures
    await page.getByRole('button', { name: 'Page 2', exact: true }).click();
    await until(() => pixelsOf(stage().toCanvas({ pixelRatio: 1 }), [60, 170, 80]) > 200, 10_000);
    expect(Konva.stages.length).toBeGreaterThan(0);
  });
});

describe('scripts without a font', () => {
  it('says which scripts cannot be shown yet, when the board opens and while it is edited', async () => {
    await renderApp(`scripts-${crypto.randomUUID()}`);
    await userEvent.upload(page.getByLabelText('Open file…'), new File([obfOf(unsupportedScriptSpec()) as BlobPart], 'mixed.obf'));
    const note = page.getByRole('alertdialog', { name: 'The board is open' });
    await expect.element(note).toHaveTextContent(/no font for yet \(Tamil, Han\)/);
    await page.getByRole('button', { name: 'OK' }).click();
    await expect.element(page.getByRole('note').filter({ hasText: 'no font for yet (Tamil, Han)' })).toBeInTheDocument();
  });
});

describe('sounds', () => {
  it('says how many sounds a board set had that were not imported', async () => {
    await renderApp(`sounds-${crypto.randomUUID()}`);
    const home = { name: 'Home', rows: [[{ label: 'hello', sound: true }, { label: 'more', opens: 1 }], [{ label: 'stop', sound: true }, { label: 'go' }]] };
    const more = { name: 'More', rows: [[{ label: 'bye', sound: true }, { label: 'quiet' }]] };
    await userEvent.upload(page.getByLabelText('Open file…'), new File([obzOf([home, more]) as BlobPart], 'talking.obz'));
    const note = page.getByRole('alertdialog', { name: 'The board is open' });
    await expect.element(note).toHaveTextContent(/3 sounds were not imported: Signpost does not play sounds yet\./);
    await page.getByRole('button', { name: 'OK' }).click();
  });
});

describe('board sets through the services', () => {
  let services: Services;
  beforeAll(async () => {
    services = await createServices(`boards-${crypto.randomUUID()}`);
  });

  it('stores a board set’s pictures once, however often it is opened: one pack per licence', async () => {
    const bytes = boardSetObz();
    const first = await documentFromBoard(services, bytes);
    const packs = await services.store.packs();
    expect(packs.map((p) => p.attribution).sort()).toEqual([licenceLine(ARASAAC), licenceLine(MULBERRY)].sort());
    // six pictures, two of them the same (yellow, on two boards): five stored
    expect(packs.reduce((n, p) => n + p.symbols.length, 0)).toBe(5);
    const again = await documentFromBoard(services, bytes);
    expect(await services.store.packs()).toHaveLength(2);
    const refs = (d: SignpostDocument) => grids(d).flatMap((g) => g.items.map((i) => (i.symbol ? `${i.symbol.set}/${i.symbol.id}` : null)));
    expect(refs(again.doc)).toEqual(refs(first.doc));
    expect(first.notes).toMatchObject({ boards: 3, webOnly: 0, missing: 0, skipped: 0, unresolvedLinks: 0, scripts: [] });
  });

  it('credits each picture’s licence in full on every page of the PDF, and in its description', async () => {
    const { doc } = await documentFromBoard(services, boardSetObz());
    const scene = await sceneFor(services, doc, null);
    // and the licence Home states for itself, although its pictures state their own
    const home = boardSetSpecs()[0].licence!;
    expect(scene.attributions.sort()).toEqual([licenceLine(ARASAAC), licenceLine(MULBERRY), boardCreditLine('Home', home)].sort());
    // every page's footer carries every field of both licences (the footer's wrapping onto
    // more lines, so that all of it stays on the paper, is the footer's own: see layoutFooter)
    for (const p of scene.pages) {
      const footer = p.footer.map((f) => f.text).join(' ');
      for (const l of [MULBERRY, ARASAAC]) for (const v of Object.values(l)) expect(footer).toContain(v);
    }
    const pdf = await exportDocumentPdf(services, doc, () => undefined);
    const subject = (await PDFDocument.load(pdf, { updateMetadata: false })).getSubject() ?? '';
    for (const l of [MULBERRY, ARASAAC]) expect(subject).toContain(licenceLine(l));
    // as pdftotext reads the first page: the licence of the first picture at least, whole
    const text = (await commands.pdfToText(toBase64(pdf))).replace(/\s+/g, ' ');
    expect(text).toContain(licenceLine(MULBERRY));
  });

  it('round trip: saved as an .obz and opened again, every picture, label, colour, layout, link and licence is kept', async () => {
    const { doc } = await documentFromBoard(services, boardSetObz());
    const home = grids(doc)[0];
    const obz = await boardFromContainer(services, home, doc.language, doc.title, doc);
    const set = readBoardSet(obz);
    const source = readBoardSet(boardSetObz());
    expect(set.boards.map((b) => [b.name, b.columns, b.rows])).toEqual(source.boards.map((b) => [b.name, b.columns, b.rows]));
    // each board's own licence too (Home states one; Food and Feelings none)
    expect(set.boards.map((b) => b.licence)).toEqual(source.boards.map((b) => b.licence));
    expect(set.boards[0].licence).toEqual(boardSetSpecs()[0].licence);
    for (const [i, b] of set.boards.entries()) {
      const want = source.boards[i].cells;
      expect(b.cells.map((c) => c && { label: c.label, vocalization: c.vocalization, background: c.background, border: c.border })).toEqual(
        want.map((c) => c && { label: c.label, vocalization: c.vocalization, background: c.background, border: c.border }),
      );
      // links lead to the same boards, pictures keep their size and licence
      expect(b.cells.map((c) => (c?.link ? set.boards.findIndex((x) => x.key === c.link) : null))).toEqual(want.map((c) => (c?.link ? source.boards.findIndex((x) => x.key === c.link) : null)));
      expect(b.cells.map((c) => c?.image && { width: c.image.width, height: c.image.height, licence: c.image.licence })).toEqual(
        want.map((c) => c?.image && { width: c.image.width, height: c.image.height, licence: c.image.licence }),
      );
    }
    // and opened in Signpost again: the same document, the same pictures
    const reopened = (await documentFromBoard(services, obz)).doc;
    const view = (d: SignpostDocument) =>
      grids(d).map((g) => ({
        columns: g.columns,
        items: g.items.map((it) => ({
          caption: it.caption,
          color: it.color,
          border: it.borderColor ?? null,
          spoken: it.spoken ?? null,
          gap: !!it.gap,
          link: it.link ? d.pages.findIndex((p) => p.id === it.link) : null,
          picture: it.symbol ? services.library.packImage(it.symbol)?.data : null,
          licence: it.symbol ? services.attributions.get(it.symbol.set) : null,
        })),
      }));
    expect(view(reopened)).toEqual(view(doc));
    expect(view(doc)[0].items.filter((i) => i.picture)).toHaveLength(3);
  });
});
