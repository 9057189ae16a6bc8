/**
 * Symbolised text: "above" flows like text with a picture over each word (it wraps);
 * "easy-read" gives each sentence a row with one picture on the left.
 */
import type { Token, TokenPicture } from '../symbols/symbolise';
import type { ComposedPicture, SymbolText } from '../model/schema';
import { breakLines } from './text';
import { fontForText } from './fontMetrics';
import { composedPrims, pictureWidth } from './picture';
import { occurrences } from '../symbols/choices';
import { isGeneratedId } from '../symbols/values';
import type { Prim, ScenePart } from './scene';
import { PartsBuilder } from './elements/parts';
import { pictureName } from './elements/names';
import type { LayoutDeps } from './deps';
import { fittedImage } from './drawing';
import type { LayoutStyle } from './style';

/** A word's place in the laid-out text, for clicking on its picture. */
export interface TokenBox {
  key: string;
  /** Which use of the key this is (0-based), for a choice made for this use only. */
  n: number;
  text: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

const GAP = 6;
/** Height of an Easy Read picture on a full A4 width: 27 mm, in points. */
const EASY_READ_PICTURE = (27 * 72) / 25.4;

/** Verbs too general to stand for a sentence on their own. */
const GENERIC = new Set(['go', 'come', 'be', 'have', 'do', 'get', 'can', 'will', 'must', 'see', 'say', 'make', 'take', 'give', 'new', 'want', 'need', 'know', 'think', 'like',
  // words of time that link, rather than show, what a rule is about
  'until', 'from', 'after', 'before', 'every', 'during', 'till', 'since', 'then', 'next', 'now', 'later']);

/** Words for a part of the day or a stretch of time, which a row's clocks and calendars already show. */
const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'tonight', 'day', 'days', 'week', 'weeks', 'weekend', 'time', 'month', 'year']);

/** A composed picture of at most three parts, made from the ids of several pictures in order. */
function compose(parts: ComposedPicture[], modifier: ComposedPicture['modifier']): ComposedPicture | null {
  // a picture is drawn from one set: where the parts come from two (a phone from OpenMoji,
  // "online" from Signpost symbols), the set most parts use wins, the first (the action) on a tie;
  // clocks and calendars are drawn whatever the set
  const count = (set: string) => parts.filter((p) => p.set === set && !p.ids.every(isGeneratedId)).length;
  const sets = parts.filter((p) => !p.ids.every(isGeneratedId)).map((p) => p.set);
  const set = sets.reduce<string | undefined>((best, s) => (best === undefined || count(s) > count(best) ? s : best), undefined) ?? parts[0].set;
  const ids: string[] = [];
  for (const p of parts) for (const id of p.ids) if (ids.length < 3 && !ids.includes(id) && (p.set === set || isGeneratedId(id))) ids.push(id);
  return ids.length ? { set, ids, ...(modifier ? { modifier } : {}) } : null;
}

const isValue = (t: Token) => !!t.picture && 'ids' in t.picture && t.picture.ids.some((id) => /^(clock|weekday|date):/.test(id));
const composed = (t: Token): t is Token & { picture: ComposedPicture } => !!t.picture && 'ids' in t.picture;

/**
 * The picture of an Easy Read row, from what the sentence means (at most three parts):
 * - it forbids something: the thing forbidden (and the action, when it is specific) with the
 *   not-mark ("must not go to Hilltop Park" → the park, crossed out);
 * - it is about time: the place or thing, then its times ("at home from 9 at night until 6
 *   in the morning" → house, two clocks);
 * - otherwise the last specific word with a picture ("school" in "I am going to a new school"),
 *   before a condition said last (", if you keep to the rules").
 */
