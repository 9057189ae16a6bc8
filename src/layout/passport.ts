/**
 * A one-page communication passport, printed from a profile: who I am, what I like, how
 * to help me, what not to do, and my own words with their pictures.
 */
import { footerText, layoutElement, scenePage, toScene, withRuns, type LayoutDeps } from './layout';
import { boldOf, fontForText } from './fontMetrics';
import { isRtlText } from './bidi';
import { breakLines } from './text';
import type { Prim, Scene, SceneItem, ScenePart } from './scene';
import { PartsBuilder } from './elements/parts';
import type { LayoutStyle } from './style';
import { mmToPt, PAGE_SIZES } from '../model/units';
import { createDocument, createSymbolCard } from '../model/factory';
import type { Profile } from '../model/profile';
import type { Element } from '../model/schema';

/** The passport's headings, in the reader's language (the caller translates them). */
export interface PassportLabels {
  /** "Communication passport" */
  title: string;
  /** "My name is {{name}}" already filled in. */
  name: string;
  likes: string;
  helpMe: string;
  dont: string;
  words: string;
  /** "My languages", and the profile's languages by name ("Polish, English"). */
  languages?: string;
  languageNames?: string;
  /** "How I read", and what the profile's settings and notes say about it. */
  reading?: string;
  readingText?: string;
  /** "Words to avoid" (the words are the profile's; the reasons stay private). */
  avoid?: string;
  /** "Who to contact" */
  contact?: string;
  /** "Made on 1 December 2026": printed in the footer, with the licences of the pictures. */
  made?: string;
}

const MARGIN = 14;
/** Space between the two columns of notes, pt. */
const GUTTER = 18;
/** Word cards no smaller than this, mm: smaller pictures stop reading well. */
const MIN_CARD = 25;
/** Word cards this tall or more need no smaller notes to make room, mm. */
const GOOD_CARD = 42;

/**
 * The passport on one A4 page: name and photo, then the notes in two columns (languages,
 * likes, help, don'ts, reading, words to avoid, who to contact), then the young person's
 * own words with their pictures, and a footer with the date and the pictures' licences.
 * The notes' text starts at 18 pt (or the profile's size when larger) and steps down, never
 * below the profile's size, until the page holds everything.
 */
export function layoutPassport(profile: Profile, labels: PassportLabels, style: LayoutStyle, deps: LayoutDeps): Scene {
  // the notes start at 18 pt (or the profile's larger size) and never go below the profile's size
  const floor = style.minTextSize;
  const first = Math.max(floor, Math.min(style.captionSize, 18));
  let laid = passportPage(profile, labels, style, deps, first);
  // smaller notes first, rather than pictures too small to read
  for (let size = first - 1; (laid.overflow || laid.cardHeight < GOOD_CARD) && size >= floor; size--) {
    const next = passportPage(profile, labels, style, deps, size);
    if (!next.overflow || laid.overflow) laid = next;
  }
  // at a large profile size the words move to a second page rather than print cut off
  let pages = [laid];
  if (laid.overflow && profile.vocabulary.length) {
    let notes = passportPage(profile, labels, style, deps, first, 'notes');
    for (let size = first - 1; notes.overflow && size >= floor; size--) notes = passportPage(profile, labels, style, deps, size, 'notes');
    pages = [notes, passportPage(profile, labels, style, deps, notes.size, 'words')];
  }
  const cards = pages.flatMap((p) => p.cards);

  // the footer names the date it was made and the licences of the pictures, as every export does
  const used = createDocument(labels.title);
  const withCards = { ...used, pages: [{ ...used.pages[0], elements: cards }] };
  const footer = footerText(withCards, deps, { footerNote: labels.made });
  const sps = pages.map(({ prims, parts, items, overflow, width, height }, i) =>
    scenePage(`passport-${profile.id}${i ? `~${i + 1}` : ''}`, width, height, [{ elementId: 'passport', kind: 'page', order: 0, parts, x: 0, y: 0, rotation: 0, width, height, prims, overflow }, ...items], footer, mmToPt(MARGIN), style, deps),
  );
  const scene = toScene(withCards, sps, deps);
  return { ...scene, title: `${labels.title}: ${profile.name}`, language: profile.languages[0] ?? 'en-GB' };
}

/**
 * The page with the notes at `size` pt; `overflow` when it does not hold everything. `part`
 * lays out everything on one page, or the page without the words, or a page of the words alone.
 */
