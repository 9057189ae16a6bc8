/**
 * Pictures made from a sentence's values (see symbols/values.ts), drawn as vectors with the
 * ordinary scene prims so that screen and print agree: a clock face at the written time with
 * a sun or moon badge, and calendar pages for a weekday (its short name in the document's
 * language) or a date (month in the band, day number large). Text is set in the layout's
 * fonts, which the PDF embeds.
 */
import type { Prim, TextPrim } from './scene';
import type { LayoutDeps } from './deps';
import type { LayoutStyle } from './style';
import { boldOf, fontForText, type TextMeasurer } from './fontMetrics';
import { withRuns } from './runs';
import { isGeneratedId, parseGeneratedId, type GeneratedValue } from '../symbols/values';
import type { SymbolRef } from '../model/schema';

export { isGeneratedId };

/** OpenMoji sun and crescent moon, the day and night badges of a clock. */
export const SUN = '2600';
export const MOON = '1F319';

const INK = '#222222';
const FACE = '#ffffff';
const BAND = '#d8453b';
const RING = '#555555';
const TICK_MUTED = '#666666';

/** Day runs from 06:00 to 18:59; the rest is night. */
export const isDaytime = (hour: number) => hour >= 6 && hour < 19;

/** The symbols a generated picture draws from a library: the clock's sun or moon. */
export function generatedRefs(id: string): SymbolRef[] {
  const v = parseGeneratedId(id);
  return v?.kind === 'clock' ? [{ set: 'openmoji', id: isDaytime(v.hour) ? SUN : MOON }] : [];
}

/** The library symbols a picture of `ids` needs: each symbol itself, or a generated picture's badge. */
export function symbolRefsOf(set: string, ids: readonly string[]): SymbolRef[] {
  return ids.flatMap((id) => (isGeneratedId(id) ? generatedRefs(id) : [{ set, id }]));
}

const ink = (style: LayoutStyle) => (style.forceTextColor ? style.textColor : INK);

/** Prims that draw a generated id in the square (x, y, size); none when the id is not one. */
export function generatedPrims(id: string, x: number, y: number, size: number, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  const v = parseGeneratedId(id);
  if (!v || size <= 0) return [];
  if (v.kind === 'clock') return clockPrims(v.hour, v.minute, x, y, size, style, deps);
  return calendarPrims(v, x, y, size, style, deps);
}

/** A point at `len` from the centre, `turn` of a full circle clockwise from 12. */
const polar = (cx: number, cy: number, len: number, turn: number) => [cx + len * Math.sin(turn * 2 * Math.PI), cy - len * Math.cos(turn * 2 * Math.PI)];

/** Hour and minute hands as shares of a turn from 12 o'clock. */
export function handTurns(hour: number, minute: number): { hour: number; minute: number } {
  return { hour: ((hour % 12) + minute / 60) / 12, minute: minute / 60 };
}

function clockPrims(hour: number, minute: number, x: number, y: number, size: number, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  const r = size * 0.4;
  // the face sits low and left, leaving the top-right corner to the sun or moon
  const cx = x + size * 0.45;
  const cy = y + size * 0.55;
  const c = ink(style);
  const rim = Math.max(1, size * 0.045);
  const prims: Prim[] = [{ t: 'ellipse', x: cx - r, y: cy - r, w: 2 * r, h: 2 * r, fill: FACE, stroke: c, strokeWidth: rim }];
  for (let i = 0; i < 12; i++) {
    const quarter = i % 3 === 0;
    const inner = r - rim / 2 - size * (quarter ? 0.09 : 0.055);
    prims.push({ t: 'line', points: [...polar(cx, cy, inner, i / 12), ...polar(cx, cy, r - rim / 2, i / 12)], color: quarter ? c : TICK_MUTED, width: Math.max(0.5, size * (quarter ? 0.03 : 0.018)) });
  }
  const turns = handTurns(hour, minute);
  prims.push({ t: 'line', points: [cx, cy, ...polar(cx, cy, r * 0.5, turns.hour)], color: c, width: Math.max(1.2, size * 0.065) });
  prims.push({ t: 'line', points: [cx, cy, ...polar(cx, cy, r * 0.78, turns.minute)], color: c, width: Math.max(0.8, size * 0.04) });
  const dot = Math.max(1.2, size * 0.045);
  prims.push({ t: 'ellipse', x: cx - dot, y: cy - dot, w: 2 * dot, h: 2 * dot, fill: c, stroke: null, strokeWidth: 0 });
  const b = size * 0.36;
  const badge = isDaytime(hour) ? SUN : MOON;
  prims.push({ t: 'symbol', x: x + size - b, y, w: b, h: b, key: `openmoji/${badge}/${style.symbolStyle}`, drawing: deps.drawing({ set: 'openmoji', id: badge }, style.symbolStyle) ?? null });
  return prims;
}

