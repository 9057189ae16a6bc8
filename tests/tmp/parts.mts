import { PDFDocument } from '@cantoo/pdf-lib';
import fontkit from '@cantoo/fontkit';
import { nodeServices } from '../../src/cli/nodeServices';
const s = await nodeServices();
const fonts = await s.fontBytes(['atkinson']);
for (let i = 0; i < 6; i++) {
  const t0 = performance.now();
  const pdf = await PDFDocument.create(); pdf.registerFontkit(fontkit);
  const f = await pdf.embedFont(fonts.atkinson, { subset: true, features: { kern: false, liga: false } });
  f.encodeText('Step 1 2 3 4 5 6 7 8 9 10 Symbols: OpenMoji (openmoji.org), CC BY-SA 4.0');
  const t1 = performance.now();
  pdf.addPage();
  await pdf.save();
  console.log('embed', (t1 - t0).toFixed(0), 'save', (performance.now() - t1).toFixed(0));
}
