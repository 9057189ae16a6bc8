import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { createDocument, createLine, createSymbolCard, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { writeSignpostFile } from '../../src/storage/signpostFile';
let doc = createDocument('What happens at court');
const p = doc.pages[0].id;
const h = { ...createTextBox('What happens at court', 12, 12), fontSize: 26, bold: true, width: 186, height: 14 };
const c = (id: string, cap: string, x: number, y: number) => ({ ...createSymbolCard({ set: 'openmoji', id }, cap, x, y, 52), border: true });
doc = addElements(doc, p, [h,
  c('1F46E', 'I go with my youth justice worker', 12, 36), { ...createLine(66, 66), dx: 10 }, c('1F3DB', 'We go into the court', 79, 36), { ...createLine(133, 66), dx: 10 }, c('1F9D1-200D-2696-FE0F', 'The judge listens to me', 146, 36),
  c('1F5E3', 'I can say what I think', 12, 110), { ...createLine(66, 140), dx: 10 }, c('270B', 'I can ask for a break', 79, 110), { ...createLine(133, 140), dx: 10 }, c('1F3E0', 'Then I go home', 146, 110),
  { ...createTextBox('If I do not understand, I can say "please say that again".', 12, 190), width: 186, height: 24 },
]);
writeFileSync('/tmp/court.signpost', writeSignpostFile(doc));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
await page.goto('http://localhost:5173/');
await page.getByLabel('Open file…').setInputFiles('/tmp/court.signpost');
await page.getByRole('textbox', { name: 'Document title' }).waitFor();
await page.getByRole('searchbox', { name: 'Search symbols' }).fill('judge');
await page.waitForTimeout(1000);
await page.mouse.click(680, 300);
await page.waitForTimeout(500);
await page.screenshot({ path: '/tmp/readme-editor.png' });
await page.getByRole('button', { name: 'Documents' }).click();
await page.waitForTimeout(1000);
await page.screenshot({ path: '/tmp/readme-home.png' });
await browser.close();
