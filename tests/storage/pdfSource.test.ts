import { describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { readSignpostFile, writeSignpostFile } from '../../src/storage/signpostFile';
import { PdfPasswordError, signpostSourceOf } from '../../src/storage/pdfSource';
import { docWithCards } from '../helpers/docs';

describe('signpostSourceOf', () => {
  it('opens the source of a password PDF with its password, and names what is missing or wrong', async () => {
    const s = await nodeServices();
    const doc = docWithCards(2);
    const scene = await s.scene(doc);
    const fonts = await s.fontBytes(scene.fonts);
    const make = (password?: string) => exportPdf(scene, { fonts, deflate: nodeDeflate, source: writeSignpostFile(doc), sourceName: 'cards.signpost', password });
    const locked = await make('blue kettle');
    await expect(signpostSourceOf(locked)).rejects.toEqual(new PdfPasswordError('needs-password'));
    await expect(signpostSourceOf(locked, 'red kettle')).rejects.toMatchObject({ code: 'wrong-password' });
    expect(readSignpostFile((await signpostSourceOf(locked, 'blue kettle'))!)).toEqual(doc);
    // negative control: a PDF without a password needs none, and ignores one given
    const open = await make();
    expect(readSignpostFile((await signpostSourceOf(open))!)).toEqual(doc);
    expect(readSignpostFile((await signpostSourceOf(open, 'anything'))!)).toEqual(doc);
  }, 30_000);
});
