/**
 * A one-page communication passport, printed from a profile: who I am, what I like, how
 * to help me, what not to do, and my own words with their pictures.
 */
import { layoutElement, scenePage, splitRuns, toScene, type LayoutDeps } from './layout';
import { boldOf, fontForText } from './fontMetrics';
import { isRtlText } from './bidi';
import { breakLines } from './text';
import type { Prim, Scene, SceneItem } from './scene';
import type { LayoutStyle } from './style';
import { mmToPt, PAGE_SIZES } from '../model/units';
import { createDocument, createSymbolCard } from '../model/factory';
import type { Profile } from '../model/profile';

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
}

const MARGIN = 14;

export function layoutPassport(profile: Profile, labels: PassportLabels, style: LayoutStyle, deps: LayoutDeps): Scene {
  const page = PAGE_SIZES.A4;
  const width = mmToPt(page.width);
  const height = mmToPt(page.height);
  const left = mmToPt(MARGIN);
  const usable = width - 2 * left;
  const prims: Prim[] = [];
  const m = deps.measurer;
  let y = mmToPt(MARGIN);

  const text = (s: string, size: number, bold: boolean, x = left, w = usable) => {
    const font = fontForText(s, bold ? boldOf(style.font) : style.font);
    const lh = size * style.lineHeight;
    for (const line of breakLines(m, s, font, size, w)) {
      // a line in Urdu or Arabic starts at the right-hand side
      const lx = isRtlText(line) ? x + w - m.width(line, font, size) : x;
      prims.push(...splitRuns(m, { t: 'text', x: lx, y: y + m.baseline(font, size, style.lineHeight), text: line, font, size, color: style.textColor }));
      y += lh;
    }
  };

  text(labels.title, 14, false);
  const photo = profile.photoId ? style.photos.get(profile.photoId) : undefined;
  const photoSide = mmToPt(35);
  if (photo) {
    const k = Math.min(photoSide / photo.width, photoSide / photo.height);
    prims.push({ t: 'image', x: width - left - photo.width * k, y, w: photo.width * k, h: photo.height * k, key: `photo/${photo.id}`, mime: photo.mime, data: photo.data });
  }
  text(labels.name, 28, true, left, photo ? usable - photoSide - 10 : usable);
  y = Math.max(y + 8, photo ? mmToPt(MARGIN) + 14 * style.lineHeight + photoSide + 8 : 0);

  const size = Math.max(14, Math.min(style.captionSize, 18));
  for (const [heading, body] of [
    [labels.likes, profile.notes.likes],
    [labels.helpMe, profile.notes.helpMe],
    [labels.dont, profile.notes.dont],
  ] as const) {
    if (!body.trim()) continue;
    text(heading, size + 2, true);
    text(body, size, false);
    y += 8;
  }

  const items: SceneItem[] = [];
  const words = profile.vocabulary.slice(0, 8);
  if (words.length) {
    text(labels.words, size + 2, true);
    const cols = 4;
    const cell = (page.width - 2 * MARGIN) / cols;
    const top = y / (72 / 25.4);
    words.forEach((v, i) => {
      const ref = v.picture.kind === 'symbol' ? v.picture.symbol : { set: 'photo', id: v.picture.photoId };
      const card = { ...createSymbolCard(ref, v.phrase, MARGIN + (i % cols) * cell, top + Math.floor(i / cols) * cell * 1.2, cell - 4), id: `word-${i}`, height: cell * 1.2 - 4 };
      items.push(layoutElement(card, { ...style, captionPosition: 'below' }, deps, {}, i + 1));
    });
  }
  const sp = scenePage(`passport-${profile.id}`, width, height, [{ elementId: 'passport', kind: 'page', order: 0, parts: [], x: 0, y: 0, rotation: 0, width, height, prims, overflow: y > height - mmToPt(MARGIN) }, ...items], '', mmToPt(MARGIN), style, deps);
  const scene = toScene(createDocument(labels.title), [sp], deps);
  return { ...scene, title: `${labels.title}: ${profile.name}`, language: profile.languages[0] ?? 'en-GB' };
}
