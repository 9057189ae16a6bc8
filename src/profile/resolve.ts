/** Turning a profile into the style layout uses, and into the checks the editor runs. */
import { TINTS, type Profile } from '../model/profile';
import type { Element, SignpostDocument, SymbolRef } from '../model/schema';
import { symbolsOf, textsOf } from '../model/elements';
import { printsTitle, TITLE_HEADING_ID } from '../model/title';
import { DEFAULT_STYLE, normalisePhrase, type LayoutStyle } from './style';

/** The layout style for a profile, or the default when there is none. */
export function resolveStyle(profile: Profile | null | undefined): LayoutStyle {
  if (!profile) return DEFAULT_STYLE;
  const hc = profile.highContrast;
  return {
    font: profile.font,
    captionSize: Math.max(14, profile.textSize),
    // the profile's size is a floor for every text the young person reads: a caption that
    // does not fit shrinks its picture or moves on, never its words
    minTextSize: Math.max(14, profile.textSize),
    lineHeight: profile.lineSpacing,
    textColor: hc ? '#000000' : profile.textColor,
    forceTextColor: hc,
    symbolStyle: profile.symbolStyle,
    symbolSets: profile.symbolSets ?? [],
    symbolScale: profile.symbolScale,
    captionPosition: profile.captionPosition,
    background: hc ? '#ffffff' : TINTS[profile.tint],
    borderWidth: hc ? 2.5 : 1,
    maxItemsPerPage: profile.maxItemsPerPage,
    vocabulary: new Map(profile.vocabulary.map((v) => [normalisePhrase(v.phrase), v.picture])),
    photos: new Map(profile.photos.map((p) => [p.id, p])),
    readingSupport: profile.readingSupport,
    preferredLanguage: profile.languages[0] ?? null,
    bilingual: false,
    secondFirst: false,
    language: 'en-GB',
    rtl: false,
  };
}

/** One use of a word or symbol the profile says to avoid. */
export interface AvoidWarning {
  pageIndex: number;
  elementId: string;
  /** The word found, or the symbol id. */
  match: string;
  reason: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Every place a document uses a word or symbol the profile avoids, in every kind of element
 * (the model registry lists each kind's texts and symbols). `pictures` gives the pictures
 * layout adds (symbol text's, which depend on the symboliser); without it only the pictures
 * the document names are checked.
 */
export function avoidWarnings(doc: SignpostDocument, profile: Profile | null | undefined, pictures?: (e: Element) => SymbolRef[]): AvoidWarning[] {
  if (!profile?.avoid.length) return [];
  const words = profile.avoid
    .filter((a) => a.word.trim())
    .map((a) => ({ a, re: new RegExp(`(^|[^\\p{L}])${escape(normalisePhrase(a.word))}($|[^\\p{L}])`, 'u') }));
  const out: AvoidWarning[] = [];
  // the title prints too when it is the first page's heading
  if (printsTitle(doc)) {
    const norm = normalisePhrase(doc.title);
    for (const { a, re } of words) if (norm && re.test(norm)) out.push({ pageIndex: 0, elementId: TITLE_HEADING_ID, match: a.word, reason: a.reason });
  }
  doc.pages.forEach((page, pageIndex) => {
    for (const e of page.elements) {
      for (const slot of textsOf(e)) {
        if (!slot.shown) continue;
        const norm = normalisePhrase(slot.text);
        for (const { a, re } of words) if (norm && re.test(norm)) out.push({ pageIndex, elementId: e.id, match: a.word, reason: a.reason });
      }
      const refs: (SymbolRef & { label?: string })[] = [...symbolsOf(e).map((u) => ({ ...u.ref, label: u.label })), ...(pictures ? pictures(e) : [])];
      for (const ref of refs) {
        for (const a of profile.avoid) {
          if (a.symbol && a.symbol.set === ref.set && a.symbol.id === ref.id) out.push({ pageIndex, elementId: e.id, match: a.word || ref.label || ref.id, reason: a.reason });
        }
      }
    }
  });
  // one warning per element, thing and reason, however often it appears there
  const seen = new Set<string>();
  return out.filter((w) => {
    const key = `${w.elementId}\u0000${w.match}\u0000${w.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
