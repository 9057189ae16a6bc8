/**
 * Pure edits of a communication profile: `(profile, args) → profile`, returning the same object
 * when nothing changes. The profile editor calls these; it builds no profile itself. Numbers are
 * clamped to what the profile's schema accepts, so whatever is typed can be saved and reopened.
 */
import { newId } from './ids';
import { LEVEL_DEFAULTS, PROFILE_LIMITS, type AvoidEntry, type Photo, type Picture, type Profile, type ReadingLevel } from './profile';
import type { SymbolRef } from './schema';

/** The language a profile reads first when it names none. */
export const DEFAULT_PROFILE_LANGUAGE = 'en-GB';

/** Fields set as they are; names, numbers, languages, words and photos have their own operations. */
type PlainField = 'readingSupport' | 'font' | 'captionPosition' | 'tint' | 'highContrast' | 'symbolStyle' | 'symbolSets';

const clamp = (n: number, { min, max }: { readonly min: number; readonly max: number }) => Math.min(max, Math.max(min, n));

/** Sets one field that needs no checking (a choice from a list, a switch). */
export function setProfileField<K extends PlainField>(p: Profile, key: K, value: Profile[K]): Profile {
  return Object.is(p[key], value) ? p : { ...p, [key]: value };
}

/** Renames; an emptied name becomes "?" (a profile always has a name). */
export function setProfileName(p: Profile, name: string): Profile {
  const next = name.slice(0, PROFILE_LIMITS.name) || '?';
  return next === p.name ? p : { ...p, name: next };
}

/** Sets one of the notes in the young person's words. */
export function setProfileNote(p: Profile, key: keyof Profile['notes'], text: string): Profile {
  return p.notes[key] === text ? p : { ...p, notes: { ...p.notes, [key]: text } };
}

/** Sets the reading level and the defaults it brings (support, sizes, items per page). */
export function setReadingLevel(p: Profile, level: ReadingLevel): Profile {
  return { ...p, readingLevel: level, ...LEVEL_DEFAULTS[level] };
}

/** Text size in points, kept within 14–48; an empty or unreadable number gives 14. */
export function setTextSize(p: Profile, points: number): Profile {
  const v = clamp(points || PROFILE_LIMITS.textSize.min, PROFILE_LIMITS.textSize);
  return v === p.textSize ? p : { ...p, textSize: v };
}

/** Line height, kept within 1–2.5; an empty or unreadable number gives 1.2. */
export function setLineSpacing(p: Profile, multiple: number): Profile {
  const v = clamp(multiple || 1.2, PROFILE_LIMITS.lineSpacing);
  return v === p.lineSpacing ? p : { ...p, lineSpacing: v };
}

/** Picture size from a percentage of the card, kept within 50–100 %; empty gives 100 %. */
export function setSymbolScalePercent(p: Profile, percent: number): Profile {
  const v = clamp(percent / 100 || 1, PROFILE_LIMITS.symbolScale);
  return v === p.symbolScale ? p : { ...p, symbolScale: v };
}

/** The most cards on a page, a whole number within 1–50; empty gives 1. */
export function setMaxItemsPerPage(p: Profile, count: number): Profile {
  const v = clamp(Math.round(count) || 1, PROFILE_LIMITS.maxItemsPerPage);
  return v === p.maxItemsPerPage ? p : { ...p, maxItemsPerPage: v };
}

/** Puts a language first; if it was further down the list it moves up rather than repeating. */
export function setFirstLanguage(p: Profile, code: string): Profile {
  return { ...p, languages: [code, ...p.languages.slice(1).filter((l) => l !== code)] };
}

/** Sets the second language ('' for none), keeping the first and any after. */
export function setSecondLanguage(p: Profile, code: string): Profile {
  const first = p.languages[0] ?? DEFAULT_PROFILE_LANGUAGE;
  return { ...p, languages: [first, ...(code ? [code] : []), ...p.languages.slice(2).filter((l) => l !== code)] };
}

/** Drops photos that nothing uses any more (the profile's own, vocabulary pictures), so none is left orphaned. */
export function prunePhotos(p: Profile): Profile {
  const used = new Set([p.photoId, ...p.vocabulary.map((v) => (v.picture.kind === 'photo' ? v.picture.photoId : null))]);
  const photos = p.photos.filter((ph) => used.has(ph.id));
  return photos.length === p.photos.length ? p : { ...p, photos };
}

/**
 * Adds a phrase with its picture, replacing the phrase's old picture if it had one. `photos`
 * are new photos the picture needs. A blank phrase changes nothing.
 */
export function addVocabulary(p: Profile, phrase: string, picture: Picture, photos: readonly Photo[] = []): Profile {
  const said = phrase.trim().slice(0, PROFILE_LIMITS.phrase);
  if (!said) return p;
  const vocabulary = [...p.vocabulary.filter((v) => v.phrase !== said), { phrase: said, picture }];
  return prunePhotos({ ...p, photos: [...p.photos, ...photos], vocabulary });
}

/** Removes the vocabulary entry at `index`, and its photo if nothing else uses it. */
export function removeVocabulary(p: Profile, index: number): Profile {
  if (!p.vocabulary[index]) return p;
  return prunePhotos({ ...p, vocabulary: p.vocabulary.filter((_, i) => i !== index) });
}

const avoidEntry = (word: string, reason: string, symbol: SymbolRef | null): AvoidEntry => ({
  word: word.slice(0, PROFILE_LIMITS.phrase),
  reason: reason.slice(0, PROFILE_LIMITS.reason),
  symbol,
});

/** Adds a word to avoid, with why. A blank word changes nothing. */
export function addAvoidWord(p: Profile, word: string, reason: string): Profile {
  if (!word.trim()) return p;
  return { ...p, avoid: [...p.avoid, avoidEntry(word.trim(), reason.trim(), null)] };
}

/** Adds a symbol to avoid; without a reason, the symbol's label says what it is. */
export function addAvoidSymbol(p: Profile, symbol: SymbolRef, reason: string, label: string): Profile {
  return { ...p, avoid: [...p.avoid, avoidEntry('', reason.trim() || label, symbol)] };
}

/** Removes the word or symbol to avoid at `index`. */
export function removeAvoid(p: Profile, index: number): Profile {
  return p.avoid[index] ? { ...p, avoid: p.avoid.filter((_, i) => i !== index) } : p;
}

/** Sets the young person's own photo; the one it replaces is dropped. */
export function setProfilePhoto(p: Profile, photo: Photo): Profile {
  return prunePhotos({ ...p, photoId: photo.id, photos: [...p.photos, photo] });
}

/** Removes the young person's own photo (kept if a vocabulary entry still shows it). */
export function clearProfilePhoto(p: Profile): Profile {
  return p.photoId === null ? p : prunePhotos({ ...p, photoId: null });
}

/** The same profile under a new id, for importing a file whose id is already taken. */
export function withNewProfileId(p: Profile, id = newId('y')): Profile {
  return { ...p, id };
}
