/** Laying out a text box: its lines (and its second-language lines), each block in its own font. */
import type { TextBox } from '../../model/schema';
import { boldOf, fontForText } from '../fontMetrics';
import { isRtlText } from '../bidi';
import { breakLines } from '../text';
import type { TextPrim } from '../scene';
import type { LayoutStyle } from '../style';
import { PartsBuilder } from './parts';
import type { ElementLayout, LaidOut, LayoutContext } from './types';

/** Bold text at least this much larger than body text (16 pt) reads as a heading. */
const HEADING_SCALE = 1.15;
/** Body text size a document is written at, points: what its headings are measured against. */
const BODY_SIZE = 16;

/** A heading's smallest size: a quarter larger than the profile's floor, so it stays larger than body text. */
export const headingFloor = (style: LayoutStyle): number => Math.ceil(style.minTextSize * 1.25);

function layoutText(e: TextBox, w: number, h: number, { style, deps }: LayoutContext): LaidOut {
  const m = deps.measurer;
  const face = e.bold ? boldOf(style.font) : style.font;
  // a heading is the author's: bold and larger than body text, whatever the profile
  const heading = e.bold && e.fontSize >= BODY_SIZE * HEADING_SCALE;
  // no text below the profile's size; a heading stays larger than the text under it
  const size = Math.max(e.fontSize, heading ? headingFloor(style) : style.minTextSize);
  const second = style.bilingual ? (e.text2 ?? '').trim() : '';
  const blocks = second ? (style.secondFirst ? [{ text: second, second: true }, { text: e.text, second: false }] : [{ text: e.text, second: false }, { text: second, second: true }]) : [{ text: e.text, second: false }];
  const lh = size * style.lineHeight;
  const out = new PartsBuilder();
  let y = 0;
  // the lowest ink: the space a line leaves under its letters is not needed after the last one
  // (the lines fit when their line boxes do, or when their letters do)
  let ink = 0;
  // each block in its own font (an Urdu line under an English one is set in Naskh)
  for (const block of blocks) {
    const font = fontForText(block.text, face);
    const base = m.baseline(font, size, style.lineHeight);
    const metrics = m.metrics(font);
    const descent = (-metrics.descent * size) / metrics.unitsPerEm;
    const lines: TextPrim[] = [];
    for (const line of breakLines(m, block.text, font, size, w)) {
      const lw = m.width(line, font, size);
      // alignment follows the document's direction; a line written the other way starts at the other side
      const align = e.align !== 'center' && isRtlText(line) !== style.rtl ? (e.align === 'left' ? 'right' : 'left') : e.align;
      const x = align === 'left' ? 0 : align === 'center' ? (w - lw) / 2 : w - lw;
      lines.push({ t: 'text', x, y: y + base, text: line, font, size, color: style.forceTextColor ? style.textColor : e.color });
      ink = y + base + descent;
      y += lh;
    }
    if (block.text.trim()) out.add({ role: heading ? 'heading' : 'text', text: block.text.trim(), ...(block.second ? { second: true as const } : {}) }, lines);
  }
  return { prims: out.prims, parts: out.parts, overflow: Math.min(y, ink) > h + 0.01, needHeight: y };
}

export const textBoxLayout: ElementLayout<TextBox> = {
  layout: layoutText,
  pictures: () => [],
};
