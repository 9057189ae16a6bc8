/**
 * CSS inside imported SVG (`<style>` elements and `style` attributes) with everything that
 * could reach outside the file removed: `@import` rules, `url(...)` that is not a
 * reference inside the file (`url(#id)` stays), and `image-set(...)`, which takes bare
 * strings as addresses. CSS that uses escapes is dropped whole: an escape can spell any
 * of these (`@\69mport`), and symbol files have no need of them.
 */

const URL_FN = /url\(\s*("[^"]*"|'[^']*'|[^)'"]*)\s*\)/gi;

/** The CSS with outside references removed; an empty string when it cannot be made safe. */
export function cleanSvgCss(css: string): string {
  if (css.includes('\\')) return '';
  let out = css.replace(/\/\*[\s\S]*?(\*\/|$)/g, ' ');
  out = out.replace(/@import\b[^;]*(;|$)/gi, '');
  out = out.replace(URL_FN, (whole, inner: string) => (/^['"]?#/.test(inner.trim()) ? whole : 'none'));
  // a url( the pattern could not close (an unbalanced quote) goes to the end of its declaration, as does image-set(
  out = out.replace(/url\((?!\s*['"]?#)[^;}]*/gi, 'none').replace(/(-webkit-)?image-set\([^;}]*/gi, 'none');
  // a comment start left behind cannot swallow what follows
  return out.replace(/\/\*/g, '');
}
