/**
 * Scene → one self-contained HTML page for a phone held upright, made from the Scene's
 * parts (not a picture of the page): one idea per row in reading order, pictures as inline
 * SVG named for screen readers, photos and fonts inside the file, the profile's font, text
 * size, tint and colours, and reading aloud with the device's own voices. The page makes no
 * request of any kind: its Content-Security-Policy allows only what is inside it.
 *
 * Reads only the Scene, the font bytes and the words it is given, so it runs in a browser,
 * a worker and Node alike. Every word a person reads comes in from the caller, in the
 * document's language.
 */
import type { Prim, Scene } from '../layout/scene';
import { isRtlLanguage } from '../layout/bidi';
import { figureName, type PictureWords } from '../layout/reading';
import { sceneRows, type Row, type RowBlock, type RowFigure, type RowLine } from './rows';
import { esc, figureSvg, SymbolDefs } from './svg';
import { subsetFont } from './fontSubset';
import { READ_ALOUD_SCRIPT } from './readAloud';
import { phoneCss, pageLook } from './look';

/** The page's own words, in the document's language. */
export interface PhoneStrings {
  /** The button that reads the whole page: "Read it all to me". */
  readAll: string;
  /** The same button while reading: "Stop". */
  stop: string;
  /** Each row's button: "Read". */
  read: string;
  /** A device with no speech at all: "This phone cannot read aloud." */
  noSpeech: string;
  /** A device with no voice for a language: "This phone has no {{language}} voice." */
  noVoice: string;
  /** A link to another part of the page (a board's button that opens another board): "Go to {{place}}". */
  goTo: string;
}

export interface PhoneOptions {
  /** TrueType bytes per font id used in the scene (`scene.fonts`). */
  fonts: Record<string, Uint8Array>;
  strings: PhoneStrings;
  /** Words for naming pictures, in the document's language. */
  words: PictureWords;
}

/** base64 of bytes, in the browser and Node alike. */
function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The `sha256-…` source of a script, for the Content-Security-Policy. */
export async function scriptHash(script: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(script));
  return `sha256-${base64(new Uint8Array(digest))}`;
}

const SPEAKER = '<svg class="icon" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path d="M3 9v6h4l5 4V5L7 9H3z" fill="currentColor"/><path d="M16 8.5a5 5 0 0 1 0 7M18.5 6a8.5 8.5 0 0 1 0 12" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>';

