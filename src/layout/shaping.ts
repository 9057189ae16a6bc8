/**
 * Shaping Arabic script, Devanagari and Bengali with fontkit, the same way everywhere: the app (screen and PDF), the
 * worker and the command line all measure a run with these widths, so a line breaks in the
 * same place wherever a document is laid out.
 */
import type { Font, Glyph, GlyphPosition } from '@cantoo/fontkit';
import type { Shaper } from './fontMetrics';
import { SCRIPT_FONTS, SHAPED_SCRIPT, shapingScript } from './scripts';
import type { Page, SignpostDocument } from '../model/schema';
import { textsOf } from '../model/elements';

/**
 * Fonts whose runs are shaped (Arabic script in Noto Naskh Arabic, Devanagari and Bengali in
 * their Noto Sans fonts); others measure by their advance table.
 */
export const SHAPED_FONTS: readonly string[] = SCRIPT_FONTS.map((s) => s.font);

/** Shapes one run with fontkit: glyphs and positions in visual order. */
export function shapeRun(font: Font, text: string, rtl: boolean): { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number } {
  // kerning and ligatures stay off, as for the other fonts (Arabic joining forms, and
  // Devanagari and Bengali conjuncts and vowel-sign reordering, are not optional features).
  // Devanagari and Bengali are left to fontkit, which chooses the font's newer Indic tables
  // (dev2, bng2): asked for 'beng' it shaped no conjuncts
  const script = rtl ? 'arab' : shapingScript(text) === 'latn' ? 'latn' : undefined;
  const run = font.layout(text, { kern: false, liga: false }, script, undefined, rtl ? 'rtl' : 'ltr');
  return { glyphs: run.glyphs, positions: run.positions ?? [], advanceWidth: run.advanceWidth };
}

/** A measurer's shaper from fontkit fonts by id (a font it lacks measures as nothing, never as a guess). */
export function fontkitShaper(fontOf: (fontId: string) => Font | undefined): Shaper {
  return (text, fontId, size, rtl) => {
    const f = fontOf(fontId);
    return f ? (shapeRun(f, text, rtl).advanceWidth * size) / f.unitsPerEm : 0;
  };
}

/** Whether each page's words need shaping (pages are immutable; the editor asks on every edit). */
const pageShaped = new WeakMap<Page, boolean>();

/** Whether laying out the document (and any extra words, such as a footer's name) shapes Arabic script, Devanagari or Bengali. */
export function needsShaping(doc: SignpostDocument, extra: readonly string[] = []): boolean {
  if (extra.some((t) => SHAPED_SCRIPT.test(t)) || SHAPED_SCRIPT.test(doc.title)) return true;
  return doc.pages.some((p) => {
    let shaped = pageShaped.get(p);
    if (shaped === undefined) pageShaped.set(p, (shaped = p.elements.some((e) => textsOf(e).some((s) => SHAPED_SCRIPT.test(s.text)))));
    return shaped;
  });
}
