/** Turning a profile into the style layout uses, and into the checks the editor runs. */
import { TINTS, type Profile } from '../model/profile';
import type { Element, SignpostDocument, SymbolRef, SymbolText } from '../model/schema';
import { DEFAULT_STYLE, normalisePhrase, type LayoutStyle } from './style';

/** The layout style for a profile, or the default when there is none. */
export function resolveStyle(profile: Profile | null | undefined): LayoutStyle {
  if (!profile) return DEFAULT_STYLE;
  const hc = profile.highContrast;
  return {
    font: profile.font,
    captionSize: Math.max(14, profile.textSize),
    // text may shrink a little to fit a card, never below 14 pt
    minTextSize: Math.max(14, profile.textSize - 4),
    lineHeight: profile.lineSpacing,
    textColor: hc ? '#000000' : profile.textColor,
    forceTextColor: hc,
    symbolStyle: profile.symbolStyle,
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

/** Every place a document uses a word or symbol the profile says to avoid. */
/**
 * Words and symbols the profile avoids, wherever they appear. `pictures` gives the pictures
 * symbol text shows (they depend on the symboliser); without it only chosen ones are checked.
 */
export function avoidWarnings(doc: SignpostDocument, profile: Profile | null | undefined, pictures?: (e: SymbolText) => SymbolRef[]): AvoidWarning[] {
  if (!profile?.avoid.length) return [];
  const words = profile.avoid
    .filter((a) => a.word.trim())
    .map((a) => ({ a, re: new RegExp(`(^|[^\\p{L}])${escape(normalisePhrase(a.word))}($|[^\\p{L}])`, 'u') }));
  const out: AvoidWarning[] = [];
  doc.pages.forEach((page, pageIndex) => {
    for (const e of page.elements) {
      for (const text of textsOf(e)) {
        const norm = normalisePhrase(text);
        for (const { a, re } of words) if (norm && re.test(norm)) out.push({ pageIndex, elementId: e.id, match: a.word, reason: a.reason });
      }
      const refs: (SymbolRef & { label?: string })[] = [...symbolsOf(e), ...(e.type === 'symtext' && pictures ? pictures(e) : [])];
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

/**
 * Every text of an element a young person reads: captions and their second-language lines,
 * text boxes, symbol text, and the words of each step or cell of a container. (Issue 15 moves
 * this into one registry of element kinds; until then this switch must name every kind.)
 */
function textsOf(e: Element): string[] {
  switch (e.type) {
    case 'symbol':
      return [e.caption, e.caption2];
    case 'text':
      return [e.text, e.text2];
    case 'symtext':
      return [e.text];
    case 'container':
      return e.items.flatMap((it) => [it.caption, ...('caption2' in it && typeof it.caption2 === 'string' ? [it.caption2] : [])]);
    case 'shape':
    case 'line':
    case 'image':
      return [];
  }
}

/** The symbols an element shows directly (for symbol text, the pictures chosen in the document). */
function symbolsOf(e: Element): (SymbolRef & { label?: string })[] {
  switch (e.type) {
    case 'symbol':
      return [e.symbol, ...(e.also ?? [])].map((r) => ({ ...r, label: e.caption }));
    case 'container':
      return e.items.flatMap((it) => [...(it.symbol ? [it.symbol] : []), ...(it.also ?? [])].map((r) => ({ ...r, label: it.caption })));
    case 'symtext':
      return Object.values(e.choices).flatMap((p) => (p ? p.ids.map((id) => ({ set: p.set, id })) : []));
    case 'text':
    case 'shape':
    case 'line':
    case 'image':
      return [];
  }
}
