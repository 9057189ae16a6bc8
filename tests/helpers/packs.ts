/** Symbol-pack fixtures, made on the fly: a CSV pack of 60, a Mulberry-style pack, hostile SVGs. */
import { strToU8, zipSync } from 'fflate';
import type { PackFile } from '../../src/storage/packReader';

const COLOURS = ['#e53935', '#1e88e5', '#43a047', '#fdd835', '#8e24aa', '#fb8c00'];
export const svgOf = (i: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><circle cx="50" cy="50" r="${20 + (i % 25)}" fill="${COLOURS[i % COLOURS.length]}"/><rect x="10" y="70" width="80" height="10" fill="#333"/></svg>`;

export const WORDS = Array.from({ length: 60 }, (_, i) => `word${i + 1}`);

/** 60 SVGs with a CSV of file, label, tags, category, and a licence. */
export function csvPackFiles(): PackFile[] {
  const files: PackFile[] = WORDS.map((w, i) => ({ path: `pictures/${w}.svg`, bytes: strToU8(svgOf(i)) }));
  const csv = ['file,label,tags,category', ...WORDS.map((w, i) => `${w}.svg,"Picture ${i + 1}","tag${i}, shared",${i % 2 ? 'people' : 'places'}`)].join('\n');
  files.push({ path: 'keywords.csv', bytes: strToU8(csv) }, { path: 'LICENSE.txt', bytes: strToU8('Test pack. CC BY 4.0, the Signpost tests.') });
  return files;
}

export const csvPackZip = (): Uint8Array => zipSync(Object.fromEntries(csvPackFiles().map((f) => [f.path, f.bytes])));

/** Mulberry's layout: EN/*.svg and symbol-info.csv (symbol-en, grammar, category, rated, tags). */
export function mulberryFiles(): PackFile[] {
  const names = ['police_officer', 'court', 'go_home', 'happy', 'bus'];
  const files: PackFile[] = names.map((n, i) => ({ path: `EN/${n}.svg`, bytes: strToU8(svgOf(i)) }));
  files.push({
    path: 'symbol-info.csv',
    bytes: strToU8(['symbol-en,grammar,category,rated,tags', 'police_officer,noun,people,0,"police,officer,cop"', 'court,noun,places,0,"court,judge"', 'go_home,verb,actions,0,"home,leave"', 'happy,adj,feelings,0,"glad,smile"', 'bus,noun,transport,0,"travel"', 'missing_one,noun,x,0,""'].join('\n')),
  });
  files.push({ path: 'LICENSE.txt', bytes: strToU8('Mulberry Symbols, CC BY-SA 2.0 UK, Steve Lee') });
  return files;
}

/** SVGs that try to run code or reach outside, and one that is not an SVG at all. */
export const HOSTILE: Record<string, string> = {
  'script.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><script>window.__pwned = true</script><rect width="10" height="10" fill="red"/></svg>',
  'onload.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10" onload="window.__pwned = true"><rect width="10" height="10" fill="blue"/></svg>',
  'foreign.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://example.org"></iframe></foreignObject><rect width="5" height="5" fill="green"/></svg>',
  'external.svg': '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10"><image xlink:href="https://example.org/track.png" width="10" height="10"/><use href="https://example.org/x.svg#a"/><rect width="10" height="10" fill="url(https://example.org/p)"/></svg>',
  'broken.svg': 'this is not an svg <<<',
  'style-import.svg': '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><style>@import "http://example.org/a.css"; .a{fill:url(http://example.org/p)} .b{fill:url(#g)}</style><defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs><rect class="a" width="5" height="5"/><rect class="b" x="5" width="5" height="5" style="stroke:blue;background:url(\'https://example.org/q\')"/></svg>',
};

/** A small deterministic random generator (mulberry32), so generated packs are the same every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The size a realistic symbol file aims at, bytes: mostly 3–25 KB (mean about 12 KB), one in 100 from 100 to 430 KB. */
export function realisticSize(i: number): number {
  const r = random(i * 7919 + 1);
  if (i % 100 === 37) return Math.round(100_000 + r() * 330_000);
  // log-normal: the sum of uniforms stands in for a normal
  const normal = (r() + r() + r() + r() + r() + r() - 3) / Math.SQRT1_2 / Math.sqrt(1);
  return Math.round(Math.exp(Math.log(7000) + 0.75 * normal));
}

/**
 * An SVG like those symbol sets publish (Illustrator or Inkscape output): an XML
 * declaration and comment, a `<style>` block of classes, groups of paths with long absolute
 * coordinates, a gradient and a `<use>`, about `realisticSize(i)` bytes.
 */
export function realisticSvg(i: number): string {
  const r = random(i + 1);
  const target = realisticSize(i);
  const num = () => (r() * 850).toFixed(3);
  const colours = ['#FFFFFF', '#231F20', '#F6CC4B', '#ABDA4D', '#A3D9FF', '#C8C8C8', '#FF001C', '#787878', '#FFEEC8'];
  const classes = 3 + Math.floor(r() * 8);
  const style = Array.from({ length: classes }, (_, c) => `.st${c}{fill:${colours[c % colours.length]};stroke:#231F20;stroke-width:${(r() * 20 + 1).toFixed(1)};stroke-linecap:round;stroke-linejoin:round;}`).join('\n\t');
  const head = `<?xml version="1.0" encoding="utf-8"?>\n<!-- Generator: Adobe Illustrator 24.0.0, SVG Export Plug-In . SVG Version: 6.00 Build 0)  -->\n<svg version="1.1" id="Layer_${i}" xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" width="850.394px" height="850.394px" viewBox="0 0 850.394 850.394" style="enable-background:new 0 0 850.394 850.394;" xml:space="preserve">\n<style type="text/css">\n\t${style}\n\t.gr{fill:url(#g${i});}\n</style>\n<defs><linearGradient id="g${i}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#A3D9FF"/><stop offset="1" stop-color="#FFFFFF"/></linearGradient><path id="p${i}" d="M${num()} ${num()}c${num()} ${num()} ${num()} ${num()} ${num()} ${num()}z"/></defs>\n`;
  const parts: string[] = [head];
  let size = head.length;
  while (size < target - 300) {
    const segs = 4 + Math.floor(r() * 24);
    let d = `M${num()},${num()}`;
    for (let s = 0; s < segs; s++) d += r() < 0.5 ? `c${num()},${num()} ${num()},${num()} ${num()},${num()}` : `L${num()},${num()}`;
    const el = `<g>\n\t<path class="st${Math.floor(r() * classes)}" d="${d}z"/>\n</g>\n`;
    parts.push(el);
    size += el.length;
  }
  parts.push(`<use xlink:href="#p${i}" class="gr"/>\n<rect x="0" y="0" width="850.394" height="850.394" fill="none"/>\n</svg>\n`);
  return parts.join('');
}

/** Mulberry's LICENSE.txt as its repository publishes it, with Windows line ends. */
export const MULBERRY_LICENCE_CRLF =
  '\r\nThe Mulberry Symbol set\r\n=======================\r\n\r\nCopyright 2018-2026 Steve Lee\r\n\r\nThis work is licensed under the Creative Commons Attribution-Share Alike License. \r\n\r\nTo view a copy of this license, visit https://creativecommons.org/licenses/by-sa/4.0/\r\n';

/** A tiny PNG (1 × 1), for stray images that are not symbols. */
const PNG_1X1 = Uint8Array.from(atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='), (c) => c.charCodeAt(0));

/** The symbols of the repository fixture, as Mulberry names its files. */
export const REPO_SYMBOLS = ['brush_teeth_,_to', 'count_,_to', 'police_1a', 'police_1b', 'flag_St._Kitts', 'flag_St._Lucia', 'bread_roll_2', 'Christmas_Day', 'toilet_,_go_to_the', 'happy'];

/**
 * A symbol set's repository downloaded as a zip from its host: everything under one top
 * folder, the symbols in `EN/`, the word list `symbol-info.csv` (id, symbol, grammar,
 * category, rated, tags; tags separated by spaces) that names files without their
 * extension ("flag_St._Kitts"), a CRLF licence, and what a repository also holds:
 * `.vscode/launch.json`, `.github/`, `package.json`, a README, another language's list in
 * `scripts/data/`, a Finnish list naming a few symbols (tab-separated), and under `docs/`
 * example SVGs and a `background.png`.
 */
export function repoPackFiles(top = 'mulberry-symbols-master'): PackFile[] {
  const at = (p: string) => `${top}/${p}`;
  const files: PackFile[] = REPO_SYMBOLS.map((n, i) => ({ path: at(`EN/${n}.svg`), bytes: strToU8(svgOf(i)) }));
  const grammar = (n: string) => (n.includes(',_') ? 'Verb' : 'Noun');
  const category = ['Healthcare Grooming activities', 'Number Activity', 'People Profession', 'People Profession', 'Flags', 'Flags', 'Food Breads and baking', 'Religion Festival', 'Building Toilet', 'People Feelings'];
  const tags = ['grooming', '', 'job people profession work', 'job people profession work', 'flag country', 'flag country', 'food', 'celebration Christian', 'toilet', 'emotion face feeling'];
  const rows = REPO_SYMBOLS.map((n, i) => `${i + 1},"${n}",${grammar(n)},${category[i]},0,${tags[i]}`);
  files.push(
    { path: at('symbol-info.csv'), bytes: strToU8(['id,symbol,grammar,category,rated,tags', ...rows, '99,missing_one,Noun,Other,0,'].join('\n')) },
    { path: at('LICENSE.txt'), bytes: strToU8(MULBERRY_LICENCE_CRLF) },
    { path: at('README.md'), bytes: strToU8('# Mulberry Symbols\n\nAn open symbol set for communication.\n') },
    { path: at('package.json'), bytes: strToU8(JSON.stringify({ name: 'mulberry-symbols', version: '3.6.0', scripts: { build: 'node scripts/build.js' } })) },
    { path: at('.vscode/launch.json'), bytes: strToU8('{\n  "version": "0.2.0",\n  "configurations": [{ "type": "node", "request": "launch", "name": "Launch Program", "program": "${workspaceFolder}\\\\scripts\\\\mkcategories.js" }]\n}') },
    { path: at('.github/workflows/build.yml'), bytes: strToU8('on: push\n') },
    { path: at('scripts/data/symbol-info-fr.csv'), bytes: strToU8(['symbol-id,symbol,grammar,category-id,category,rated,tags', '1,"brosser les dents _, _ à",Verb,1,Toilettage,0,', '2,compter,Verb,2,Nombre,0,'].join('\n')) },
    { path: at('FinnishSymbolNames.csv'), bytes: strToU8(['English name\tFinnish name', 'police 1a\tpoliisi', 'police 1b\tpoliisi', 'happy\tiloinen'].join('\n')) },
    { path: at('docs/assets/background.png'), bytes: PNG_1X1 },
    { path: at('docs/examples/sample_board.svg'), bytes: strToU8(svgOf(40)) },
    { path: at('docs/examples/sample_story.svg'), bytes: strToU8(svgOf(41)) },
  );
  // in the order a host's zip lists a repository: `.github` and `.vscode` before the rest
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

export const repoPackZip = (top?: string): Uint8Array => zipSync(Object.fromEntries(repoPackFiles(top).map((f) => [f.path, f.bytes])));

/** Pictures named in camelCase, with no word list: "toEat", "brushTeeth", "washHands_2". */
export function camelPackFiles(): PackFile[] {
  return ['toEat', 'brushTeeth', 'washHands_2', 'goToSchool', 'ITRoom'].map((n, i) => ({ path: `icons/${n}.svg`, bytes: strToU8(svgOf(i)) }));
}

/** A bilingual word list with language columns: file, word-en, word-cy, category-en, category-cy, tags-en. */
export function bilingualPackFiles(): PackFile[] {
  const words: [string, string, string, string, string][] = [
    ['doctor', 'doctor', 'meddyg', 'People', 'Pobl'],
    ['house', 'house', 'tŷ', 'Places', 'Lleoedd'],
    ['school', 'school', 'ysgol', 'Places', 'Lleoedd'],
    ['eat', 'eat', 'bwyta', 'Actions', 'Gweithredoedd'],
  ];
  const files: PackFile[] = words.map(([f], i) => ({ path: `${f}.svg`, bytes: strToU8(svgOf(i)) }));
  const csv = ['file,word-en,word-cy,category-en,category-cy,tags-en', ...words.map(([f, en, cy, cen, ccy]) => `${f}.svg,${en},${cy},${cen},${ccy},"${en} picture"`)].join('\n');
  files.push({ path: 'words.csv', bytes: strToU8(csv) }, { path: 'LICENCE.md', bytes: strToU8('# Bilingual test symbols\n\nCopyright (c) 2026 Signpost tests\n\nLicensed under CC BY 4.0.\n') });
  return files;
}
