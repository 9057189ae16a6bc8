import { writeFileSync } from 'node:fs';
import { createDocument, createSymbolCard, createTextBox, createLine, createShape } from '../../src/model/factory';
import { addElements, addPage } from '../../src/model/operations';
import { writeSignpostFile } from '../../src/storage/signpostFile';
let doc = createDocument('Bail conditions');
const p = doc.pages[0].id;
const t = createTextBox('My bail conditions', 12, 12); t.fontSize = 28; t.bold = true; t.width = 186; t.height = 16;
doc = addElements(doc, p, [t,
  createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'Police', 12, 40),
  createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'Stay at home after 7 pm', 80, 40),
  createSymbolCard({ set: 'openmoji', id: '1F9D1-200D-2696-FE0F' }, 'Go to court on Monday', 148, 40),
  { ...createLine(65, 70), dx: 12 }, { ...createShape('ellipse', 20, 130), fill: '#fff4c2' }, createShape('rect', 100, 130),
  { ...createTextBox('Ŵ ŷ ł ż ś á ș ț — Welsh, Polish, Romanian', 12, 190), width: 186 }]);
doc = addPage(doc);
writeFileSync('/tmp/bail.signpost', writeSignpostFile(doc));