/** A language's name in the document's language ("Wrdw" in Welsh), for the no-voice message. */
function languageName(code: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** An arrow pointing the way the page reads (turned round by the stylesheet in a right-to-left page). */
const ARROW = '<svg class="icon go-arrow" aria-hidden="true" focusable="false" viewBox="0 0 24 24" width="24" height="24"><path d="M4 12h14M13 6l6 6-6 6" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" stroke-linejoin="round"/></svg>';

/** Where a link on the page leads: the id of a part of the page and that part's name in words. */
interface LinkTarget {
  id: string;
  words: string;
}

/**
 * The parts of the page that links lead to (the boards of a board set): each document page
 * that some row links to, as the id of its section and the words that name it ("Go to
 * Food"), from its first heading, else its printed page number ("Go to page 2").
 */
function linkTargets(scene: Scene, blocks: RowBlock[], strings: PhoneStrings, words: PictureWords): Map<string, LinkTarget> {
  const wanted = new Set(blocks.flatMap((b) => b.rows.flatMap((r) => (r.kind === 'row' && r.link ? [r.link] : []))));
  const out = new Map<string, LinkTarget>();
  scene.pages.forEach((p, i) => {
    if (!wanted.has(p.pageId) || out.has(p.pageId)) return;
    const heading = blocks.filter((b) => b.pageId === p.pageId).flatMap((b) => b.rows).find((r) => r.kind === 'heading');
    const name = heading?.lines.find((l) => !l.second)?.text.trim();
    out.set(p.pageId, { id: `page-${i + 1}`, words: name ? strings.goTo.replace('{{place}}', name) : words.link.replace('{{page}}', String(i + 1)) });
  });
  return out;
}

class PageWriter {
  readonly defs = new SymbolDefs();
  /** Every character shown, so the fonts can be cut down to them. */
  shown = '';
  private rowIds = 0;
  private clipIds = 0;

  constructor(
    private readonly scene: Scene,
    private readonly options: PhoneOptions,
    private readonly family: (font: string) => string,
    private readonly targets: Map<string, LinkTarget> = new Map(),
  ) {}

  /** A row's link to the part of the page it leads to, when that part is on the page. */
  private link(pageId: string | undefined): string {
    const to = pageId ? this.targets.get(pageId) : undefined;
    return to ? `<a class="go" href="#${to.id}">${ARROW}<span>${this.text(to.words)}</span></a>` : '';
  }

  /** Text shown on the page, escaped, and noted for the font subsets. */
  text(s: string): string {
    this.shown += s;
    return esc(s);
  }

  private langAttr(line: RowLine): string {
    return line.lang && line.lang !== this.scene.language ? ` lang="${esc(line.lang)}" dir="auto"` : '';
  }

  private figure(f: RowFigure): string {
    for (const p of f.prims) if (p.t === 'text') this.shown += p.text;
    return figureSvg(f.prims as Prim[], figureName(f.part, this.options.words), this.defs, this.family, () => `c${this.clipIds++}`);
  }

  private button(describedBy: string): string {
    const read = this.text(this.options.strings.read);
    return `<button class="say" type="button" data-read="${read}" aria-describedby="${describedBy}">${SPEAKER}<span class="label">${read}</span></button>`;
  }

  /** One row (an `li` in a list, else a `div`). */
  row(r: Row, tag: 'li' | 'div'): string {
    const id = `r${this.rowIds++}`;
    if (r.kind === 'heading') {
      const level = r.level;
      return `<h${level} data-unit id="${id}">${r.lines.map((l) => `<span class="${l.second ? 'second' : 'main'}" data-line${this.langAttr(l)}>${this.text(l.text)}</span>`).join('')}</h${level}>`;
    }
    if (r.kind === 'words') {
      const sentence = r.words.map((w) => w.text).join(' ');
      const words = r.words.map((w) => `<span class="word">${w.figure ? this.figure(w.figure) : ''}<span class="w">${this.text(w.text)}</span></span>`).join(' ');
      return `<${tag} class="row words-row" data-unit id="${id}"><p class="words" id="${id}-t">${words}<span data-line hidden>${esc(sentence)}</span></p>${this.button(`${id}-t`)}</${tag}>`;
    }
    const pics = r.figures.length ? `<div class="pics">${r.figures.map((f) => this.figure(f)).join('')}</div>` : '';
    // a row of pictures alone reads out their names
    const lines = r.lines.length
      ? r.lines.map((l) => `<p class="${l.second ? 'second' : 'main'}" data-line${this.langAttr(l)}>${this.text(l.text)}</p>`).join('')
      : `<span data-line hidden>${esc(r.figures.map((f) => figureName(f.part, this.options.words)).join(', '))}</span>`;
    return `<${tag} class="row" data-unit id="${id}">${pics}<div class="body"><div class="text" id="${id}-t">${lines}</div>${this.button(`${id}-t`)}${this.link(r.link)}</div></${tag}>`;
  }
}

/** Writes the scene as one HTML page for a phone. */
export async function phonePage(scene: Scene, options: PhoneOptions): Promise<string> {
  const look = pageLook(scene);
  const lang = scene.language;
  const rtl = isRtlLanguage(lang);
  const fonts = look.fonts.filter((f) => options.fonts[f.id]);
  const family = (font: string) => fonts.find((f) => f.id === font)?.family ?? look.fallbackFamily;
  const blocks = sceneRows(scene);
  const targets = linkTargets(scene, blocks, options.strings, options.words);
  const w = new PageWriter(scene, options, family, targets);
  const hasHeading = blocks.some((b) => b.rows.some((r) => r.kind === 'heading'));

  const s = options.strings;
  const languages = [...new Set([lang, ...(scene.secondLanguage ? [scene.secondLanguage] : [])])];
  const noVoice = languages.map((l) => `<span data-no-voice-for="${esc(l)}">${w.text(s.noVoice.replace('{{language}}', languageName(l, lang)))}</span>`).join('');
  // each part a link leads to is a section of its own, which the link scrolls to and moves the keyboard to
  let main = '';
  let open: string | null = null;
  for (const b of blocks) {
    if (b.pageId !== open) {
      if (open !== null) main += '</section>';
      open = null;
      const to = targets.get(b.pageId);
      if (to) {
        main += `<section class="target" id="${to.id}" tabindex="-1">`;
        open = b.pageId;
      }
    }
    main += b.list ? `<ol class="rows">${b.rows.map((r) => w.row(r, 'li')).join('')}</ol>` : b.rows.map((r) => w.row(r, 'div')).join('');
  }
  if (open !== null) main += '</section>';
  const footerText = [...scene.pages].reverse().find((p) => p.footerText)?.footerText ?? scene.attributions.join(' · ');
  const title = scene.title.trim() || s.readAll;
  const header = `<header>${hasHeading ? '' : `<h1>${w.text(title)}</h1>`}<button id="read-all" type="button" aria-pressed="false" data-read="${w.text(s.readAll)}" data-stop="${w.text(s.stop)}">${SPEAKER}<span class="label">${esc(s.readAll)}</span></button><p id="status" class="note" role="status" hidden></p></header>`;
  const footer = footerText ? `<footer><p>${w.text(footerText)}</p></footer>` : '';
  const hidden = `<div hidden>${noVoice}<span id="no-speech">${w.text(s.noSpeech)}</span></div>`;

  // the fonts, cut down to what the page shows
  const faces = fonts.map((f) => `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-display:block;src:url(data:font/ttf;base64,${base64(subsetFont(options.fonts[f.id], w.shown))}) format('truetype')}`).join('');
  const csp = ["default-src 'none'", 'img-src data:', 'font-src data:', "style-src 'unsafe-inline'", `script-src '${await scriptHash(READ_ALOUD_SCRIPT)}'`, "base-uri 'none'", "form-action 'none'"].join('; ');
  return `<!DOCTYPE html>
<html lang="${esc(lang)}" dir="${rtl ? 'rtl' : 'ltr'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${esc(title)}</title>
<style>${faces}${phoneCss(look)}</style>
</head>
<body>
${w.defs.html()}${header}<main>${main}</main>${footer}${hidden}
<script>${READ_ALOUD_SCRIPT}</script>
</body>
</html>
`;
}
