import { it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { nodeDeflate, nodeServices } from '../src/cli/nodeServices';
import { exportPdf } from '../src/pdf/exportPdf';
import { readBoardSet } from '../src/storage/obf';
import { documentFromBoardSet } from '../src/model/boardDocument';
import { boardSetObz, devanagariSpec, diagonalSpec, obfOf, pagesOf, sixColumnSpec } from './helpers/obfFixtures';
it('view', async () => {
  const s = await nodeServices();
  for (const [name, bytes] of [['set', boardSetObz()], ['diag', obfOf(diagonalSpec())], ['six', obfOf(sixColumnSpec())], ['hi', obfOf(devanagariSpec())]] as const) {
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(bytes)));
    const scene = await s.scene(doc);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate, date: new Date(0) });
    writeFileSync(`/tmp/deva/${name}.pdf`, pdf);
  }
});
