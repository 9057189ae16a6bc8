/**
 * Arabic-script runs in the PDF. pdf-lib's `encodeText` shapes a whole string in one
 * direction and drops GPOS positions, so the dots that Noto Naskh Arabic draws as separate
 * marks sit off. Here each run that layout placed (its text, direction and left end: see
 * `TextRun`) is shaped by fontkit with its script and direction, starting at the run's
 * left end, and every glyph is placed where fontkit puts it within the run (advance and
 * mark offsets). Lines are never split or reordered here.
 * Every letter carries its ActualText, so copying or extracting the line gives the words
 * in reading order with every letter whole. Devanagari and Bengali runs are shaped too
 * (conjuncts, vowel signs before their consonant), a word per span (`indicRunOps`).
 */
import type { Font, Glyph } from '@cantoo/fontkit';
import type { PDFFont } from '@cantoo/pdf-lib';
import { shapeRun } from '../layout/shaping';
import type { TextRun } from '../layout/scene';
import { DEVANAGARI_SCRIPT, BENGALI_SCRIPT } from '../layout/scripts';

export { shapeRun };
import { num } from './ops';

/** The parts of pdf-lib's subset embedder used here (it has no public glyph-level API). */
interface SubsetEmbedder {
  font: Font;
  subset: { includeGlyph(g: Glyph): number };
  glyphs: Glyph[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
}

function embedderOf(font: PDFFont): SubsetEmbedder {
  const e = (font as unknown as { embedder: Partial<SubsetEmbedder> }).embedder;
  if (!e?.font || !e.subset || !e.glyphs || !e.glyphIdMap || !e.glyphCache) throw new Error('Shaped text needs a subset custom font');
  return e as SubsetEmbedder;
}

/** Adds a glyph to the font subset and returns its id in the subset, as `encodeText` does. */
function includeGlyph(e: SubsetEmbedder, g: Glyph): number {
  const id = e.subset.includeGlyph(g);
  e.glyphs[id - 1] = g;
  e.glyphIdMap.set(g.id, id);
  return id;
}

/** UTF-16BE hex string with byte order mark, for ActualText. */
function utf16Hex(text: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < text.length; i++) hex += text.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * A left-to-right Devanagari or Bengali run, word by word (letters do not combine across a
 * space, and layout measured each word so). A vowel sign may stand before the consonant it
 * follows in the text, and several letters may be one conjunct glyph, so no glyph stands
 * for one letter: each word is one marked-content span whose ActualText is the word as
 * typed, and extraction and copying give the word whole. Returns the pen after the run.
 */
function indicRunOps(e: SubsetEmbedder, text: string, pen: number, y: number, scale: number, out: string[]): number {
  for (const part of text.split(/( +)/)) {
    if (!part) continue;
    const { glyphs, positions } = shapeRun(e.font, part, false);
    const word = part.trim() !== '';
    if (word) out.push(`/Span << /ActualText ${utf16Hex(part)} >> BDC`);
    glyphs.forEach((g, i) => {
      const p = positions[i];
      if (word) out.push(`1 0 0 -1 ${num(pen + p.xOffset * scale)} ${num(y - p.yOffset * scale)} Tm`, `<${includeGlyph(e, g).toString(16).padStart(4, '0')}> Tj`);
      pen += p.xAdvance * scale;
    });
    if (word) out.push('EMC');
  }
  return pen;
}

/**
 * Content-stream operators that draw one run of Arabic script (or Devanagari, Bengali) with
 * its left end at `run.x` and its baseline at `y` on a top-down page. `fontName` is the
 * font's resource name.
 *
 * Each letter's base glyph is a marked-content span whose ActualText is the letter as
 * typed: several letters share one dotless base glyph (ب ت ث), which a font's ToUnicode
 * map cannot tell apart. Spans per letter, not per line, keep each letter at its own
 * place, so text extraction orders the line as it would any right-to-left text.
 */
export function shapedRunOps(font: PDFFont, fontName: string, run: Pick<TextRun, 'text' | 'rtl' | 'x'>, y: number, size: number, color: string): string[] {
  const e = embedderOf(font);
  const scale = size / e.font.unitsPerEm;
  const out = ['BT', `${color} rg`, `/${fontName} ${num(size)} Tf`];
  let pen = run.x;
  const marks: (() => void)[] = [];
  if (!run.rtl && (DEVANAGARI_SCRIPT.test(run.text) || BENGALI_SCRIPT.test(run.text))) indicRunOps(e, run.text, pen, y, scale, out);
  else {
    const { glyphs, positions } = shapeRun(e.font, run.text, run.rtl);
    // clusters: a glyph that carries characters, with the marks that sit on it (before it
    // in a right-to-left run, which fontkit has already reversed; after it otherwise)
    const clusters: number[][] = [];
    let pending: number[] = [];
    glyphs.forEach((g, i) => {
      const isMark = g.codePoints.length === 0;
      if (run.rtl) {
        pending.push(i);
        if (!isMark) {
          clusters.push(pending);
          pending = [];
        }
      } else if (isMark && clusters.length) clusters[clusters.length - 1].push(i);
      else clusters.push([i]);
    });
    if (pending.length) clusters.push(pending);
    // where each glyph's advance starts, left to right
    const pens: number[] = [];
    for (const p of positions) {
      pens.push(pen);
      pen += p.xAdvance * scale;
    }
    const place = (i: number) => {
      const p = positions[i];
      // fontkit's offsets are y-up; the page is drawn top-down
      out.push(`1 0 0 -1 ${num(pens[i] + p.xOffset * scale)} ${num(y - p.yOffset * scale)} Tm`, `<${includeGlyph(e, glyphs[i]).toString(16).padStart(4, '0')}> Tj`);
    };
    // the characters of each cluster, taken from the run in reading order (fontkit caches
    // glyph objects, so a glyph's own codePoints may be those of another letter it served)
    const chars = Array.from(run.text);
    const texts = new Map<number[], string>();
    let at = 0;
    for (const cluster of run.rtl ? [...clusters].reverse() : clusters) {
      const n = cluster.reduce((k, i) => k + (glyphs[i].codePoints.length ? Math.max(1, glyphs[i].codePoints.length) : 0), 0);
      texts.set(cluster, chars.slice(at, at + n).join(''));
      at += n;
    }
    const lastCluster = run.rtl ? clusters[0] : clusters[clusters.length - 1];
    if (at < chars.length && lastCluster) texts.set(lastCluster, texts.get(lastCluster) + chars.slice(at).join(''));
    for (const cluster of clusters) {
      // the span holds the base glyph only, so its box is the letter's box; marks carry no text
      const base = cluster.find((i) => glyphs[i].codePoints.length > 0);
      const text = texts.get(cluster);
      if (base !== undefined && text) {
        out.push(`/Span << /ActualText ${utf16Hex(text)} >> BDC`);
        place(base);
        out.push('EMC');
      }
      for (const i of cluster) if (i !== base || !text) marks.push(() => place(i));
    }
  }
  out.push('ET');
  // the marks last, as an artifact: they carry no text of their own, and drawn between the
  // letters they would break the words for text extraction
  if (marks.length) {
    out.push('/Artifact BMC', 'BT', `${color} rg`, `/${fontName} ${num(size)} Tf`);
    for (const m of marks) m();
    out.push('ET', 'EMC');
  }
  e.glyphCache.invalidate();
  return out;
}