export function rowPicture(sentence: Token[], text = ''): TokenPicture | null {
  // "Your curfew is now 9 pm, not 7 pm": a time denied beside one said is a contrast, and the row
  // shows the rule (the curfew at 9), not the crossed-out 7
  const contrast = (t: Token) => isValue(t) && t.negated && sentence.some((o) => o !== t && isValue(o) && !o.negated);
  const pictured = sentence.filter((t) => t.picture && !t.functionWord && !contrast(t));
  const negated = pictured.filter((t) => t.negated && composed(t)) as (Token & { picture: ComposedPicture })[];
  if (negated.length) {
    const things = negated.filter((t) => !GENERIC.has(t.key));
    const chosen = (things.length ? things : negated).slice(-2);
    return compose(chosen.map((t) => ({ ...t.picture, ids: t.picture.ids.slice(0, chosen.length > 1 ? 1 : 3) })), 'not');
  }
  const values = pictured.filter(isValue) as (Token & { picture: ComposedPicture })[];
  if (values.length) {
    // a rule of time: where or what it is about (said first: "go to the police station every
    // Friday at 5", "stay inside from 9 until 6"), then its times; words that only say the part
    // of the day ("in the morning") are already on the clocks' suns and moons
    const main = pictured.find((t) => !GENERIC.has(t.key) && !isValue(t) && !DAY_PARTS.has(t.key));
    const clocks = values.filter((t) => t.picture.ids[0].startsWith('clock:'));
    const days = values.filter((t) => !t.picture.ids[0].startsWith('clock:'));
    const room = main ? 2 : 3;
    // two clocks say most (from 9 until 6); one clock and its day or date say when
    const times = clocks.length >= 2 ? clocks.slice(0, room) : [...days.slice(0, room - clocks.length), ...clocks];
    times.sort((a, b) => a.start - b.start);
    const first = main && composed(main) ? [{ ...main.picture, ids: main.picture.ids.slice(0, 3 - times.length), modifier: undefined }] : [];
    return compose([...first, ...times.map((t) => t.picture)], undefined);
  }
  // "If you break a rule, the police can arrest you": a rule's consequence is its idea, and
  // there the first thing done (arrest), not who does it (the police) or where it ends (court)
  const then = consequence(sentence, pictured, text);
  if (then) return then.picture;
  // "…until your court date, if you keep to the rules": a condition said last is not the idea
  const cut = text ? sentence.findIndex((t, i) => i > 0 && /^(if|unless)$/i.test(t.text) && text.slice(sentence[i - 1].end, t.start).includes(',')) : -1;
  const said = cut > 0 ? pictured.filter((t) => t.start < sentence[cut].start) : pictured;
  const specific = [...(said.length ? said : pictured)].reverse().find((t) => !GENERIC.has(t.key)) ?? pictured[0];
  return specific?.picture ?? null;
}

/** The first thing done in the main clause of "If …, …" or "Unless …, …" (in `text`, the tokens' source), if it has a picture. */
function consequence(sentence: Token[], pictured: Token[], text: string): Token | undefined {
  if (!text || !sentence.length || !/^(if|unless)$/i.test(sentence[0].text)) return undefined;
  const comma = sentence.findIndex((t, i) => i > 0 && text.slice(sentence[i - 1].end, t.start).includes(','));
  if (comma < 0) return undefined;
  const after = new Set(sentence.slice(comma));
  return pictured.find((t) => after.has(t) && !t.person && !t.light && !GENERIC.has(t.key) && !isValue(t));
}

function picturePrims(pic: TokenPicture, x: number, y: number, size: number, style: LayoutStyle, deps: LayoutDeps): Prim[] {
  if ('photoId' in pic) {
    const photo = style.photos.get(pic.photoId);
    if (!photo) return [];
    return [fittedImage(photo, `photo/${photo.id}`, x, y, size, size)];
  }
  return composedPrims(pic, x, y, size, style, deps);
}

const picWidth = (pic: TokenPicture | null, size: number) => (!pic ? 0 : 'photoId' in pic ? size : pictureWidth(pic.ids.length, size));

