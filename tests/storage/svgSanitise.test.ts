/**
 * The SVG sanitiser the pack-check workers run (no DOM): hostile files lose everything that
 * could run or reach outside, real symbol files (Illustrator output with a DTD, CDATA
 * styles, `xlink:href` uses) keep their drawing, and what comes out sanitises to itself.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { sanitiseSvgText } from '../../src/storage/svgSanitise';
import { checkPicture } from '../../src/storage/packCheck';
import { filesOfZip } from '../../src/storage/packReader';
import { checkPictures } from '../../src/ui/packCheckPool';
import { HOSTILE, realisticSvg, svgOf } from '../helpers/packs';

const ILLUSTRATOR = `<?xml version="1.0" encoding="utf-8"?>
<!-- Generator: Adobe Illustrator 24.0.0 -->
<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd" [
	<!ENTITY ns_svg "http://www.w3.org/2000/svg">
]>
<svg version="1.1" xmlns="&ns_svg;" xmlns:xlink="http://www.w3.org/1999/xlink" x="0px" y="0px" width="72px" height="72px" viewBox="0 0 72 72" xml:space="preserve">
<style type="text/css"><![CDATA[
	.st0{fill:#FFFFFF;stroke:#000000;stroke-width:2;}
]]></style>
<metadata><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/></metadata>
<sodipodi:namedview id="base"/>
<defs><path id="p" d="M0 0h10"/></defs>
<title>Made by someone</title>
<g><path class="st0" d="M10,10 L20,20 Z"/><use xlink:href="#p"/><text x="1" y="2">A &lt; B</text></g>
</svg>`;

/** Whatever could run code or fetch from outside, in sanitised output. */
const DANGER = /<script|<foreignObject|<image|<iframe|\son[a-z]+=|javascript:|(?:href)="(?!#)|url\(\s*['"]?\s*(?!#)|@import|<animate|<set\b/i;

describe('sanitising SVG without a DOM', () => {
  it('hostile files lose scripts, handlers, foreign objects and outside references; a broken file is refused', () => {
    for (const [name, text] of Object.entries(HOSTILE)) {
      const out = sanitiseSvgText(text);
      if (name === 'broken.svg') expect(out).toBeNull();
      else expect(out!.svg, name).not.toMatch(DANGER);
    }
    // negative control: the fixtures do carry what the sanitiser removes
    expect(Object.values(HOSTILE).join('')).toMatch(DANGER);
    const style = sanitiseSvgText(HOSTILE['style-import.svg'])!.svg;
    expect(style).toContain('url(#g)');
    expect(style).toContain('stroke:blue');
  });

  it('keeps the drawing of an Illustrator file: its DTD skipped, the CDATA style, the use of a local id, its text', () => {
    const out = sanitiseSvgText(ILLUSTRATOR)!;
    expect(out).toMatchObject({ width: 72, height: 72 });
    expect(out.svg).toContain('.st0{fill:#FFFFFF;stroke:#000000;stroke-width:2;}');
    expect(out.svg).toContain('<use href="#p"/>');
    expect(out.svg).toContain('<path class="st0" d="M10,10 L20,20 Z"/>');
    expect(out.svg).toContain('<text x="1" y="2">A &lt; B</text>');
    expect(out.svg).not.toMatch(/metadata|rdf:|sodipodi|Made by someone|<!DOCTYPE|<!ENTITY/);
  });

  it('refuses what is not well-formed: unclosed or crossed tags, a second root, an attribute without a value', () => {
    for (const bad of ['<svg><g></svg>', '<svg><g></svg></g>', '<svg/><svg/>', '<svg a="1" b></svg>', 'x<svg/>', '<html><svg/></html>', '<svg><!-- open']) expect(sanitiseSvgText(bad), bad).toBeNull();
    expect(sanitiseSvgText('<svg/>')).not.toBeNull();
  });

  it('a realistic symbol (12 KB, <style> block, gradients, uses) keeps every path and its styles', () => {
    const svg = realisticSvg(3);
    const out = sanitiseSvgText(svg)!;
    expect(out.svg.match(/<path /g)?.length).toBe(svg.match(/<path /g)?.length);
    expect(out.svg).toContain('.st0{fill:#FFFFFF');
    expect(out.svg).toContain(`fill:url(#g3)`);
    expect(out).toMatchObject({ width: 850, height: 850 });
  });

  it('(property) whatever goes in, nothing dangerous comes out, and the output sanitises to itself', () => {
    const piece = fc.constantFrom(
      '<script>x()</script>', '<rect onclick="x()" width="1"/>', '<a href="javascript:x"><circle r="1"/></a>', '<image href="http://e.org/a.png"/>',
      '<use href="http://e.org/x.svg#a"/>', '<use xlink:href="#ok"/>', '<style>@import "http://e"; .a{fill:url(http://e)}</style>', '<rect style="fill:url(&quot;http://e&quot;)"/>',
      '<foreignObject><div xmlns="http://www.w3.org/1999/xhtml">x</div></foreignObject>', '<set attributeName="href" to="javascript:x"/>', '<g fill="url(#ok)"><path d="M0 0"/></g>',
      '<text>a &amp; b &#60; c</text>', '<![CDATA[ <script> ]]>', '<!-- <script> -->', '<x:evil xmlns:x="y"><rect/></x:evil>', '<rect fill="&#x6A;avascript:"/>', '<style><![CDATA[</style><script>x</script>]]></style>',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.array(fc.nat(60), { maxLength: 3 }), (parts, cuts) => {
        let body = parts.join('');
        // some inputs are cut short, to be refused rather than half-read
        for (const c of cuts) body = body.slice(0, Math.max(0, body.length - c));
        const out = sanitiseSvgText(`<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 10 10">${body}</svg>`);
        if (!out) return;
        expect(out.svg).not.toMatch(DANGER);
        expect(sanitiseSvgText(out.svg)?.svg).toBe(out.svg);
      }),
      { numRuns: 400 },
    );
  });
});