function passportPage(profile: Profile, labels: PassportLabels, style: LayoutStyle, deps: LayoutDeps, size: number, part: 'one' | 'notes' | 'words' = 'one') {
  const page = PAGE_SIZES.A4;
  const width = mmToPt(page.width);
  const height = mmToPt(page.height);
  const left = mmToPt(MARGIN);
  const usable = width - 2 * left;
  const bottom = height - mmToPt(MARGIN);
  // each heading, note and the photo is a part a reader meets, in the order they are laid out
  const out = new PartsBuilder();
  const m = deps.measurer;

  /** Writes text from (x, y) within width w as one part; returns the y below it. */
  const text = (s: string, size: number, bold: boolean, x: number, y: number, w: number, role: ScenePart['role'] = 'text') => {
    const font = fontForText(s, bold ? boldOf(style.font) : style.font);
    const lh = size * style.lineHeight;
    const lines: Prim[] = [];
    for (const line of breakLines(m, s, font, size, w)) {
      // a line in Urdu or Arabic starts at the right-hand side
      const lx = isRtlText(line) ? x + w - m.width(line, font, size) : x;
      lines.push(withRuns(m, { t: 'text', x: lx, y: y + m.baseline(font, size, style.lineHeight), text: line, font, size, color: style.textColor }));
      y += lh;
    }
    if (s.trim()) out.add({ role, text: s.trim() }, lines);
    return y;
  };

  /** Name and photo, then the notes in two columns, from `y`; returns the y below them. */
  const notesOf = (y: number): number => {
    const photo = profile.photoId ? style.photos.get(profile.photoId) : undefined;
    const photoSide = mmToPt(30);
    const top = y;
    if (photo) {
      const k = Math.min(photoSide / photo.width, photoSide / photo.height);
      out.add({ role: 'figure', name: profile.name.trim() }, [{ t: 'image', x: width - left - photo.width * k, y, w: photo.width * k, h: photo.height * k, key: `photo/${photo.id}`, mime: photo.mime, data: photo.data }]);
    }
    y = text(labels.name, Math.max(28, Math.ceil(size * 1.25)), true, left, y, photo ? usable - photoSide - 10 : usable, 'heading');
    y = Math.max(y, photo ? top + photoSide : 0) + 10;

    // the notes, each under its heading, in two columns filled side by side in reading order
    const sections = (
      [
        [labels.languages, labels.languageNames],
        [labels.likes, profile.notes.likes],
        [labels.helpMe, profile.notes.helpMe],
        [labels.dont, profile.notes.dont],
        [labels.reading, labels.readingText],
        [labels.avoid, [...new Set(profile.avoid.map((a) => a.word.trim()).filter(Boolean))].join(', ')],
        [labels.contact, profile.notes.contact],
      ] as const
    ).filter((x): x is readonly [string, string] => !!x[0] && !!x[1]?.trim());
    const colW = (usable - GUTTER) / 2;
    const cols = [y, y];
    for (const [heading, body] of sections) {
      const c = cols[0] <= cols[1] ? 0 : 1;
      const x = left + c * (colW + GUTTER);
      cols[c] = text(body, size, false, x, text(heading, size + 1, true, x, cols[c], colW, 'heading'), colW) + 10;
    }
    return Math.max(...cols);
  };

  let y = text(labels.title, style.minTextSize, false, left, mmToPt(MARGIN), usable);
  if (part !== 'words') y = notesOf(y);

  // their own words with their pictures, as large as the rest of the page allows
  const items: SceneItem[] = [];
  const cards: Element[] = [];
  const words = part === 'notes' ? [] : profile.vocabulary.slice(0, 8);
  let tooSmall = false;
  let cardHeight = Infinity;
  if (words.length) {
    y = text(labels.words, size + 1, true, left, y, usable, 'heading') + 4;
    const perRow = 4;
    const rows = Math.ceil(words.length / perRow);
    const cell = (page.width - 2 * MARGIN) / perRow;
    const room = (bottom - y) / (72 / 25.4) / rows;
    const cardH = Math.min(cell * 1.2, room);
    cardHeight = cardH;
    tooSmall = cardH < MIN_CARD;
    const topMm = y / (72 / 25.4);
    words.forEach((v, i) => {
      const ref = v.picture.kind === 'symbol' ? v.picture.symbol : { set: 'photo', id: v.picture.photoId };
      const card = { ...createSymbolCard(ref, v.phrase, MARGIN + (i % perRow) * cell, topMm + Math.floor(i / perRow) * cardH, cell - 4), id: `word-${i}`, height: Math.max(1, cardH - 4) };
      cards.push(card);
      items.push(layoutElement(card, { ...style, captionPosition: 'below' }, deps, {}, i + 1));
    });
    y += mmToPt(rows * cardH);
  }
  const overflow = tooSmall || y > bottom + 0.5 || items.some((i) => i.overflow);
  return { prims: out.prims, parts: out.parts, items, cards, overflow, width, height, cardHeight, size };
}