/** 2024-01-01 was a Monday; any fixed date of each weekday and month will do. */
const weekdayDate = (index: number) => new Date(Date.UTC(2024, 0, 1 + index));
const monthDate = (month: number) => new Date(Date.UTC(2024, month - 1, 15));

/** A language Intl knows, or English. */
function intlLanguage(language: string): string {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([language]).length ? language : 'en-GB';
  } catch {
    return 'en-GB';
  }
}

/** Names already made, by language, part and index: layout runs on every keystroke. */
const names = new Map<string, string>();

/** A short name from Intl, tidied: "pon." → "Pon", "sty" → "Sty". */
function shortName(date: Date, language: string, part: 'weekday' | 'month'): string {
  const key = `${language}|${part}|${date.getTime()}`;
  let name = names.get(key);
  if (name === undefined) {
    const lang = intlLanguage(language || 'en-GB');
    const raw = new Intl.DateTimeFormat(lang, { [part]: 'short', timeZone: 'UTC' }).format(date).replace(/\.$/, '').trim();
    name = raw.charAt(0).toLocaleUpperCase(lang) + raw.slice(1);
    if (names.size > 2000) names.clear();
    names.set(key, name);
  }
  return name;
}

/** The day's short name in a language ("Tue", "Maw", "Wt", "منگل"). */
export const weekdayName = (index: number, language: string) => shortName(weekdayDate(index), language, 'weekday');
/** The month's short name in a language ("Mar", "Maw", "Mar", "مارچ"). */
export const monthName = (month: number, language: string) => shortName(monthDate(month), language, 'month');

/** Room a line of text takes above and below its baseline, as shares of its size. */
function textBox(m: TextMeasurer, text: string, font: string): { above: number; below: number } {
  if (font.includes('+')) return { above: 0.75, below: 0.35 };
  const metrics = m.metrics(font);
  const cap = metrics.capHeight > 0 && metrics.capHeight < metrics.unitsPerEm * 0.9 ? metrics.capHeight / metrics.unitsPerEm : 0.7;
  // letters that hang below the line ("Rhag", "Sept") need room under it too
  return { above: cap, below: /[gjpqyçęąţş,]/.test(text) ? 0.22 : 0 };
}

/** The largest size at which each of `texts` fits in w × h. */
function fitSize(m: TextMeasurer, texts: readonly string[], baseFont: string, w: number, h: number): number {
  let size = Infinity;
  for (const t of texts) {
    const font = fontForText(t, baseFont);
    const box = textBox(m, t, font);
    size = Math.min(size, w / (m.width(t, font, 1) || 1), h / (box.above + box.below));
  }
  return Math.max(1, size);
}

/**
 * Text centred on (cx, cy) in w × h, as one line placed run by run (a right-to-left name
 * comes out as one shaped run). Its size is the largest at which it and all its `peers`
 * fit, so the seven days of a week, or the twelve months, are set at one size.
 */
export function centredText(m: TextMeasurer, text: string, baseFont: string, cx: number, cy: number, w: number, h: number, color: string, peers: readonly string[] = []): TextPrim[] {
  const font = fontForText(text, baseFont);
  const size = fitSize(m, [text, ...peers], baseFont, w, h);
  const box = textBox(m, text, font);
  const baseline = cy + (size * (box.above - box.below)) / 2;
  // placed here, not in item.ts: symbol pickers draw these pictures without laying out an element
  const line = withRuns(m, { t: 'text', x: cx - m.width(text, font, size) / 2, y: baseline, text, font, size, color, inPicture: true });
  return line.text.trim() ? [line] : [];
}