describe('checking pack pictures', () => {
  it('inflates a picture left compressed in its zip where it is checked, and gives its size', async () => {
    const zip = zipSync({ 'EN/bus.svg': strToU8(svgOf(3)), 'EN/broken.svg': strToU8('<svg><g></svg>') });
    const files = filesOfZip(zip);
    const bus = files.find((f) => f.path === 'EN/bus.svg')!;
    expect(bus.bytes.length).toBe(0); // not inflated when the pack is read
    expect(bus.deflated?.size).toBe(svgOf(3).length);
    const checked = await checkPicture({ path: bus.path, bytes: bus.bytes, deflated: bus.deflated });
    expect(checked).toMatchObject({ mime: 'image/svg+xml', width: 100, height: 100 });
    expect(atob(checked!.data)).toContain('<circle');
    const broken = files.find((f) => f.path === 'EN/broken.svg')!;
    expect(await checkPicture({ path: broken.path, bytes: broken.bytes, deflated: broken.deflated })).toBeNull();
  });

  it('a picture whose compressed data is damaged fails alone', async () => {
    const data = new Uint8Array([1, 2, 3, 4]);
    expect(await checkPicture({ path: 'x.svg', bytes: new Uint8Array(0), deflated: { data, method: 8, size: 100 } })).toBeNull();
  });

  it('where workers cannot start, the pictures are checked on the page, in order, with progress', async () => {
    const jobs = Array.from({ length: 120 }, (_, i) => ({ path: `p${i}.svg`, bytes: strToU8(i === 7 ? 'nope' : realisticSvg(i)) }));
    const progress: number[] = [];
    const results = await checkPictures(jobs, (done) => progress.push(done));
    expect(results.map((r) => r === null)).toEqual(jobs.map((_, i) => i === 7));
    expect(results[3]!.data).toBe((await checkPicture(jobs[3]))!.data);
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(120);
  });
});
