/**
 * Shaping Arabic script with fontkit, the same way everywhere: the app (screen and PDF), the
 * worker and the command line all measure a run with these widths, so a line breaks in the
 * same place wherever a document is laid out.
 */
import type { Font, Glyph, GlyphPosition } from '@cantoo/fontkit';
import { ARABIC_SCRIPT, type Shaper } from './fontMetrics';
import type { SignpostDocument } from '../model/schema';
import { textsOf } from '../model/elements';

/** Fonts whose runs are shaped (Arabic script is set in Noto Naskh Arabic); others measure by their advance table. */
export const SHAPED_FONTS: readonly string[] = ['naskh'];

/** Shapes one run with fontkit: glyphs and positions in visual order. */
export function shapeRun(font: Font, text: string, rtl: boolean): { glyphs: Glyph[]; positions: GlyphPosition[]; advanceWidth: number } {
  // kerning and ligatures stay off, as for the other fonts (the Arabic joining forms are not optional)
  const run = font.layout(text, { kern: false, liga: false }, rtl ? 'arab' : 'latn', undefined, rtl ? 'rtl' : 'ltr');
  return { glyphs: run.glyphs, positions: run.positions ?? [], advanceWidth: run.advanceWidth };
}

/** A measurer's shaper from fontkit fonts by id (a font it lacks measures as nothing, never as a guess). */
export function fontkitShaper(fontOf: (fontId: string) => Font | undefined): Shaper {
  return (text, fontId, size, rtl) => {
    const f = fontOf(fontId);
    return f ? (shapeRun(f, text, rtl).advanceWidth * size) / f.unitsPerEm : 0;
  };
}

/** Whether laying out the document (and any extra words, such as a footer's name) shapes Arabic script. */
export function needsShaping(doc: SignpostDocument, extra: readonly string[] = []): boolean {
  if (extra.some((t) => ARABIC_SCRIPT.test(t)) || ARABIC_SCRIPT.test(doc.title)) return true;
  return doc.pages.some((p) => p.elements.some((e) => textsOf(e).some((s) => ARABIC_SCRIPT.test(s.text))));
}
