/**
 * Writing systems and the fonts that set them. The profile's font sets Latin text; Arabic
 * script, Devanagari (Hindi, Marathi, Nepali) and Bengali each have a Noto font of their
 * own, whose letters are shaped (joined, reordered, combined into conjuncts) before they
 * are placed. Letters of any other script have no font yet: `unsupportedScripts` names
 * them, so the app can say so instead of printing empty boxes.
 */
import { ARABIC_SCRIPT } from './bidi';
import type { Element, Page, SignpostDocument } from '../model/schema';

/** Devanagari letters, vowel signs and marks (the danda is common to several scripts: it goes with the words before it). */
export const DEVANAGARI_SCRIPT = /\p{Script=Devanagari}/u;
/** Bengali (Bangla, Assamese) letters, vowel signs and marks. */
export const BENGALI_SCRIPT = /\p{Script=Bengali}/u;

/** A script set in its own font: the font id and the OpenType script tag it is shaped with. */
export interface ScriptFont {
  font: string;
  tag: 'arab' | 'deva' | 'beng';
  test: RegExp;
}

/** The scripts with a font of their own, in the order they are looked for. */
export const SCRIPT_FONTS: readonly ScriptFont[] = [
  { font: 'naskh', tag: 'arab', test: ARABIC_SCRIPT },
  { font: 'devanagari', tag: 'deva', test: DEVANAGARI_SCRIPT },
  { font: 'bengali', tag: 'beng', test: BENGALI_SCRIPT },
];

/** Any letter that must be shaped before it is placed (plain advance widths would be wrong). */
export const SHAPED_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\p{Script=Devanagari}\p{Script=Bengali}]/u;

/** The script font a piece of text needs, if any (the first script found of those with a font). */
export function scriptFontOf(text: string): ScriptFont | undefined {
  return SCRIPT_FONTS.find((s) => s.test.test(text));
}

/** The script font with this id, if the id is one. */
export const scriptFontById = (font: string): ScriptFont | undefined => SCRIPT_FONTS.find((s) => s.font === font);

/** The OpenType script a run is shaped as: its script font's, or Latin. */
export function shapingScript(text: string): 'arab' | 'deva' | 'beng' | 'latn' {
  return scriptFontOf(text)?.tag ?? 'latn';
}

/**
 * Scripts with letters in common use that no font of Signpost's covers yet, by ISO 15924
 * code (a screen names them with `Intl.DisplayNames`). Letters of any script not listed
 * here and not covered count as `Zzzz` (unknown).
 */
const OTHER_SCRIPTS: [string, RegExp][] = [
  ['Cyrl', /\p{Script=Cyrillic}/u],
  ['Grek', /\p{Script=Greek}/u],
  ['Hebr', /\p{Script=Hebrew}/u],
  ['Hani', /\p{Script=Han}/u],
  ['Hira', /\p{Script=Hiragana}/u],
  ['Kana', /\p{Script=Katakana}/u],
  ['Hang', /\p{Script=Hangul}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Laoo', /\p{Script=Lao}/u],
  ['Khmr', /\p{Script=Khmer}/u],
  ['Mymr', /\p{Script=Myanmar}/u],
  ['Taml', /\p{Script=Tamil}/u],
  ['Telu', /\p{Script=Telugu}/u],
  ['Knda', /\p{Script=Kannada}/u],
  ['Mlym', /\p{Script=Malayalam}/u],
  ['Gujr', /\p{Script=Gujarati}/u],
  ['Guru', /\p{Script=Gurmukhi}/u],
  ['Orya', /\p{Script=Oriya}/u],
  ['Sinh', /\p{Script=Sinhala}/u],
  ['Tibt', /\p{Script=Tibetan}/u],
  ['Ethi', /\p{Script=Ethiopic}/u],
  ['Geor', /\p{Script=Georgian}/u],
  ['Armn', /\p{Script=Armenian}/u],
  ['Thaa', /\p{Script=Thaana}/u],
];

/** Letters that Signpost's fonts cover: Latin (the profile fonts), the script fonts, and marks and signs common to all. */
const COVERED = /[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF\p{Script=Devanagari}\p{Script=Bengali}]/u;
const LETTER = /[\p{L}\p{M}\p{Nd}]/u;

/** ISO 15924 codes of the scripts in `text` that no font of Signpost's can show, in order of first use. */
export function unsupportedScripts(text: string): string[] {
  const found: string[] = [];
  for (const ch of text) {
    if (!LETTER.test(ch) || COVERED.test(ch)) continue;
    const code = OTHER_SCRIPTS.find(([, re]) => re.test(ch))?.[0] ?? 'Zzzz';
    if (!found.includes(code)) found.push(code);
  }
  return found;
}

/** Where a script without a font is first used in a document. */
export interface ScriptWithoutFont {
  script: string;
  pageIndex: number;
  elementId: string;
}

/** The words of an element that are printed: captions, texts and their second-language lines. */
function wordsOf(e: Element): string[] {
  switch (e.type) {
    case 'symbol':
      return [e.caption, e.caption2 ?? ''];
    case 'text':
      return [e.text, e.text2 ?? ''];
    case 'symtext':
      return [e.text];
    case 'container':
      return [e.markerLabel, ...e.items.map((i) => i.caption)];
    default:
      return [];
  }
}

/** Each page's scripts without a font, by the element first using each (pages are immutable). */
const pageScripts = new WeakMap<Page, readonly { script: string; elementId: string }[]>();

/**
 * Each script of the document's words that no font of Signpost's can show, where it is first
 * used. Each page's answer is remembered: the editor asks on every edit.
 */
export function scriptsWithoutFont(doc: SignpostDocument): ScriptWithoutFont[] {
  const found = new Map<string, ScriptWithoutFont>();
  doc.pages.forEach((p, pageIndex) => {
    let mine = pageScripts.get(p);
    if (!mine) {
      const seen = new Map<string, string>();
      for (const e of p.elements) for (const w of wordsOf(e)) for (const script of unsupportedScripts(w)) if (!seen.has(script)) seen.set(script, e.id);
      mine = [...seen].map(([script, elementId]) => ({ script, elementId }));
      pageScripts.set(p, mine);
    }
    for (const m of mine) if (!found.has(m.script)) found.set(m.script, { ...m, pageIndex });
  });
  return [...found.values()];
}
