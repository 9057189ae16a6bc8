import { describe, expect, it } from 'vitest';
import { cleanSvgCss } from '../../src/storage/svgCss';

const outside = (css: string) => /@import|url\(\s*(?!['"]?#)|image-set|example\.org/i.test(css);

describe('cleanSvgCss', () => {
  it('removes @import rules, in every spelling', () => {
    for (const css of ['@import "http://example.org/a.css"; .a{fill:red}', "@import url(http://example.org/a.css) screen;.a{fill:red}", '@IMPORT   \'//example.org\'', '@import url("x;y") ; .a{fill:red}']) {
      const out = cleanSvgCss(css);
      expect(outside(out), out).toBe(false);
    }
    expect(cleanSvgCss('@import "http://example.org/a.css"; .a{fill:red}')).toContain('.a{fill:red}');
  });

  it('removes url(...) that points outside and keeps url(#id)', () => {
    const css = '.a{fill:url(#grad)} .b{background:url(http://example.org/p.png)} .c{fill:url( "https://example.org/x" )} .d{mask:url(\'#m\')} .e{cursor:url(//example.org/c)}';
    const out = cleanSvgCss(css);
    expect(outside(out), out).toBe(false);
    expect(out).toContain('url(#grad)');
    expect(out).toContain("url('#m')");
  });

  it('leaves nothing by comments, unclosed urls, image-set or escapes', () => {
    for (const css of ['.a{background:url("http://example.org/x)}', '.a{background:image-set("http://example.org/x.png" 1x)}', '@\\69mport "http://example.org/a.css";', '.a{background:u\\72l(http://example.org)}', '.a{fill:red}/* @import "http://example.org" ']) {
      const out = cleanSvgCss(css);
      expect(outside(out), `${css} → ${out}`).toBe(false);
    }
  });

  it('leaves ordinary CSS as it is (negative control)', () => {
    const css = '.st0{fill:#e53935;stroke:#333;stroke-width:2} .st1{fill:url(#g1)}';
    expect(cleanSvgCss(css)).toBe(css);
  });
});