/** Tokens of the element's text for the style (choices and the profile's words applied). */
export function tokensOf(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): Token[] {
  if (!deps.symboliser) return [];
  return deps.symboliser.symbolise(e.text, {
    mode: style.readingSupport,
    personal: style.vocabulary,
    choices: e.choices as Record<string, ComposedPicture | null>,
    language: style.language,
    sets: style.symbolSets,
  });
}

/** Each token's text with the punctuation that follows it, so the sentence still reads right. */
function withPunctuation(text: string, tokens: Token[]): string[] {
  return tokens.map((t, i) => {
    const next = i + 1 < tokens.length ? tokens[i + 1].start : text.length;
    const tail = text.slice(t.end, next).replace(/\s+/g, ' ').trimEnd();
    return text.slice(t.start, t.end) + (tail.trim() ? tail.trim() : '');
  });
}

/** The reading part of a word's or row's picture: its name, and the not-mark when it has one. */
function figurePart(pic: TokenPicture, words: string, group: number, style: LayoutStyle, deps: LayoutDeps): ScenePart {
  if ('photoId' in pic) return { role: 'figure', name: words.trim(), group };
  return { role: 'figure', name: pictureName(pic.set, pic.ids, words, style, deps), group, ...(pic.modifier ? { modifier: pic.modifier } : {}) };
}

/** The tokens split into sentences (at . ! ? and Urdu's full stop and question mark). */
function sentencesOf(tokens: Token[], labels: string[]): Token[][] {
  const sentences: Token[][] = [];
  let current: Token[] = [];
  tokens.forEach((t, i) => {
    current.push(t);
    if (/[.!?۔؟]/.test(labels[i].slice(-1)) || i === tokens.length - 1) {
      sentences.push(current);
      current = [];
    }
  });
  return sentences;
}

/**
 * The pictures symbol text shows in a style, as drawn: a picture per word above the words, or
 * one per sentence in Easy Read, each with the words it stands for.
 */
export function symbolTextPictures(e: SymbolText, style: LayoutStyle, deps: LayoutDeps): { picture: TokenPicture; words: string }[] {
  const tokens = tokensOf(e, style, deps);
  if (e.layout === 'above') return tokens.flatMap((t) => (t.picture ? [{ picture: t.picture, words: t.text }] : []));
  const sentences = sentencesOf(tokens, withPunctuation(e.text, tokens));
  return sentences.flatMap((sentence) => {
    const picture = rowPicture(sentence, e.text);
    return picture ? [{ picture, words: sentence.map((t) => t.text).join(' ') }] : [];
  });
}

/** Where a row (Easy Read) or a line (a picture above each word) starts: its first word's offset in the text, and the middle of the space above it, points. */
export interface RowStart {
  start: number;
  top: number;
}

