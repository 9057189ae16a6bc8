/**
 * How the phone page looks, taken from the Scene as the profile drew it: the page colour
 * (the young person's tint), the colour, font and size of the words, and the fonts used.
 */
import type { Scene } from '../layout/scene';

export interface PageFont {
  /** Font id in the scene (`atkinson`, `atkinson-bold`, `naskh`). */
  id: string;
  family: string;
  weight: 400 | 700;
}

export interface PageLook {
  background: string;
  color: string;
  /** Size of the words, CSS pixels. */
  size: number;
  fonts: PageFont[];
  /** The font stack for everything. */
  fallbackFamily: string;
}

const ARABIC_FONT = 'naskh';

/** The value seen most often. */
function most<T>(values: T[], fallback: T): T {
  const count = new Map<T, number>();
  for (const v of values) count.set(v, (count.get(v) ?? 0) + 1);
  let best = fallback;
  let n = 0;
  for (const [v, k] of count) if (k > n) [best, n] = [v, k];
  return best;
}

/** The look of a scene's words: what most of its lines of text are set in. */
export function pageLook(scene: Scene): PageLook {
  const lines = scene.pages.flatMap((p) =>
    p.items.flatMap((it) => it.prims.filter((pr) => pr.t === 'text' && pr.part !== undefined && it.parts[pr.part]?.role !== 'figure' && !it.parts[pr.part]?.second)),
  );
  const texts = lines.flatMap((p) => (p.t === 'text' ? [p] : []));
  const footer = scene.pages.flatMap((p) => p.footer);
  // a line placed run by run (Urdu with an English name in it) is in its runs' fonts
  const latin = [...texts, ...footer].flatMap((t) => t.runs?.filter((r) => r.text.trim()).map((r) => r.font) ?? [t.font]).filter((f) => f !== ARABIC_FONT && !f.endsWith('-bold'));
  const main = most(latin, 'atkinson');
  const used = new Set(scene.fonts);
  const fonts: PageFont[] = [{ id: main, family: 'sp-text', weight: 400 }];
  if (used.has(`${main}-bold`)) fonts.push({ id: `${main}-bold`, family: 'sp-text', weight: 700 });
  if (used.has(ARABIC_FONT)) fonts.push({ id: ARABIC_FONT, family: 'sp-arabic', weight: 400 });
  // the profile's smallest size is 14 pt; on a phone the words are never below 18 px
  const size = Math.min(48, Math.max(18, Math.round(most(texts.filter((t) => !t.inPicture).map((t) => t.size), 18))));
  return {
    background: scene.pages[0]?.background ?? '#ffffff',
    color: most(texts.map((t) => t.color), '#1a1a1a'),
    size,
    fonts,
    fallbackFamily: `'sp-text', ${used.has(ARABIC_FONT) ? "'sp-arabic', " : ''}sans-serif`,
  };
}

/** The page's stylesheet: one column for a phone held upright, large tap targets. */
export function phoneCss(look: PageLook): string {
  return `
:root{--bg:${look.background};--fg:${look.color};--pic:${Math.max(96, look.size * 4)}px}
html{background:var(--bg);color:var(--fg);font-family:${look.fallbackFamily};font-size:${look.size}px;line-height:1.45;-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0 auto;max-width:40rem;padding:0 12px 32px}
.defs{position:absolute;width:0;height:0;overflow:hidden}
header{position:sticky;top:0;z-index:1;background:var(--bg);padding:10px 0 6px}
h1,h2{margin:.6em 0 .3em;line-height:1.2}
h1{font-size:1.5em}h2{font-size:1.25em}
h1 .second,h2 .second{display:block}
button{font:inherit;font-weight:700;min-height:56px;min-width:56px;padding:8px 16px;border-radius:14px;border:2px solid #1f5f8b;background:#ffffff;color:#12344d;display:inline-flex;align-items:center;justify-content:center;gap:8px;cursor:pointer;touch-action:manipulation}
button:focus-visible{outline:4px solid #f2b705;outline-offset:2px}
#read-all{width:100%;background:#1f5f8b;color:#ffffff}
#read-all[aria-pressed=true]{background:#12344d}
button.no-voice{border-style:dashed;font-weight:400}
.icon{flex:none}
.note{margin:.4em 0 0;font-weight:700}
.rows{list-style:none;margin:0;padding:0}
.row{display:flex;flex-wrap:wrap;align-items:center;gap:12px;margin:10px 0;padding:12px;border:2px solid color-mix(in srgb,var(--fg) 25%,transparent);border-radius:16px}
.pics{flex:none;display:flex;gap:8px;max-width:100%}
.pic{height:var(--pic);width:auto;max-width:100%}
.body{flex:1 1 11rem;display:flex;flex-wrap:wrap;align-items:center;gap:8px 12px;min-width:0}
.text{flex:1 1 8rem;min-width:0}
.row p{margin:0}
.second{font-size:.9em}
.words-row .words{flex:1 1 100%;margin:0;display:flex;flex-wrap:wrap;align-items:flex-end;gap:.2em .35em}
.word{display:inline-flex;flex-direction:column;align-items:center}
.word .pic{height:2.6em}
.row .say{margin-inline-start:auto}
[data-unit].speaking{outline:6px solid #f2b705;outline-offset:3px;border-radius:16px}
a.go{flex:1 1 100%;display:flex;align-items:center;gap:8px;min-height:56px;padding:4px 8px;border-radius:14px;color:var(--fg);font-weight:700;text-decoration:underline;text-underline-offset:3px}
a.go:focus-visible{outline:4px solid #f2b705;outline-offset:2px}
[dir=rtl] .go-arrow{transform:scaleX(-1)}
section.target{scroll-margin-top:calc(1.5em + 60px)}
section.target:focus{outline:none}
footer{margin-top:24px;font-size:16px}
`;
}