/** A calendar page with a coloured band, two binding rings, and a label in the band and/or body. */
function calendarPrims(v: Exclude<GeneratedValue, { kind: 'clock' }>, x: number, y: number, size: number, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  const c = ink(style);
  const band = style.symbolStyle === 'black' ? '#333333' : BAND;
  const px = x + size * 0.08;
  const pw = size * 0.84;
  const py = y + size * 0.1;
  const ph = size * 0.84;
  const bandH = size * (v.kind === 'date' ? 0.3 : 0.2);
  const radius = size * 0.07;
  const stroke = Math.max(0.8, size * 0.035);
  const prims: Prim[] = [
    { t: 'rect', x: px, y: py, w: pw, h: ph, fill: FACE, stroke: null, strokeWidth: 0, radius },
    { t: 'rect', x: px, y: py, w: pw, h: bandH, fill: band, stroke: null, strokeWidth: 0, radius },
    // square off the band's lower corners
    { t: 'rect', x: px, y: py + bandH / 2, w: pw, h: bandH / 2, fill: band, stroke: null, strokeWidth: 0 },
    { t: 'rect', x: px, y: py, w: pw, h: ph, fill: null, stroke: c, strokeWidth: stroke, radius },
  ];
  for (const at of [0.3, 0.7]) {
    const rw = size * 0.07;
    prims.push({ t: 'rect', x: x + size * at - rw / 2, y: py - size * 0.07, w: rw, h: size * 0.13, fill: RING, stroke: FACE, strokeWidth: Math.max(0.4, size * 0.012), radius: rw / 2 });
  }
  const bold = boldOf(style.font);
  const bodyTop = py + bandH;
  const bodyH = ph - bandH;
  const m = deps.measurer;
  const lang = style.language;
  if (v.kind === 'date') {
    // the month below the rings, the day as large as "28" allows
    const months = Array.from({ length: 12 }, (_, i) => monthName(i + 1, lang));
    const ringFoot = size * 0.06;
    prims.push(...centredText(m, monthName(v.month, lang), bold, px + pw / 2, py + (ringFoot + bandH) / 2, pw * 0.86, (bandH - ringFoot) * 0.86, '#ffffff', months));
    prims.push(...centredText(m, String(v.day), bold, px + pw / 2, bodyTop + bodyH * 0.5, pw * 0.76, bodyH * 0.66, c, ['28']));
  } else {
    const days = Array.from({ length: 7 }, (_, i) => weekdayName(i, lang));
    prims.push(...weekDots(style.rtl ? 6 - v.index : v.index, px, py + ph - size * 0.11, pw, size, band));
    prims.push(...centredText(m, days[v.index], bold, px + pw / 2, bodyTop + (bodyH - size * 0.12) * 0.5, pw * 0.84, bodyH * 0.56, c, days));
  }
  return prims;
}

/**
 * Seven dots along the foot of the page, Monday first (on the right in a right-to-left
 * document), the day's one filled: where it falls in the week, for those who cannot read the name.
 */
function weekDots(index: number, px: number, cy: number, pw: number, size: number, fill: string): Prim[] {
  const step = pw / 8;
  const r = size * 0.028;
  return Array.from({ length: 7 }, (_, i): Prim => {
    const on = i === index;
    const rr = on ? r * 1.5 : r;
    return { t: 'ellipse', x: px + step * (i + 1) - rr, y: cy - rr, w: 2 * rr, h: 2 * rr, fill: on ? fill : '#bbbbbb', stroke: null, strokeWidth: 0 };
  });
}

/** A generated picture's name in a language ("20:30", "Tue", "14 Mar"), for its alt text. */
export function generatedName(id: string, language: string): string | undefined {
  const v = parseGeneratedId(id);
  if (!v) return undefined;
  if (v.kind === 'clock') return `${String(v.hour).padStart(2, '0')}:${String(v.minute).padStart(2, '0')}`;
  if (v.kind === 'weekday') return weekdayName(v.index, language);
  return `${v.day} ${monthName(v.month, language)}`;
}