/** Symbol text laid out at width `w`; `height` is what its words take (all of them, however tall the box `h`), points. */
export function layoutSymbolText(e: SymbolText, w: number, h: number, style: LayoutStyle, deps: LayoutDeps): { prims: Prim[]; parts: ScenePart[]; overflow: boolean; height: number; boxes: TokenBox[]; rows: RowStart[] } {
  const size = Math.max(e.fontSize, style.minTextSize);
  const font = style.font;
  const m = deps.measurer;
  const tokens = tokensOf(e, style, deps);
  const uses = occurrences(tokens);
  const labels = withPunctuation(e.text, tokens);
  const out = new PartsBuilder();
  const boxes: TokenBox[] = [];
  const rows: RowStart[] = [];
  const color = style.textColor;
  if (e.layout === 'above') {
    const picSize = size * 2.2;
    const lineH = picSize + size * style.lineHeight + GAP;
    const base = m.baseline(font, size, style.lineHeight);
    let x = 0;
    let y = 0;
    tokens.forEach((t, i) => {
      const label = labels[i];
      const tw = m.width(label, fontForText(label, font), size);
      const cw = Math.max(tw, picWidth(t.picture, picSize));
      if (x > 0 && x + cw > w + 0.01) {
        x = 0;
        y += lineH;
      }
      if (x === 0) rows.push({ start: t.start, top: Math.max(0, y - GAP / 2) });
      // right to left: the first word is at the right-hand end of the line
      const left = style.rtl ? w - x - cw : x;
      const cx = left + (cw - picWidth(t.picture, picSize)) / 2;
      if (t.picture) out.add(figurePart(t.picture, t.text, i, style, deps), picturePrims(t.picture, cx, y, picSize, style, deps));
      out.add({ role: 'text', text: label, group: i }, [{ t: 'text', x: left + (cw - tw) / 2, y: y + picSize + base, text: label, font: fontForText(label, font), size, color }]);
      boxes.push({ key: t.key, n: uses[i], text: t.text, x: left, y, w: cw, h: lineH - GAP });
      x += cw + size * 0.6;
    });
    const height = tokens.length > 0 ? y + lineH - GAP : 0;
    return { prims: out.prims, parts: out.parts, overflow: height > h + 0.01, height, boxes, rows };
  }
  // Easy Read: a row per sentence, its picture on the left (on the right in a right-to-left document).
  // Pictures at least 25 mm on a full A4 width (scaled down with the box on A5 and cards), so a
  // three-part picture keeps each part about 12 mm; the text starts after the widest picture.
  const picSize = Math.max(size * 3, Math.min(EASY_READ_PICTURE, w * 0.15));
  let y = 0;
  const sentences = sentencesOf(tokens, labels);
  const pics = sentences.map((sentence) => rowPicture(sentence, e.text));
  const column = Math.max(picSize, ...pics.map((p) => picWidth(p, picSize)));
  const textX = column + size;
  const rowGap = Math.max(GAP * 2, size * 0.8);
  sentences.forEach((sentence, r) => {
    const first = sentence[0];
    const last = sentence[sentence.length - 1];
    const text = e.text.slice(first.start, labels[tokens.indexOf(last)].length + last.start);
    const pic = pics[r];
    rows.push({ start: first.start, top: Math.max(0, y - rowGap / 2) });
    const rowFont = fontForText(text, font);
    const lines = breakLines(m, text, rowFont, size, Math.max(20, w - textX));
    const textH = lines.length * size * style.lineHeight;
    const rowH = Math.max(picSize, textH);
    const pw = picWidth(pic, picSize);
    // the picture is centred in its column, and the row on the picture's centre
    const picX = style.rtl ? w - column + (column - pw) / 2 : (column - pw) / 2;
    if (pic) out.add(figurePart(pic, text, r, style, deps), picturePrims(pic, picX, y + (rowH - picSize) / 2, picSize, style, deps));
    const base = m.baseline(rowFont, size, style.lineHeight);
    const top = y + (rowH - textH) / 2;
    // right to left, each line ends against the picture
    const linePrims: Prim[] = lines.map((line, i) => ({ t: 'text', x: style.rtl ? w - textX - m.width(line, rowFont, size) : textX, y: top + i * size * style.lineHeight + base, text: line, font: rowFont, size, color }));
    out.add({ role: 'text', text: text.trim(), group: r }, linePrims);
    // clicking the row's picture opens the picker of the word it was made from
    const owner = sentence.find((t) => t.picture === pic) ?? [...sentence].reverse().find((t) => t.picture && pic && 'ids' in t.picture && 'ids' in pic && t.picture.ids.some((id) => pic.ids.includes(id)));
    if (owner) boxes.push({ key: owner.key, n: uses[tokens.indexOf(owner)], text: owner.text, x: picX, y, w: pw, h: rowH });
    y += rowH + rowGap;
  });
  const height = Math.max(0, y - rowGap);
  return { prims: out.prims, parts: out.parts, overflow: y - rowGap > h + 0.01, height, boxes, rows };
}
