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
