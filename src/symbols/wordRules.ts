/**
 * Small rules about single words in their sentence, for symbol text: which words are places,
 * which never lose their negative form, when a word after "the" is surely a noun, and when a
 * word says when or how rather than what.
 */
import type { TaggedWord } from './tagger';
import type { Word } from './token';
import { SAID_NO_GOES_ON } from './negationWords';

/** Where one goes ("going to school" is a going, though the tagger may call school a verb). */
export const GOING_TO = new Set(['school', 'college', 'work', 'bed', 'court', 'church', 'class', 'hospital', 'prison', 'jail', 'town', 'university', 'uni', 'mosque', 'gym', 'training', 'football', 'dinner', 'lunch', 'breakfast']);

/** Places a rule may keep you in ("must not leave the house"), beyond the places category. */
export const STAYING_PLACES = new Set(['house', 'home', 'flat', 'room', 'bedroom', 'building', 'unit', 'area', 'estate', 'town', 'city', 'country', 'placement', 'premises', 'garden', 'street', 'cell', 'cells', 'custody', 'school', 'college', 'class', 'classroom', 'hospital', 'ward', 'care home', 'children\'s home', 'foster home', 'county', 'uk']);

/** Words the tagger would reduce to their positive ("cannot" → "can"): never lemmatised. */
export const NEGATIVE_WORDS = new Set(['cannot', 'never', 'nobody', 'nothing', 'nowhere', 'none', 'not', 'no', 'neither', 'nor']);
/** Words that may stand inside a curated phrase without changing it. */
export const DETERMINERS = new Set(['the', 'a', 'an', 'your', 'my', 'his', 'her', 'their', 'our', 'its', 'this', 'that']);
/** Particles of phrasal verbs that may come after the object. */
export const PARTICLES = new Set(['in', 'off', 'up', 'out', 'down', 'on', 'away', 'back', 'over']);

/**
 * A single word after "the", "a" or "your" and before a comma, full stop or a small word is a
 * noun, whatever the tagger guessed ("pay the fine on time": the fine, not fine = OK).
 */
export function nounAfterDeterminer(ws: readonly Word[], from: number, to: number, text: string, tag: TaggedWord | undefined): TaggedWord | undefined {
  // "people in a group chat are mean to you": after "are", mean is unkind, not "means"
  if (tag?.pos === 'verb' && from === to && from > 0 && BE.has(ws[from - 1].lower) && !/(ing|ed)$/.test(ws[from].lower)) return { ...tag, pos: 'adj', sure: true };
  // (an amount of money is a determiner too: "a £60 fine")
  const amount = from > 0 && /^\d/.test(ws[from - 1].text) && text[ws[from - 1].start - 1] === '£';
  if (!tag || tag.pos === 'noun' || from !== to || from === 0 || !(DETERMINERS.has(ws[from - 1].lower) || amount)) return tag;
  const next = ws[from + 1];
  const ends = !next || /[.,;:!?]/.test(text.slice(ws[from].end, next.start)) || SMALL_AFTER_NOUN.has(next.lower);
  return ends ? { ...tag, pos: 'noun', sure: true } : tag;
}
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been', "'re", "'m", 'am']);
const SMALL_AFTER_NOUN = new Set(['on', 'in', 'at', 'by', 'for', 'to', 'from', 'with', 'of', 'and', 'or', 'is', 'are', 'was', 'will', 'can', 'must', 'has', 'before', 'after', 'until']);

/**
 * "if he phones first", "how your placement is going", "late three times", "at 7 sharp": these say when,
 * how or how often, and their pictures (a 1, a walking person, a clock) would say something else.
 */
export function saysWhenOrHow(ws: readonly Word[], i: number, text: string, language: string): boolean {
  // "late three times": how often, not a clock
  if (language === 'en' && ws[i].lower === 'times' && i > 0 && /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten|many|several|few|some)$/.test(ws[i - 1].lower)) return true;
  // "by twenty past": minutes past an hour said before, not a way back
  if (language === 'en' && ws[i].lower === 'past' && i > 0 && /^(?:\d+|five|ten|twenty|twenty-five|quarter|half)$/.test(ws[i - 1].lower)) return true;
  // "at 7 sharp": on the dot, not a knife
  if (language === 'en' && ws[i].lower === 'sharp' && i > 0 && /^(?:\d[\d.:]*(?:am|pm)?|am|pm|o'clock|noon|midday)$/.test(ws[i - 1].lower)) return true;
  if (language !== 'en' || (ws[i].lower !== 'first' && ws[i].lower !== 'going')) return false;
  const atEnd = i === ws.length - 1 || /[.,;:!?]/.test(text.slice(ws[i].end, ws[i + 1].start));
  if (!atEnd) return false;
  return ws[i].lower === 'first' || ws.slice(Math.max(0, i - 6), i).some((w) => w.lower === 'how');
}

/**
 * "Year 10": a school year group, not a calendar; "room 12": a room by its number, not a door
 * (nothing pictures either well).
 */
export function numberedGroup(ws: readonly Word[], i: number, language: string): boolean {
  if (language !== 'en') return false;
  const next = ws[i + 1]?.lower ?? '';
  return (ws[i].lower === 'year' && /^(?:[1-9]|1[0-3])$/.test(next)) || (ws[i].lower === 'room' && /^\d{1,3}[a-z]?$/.test(next));
}

/** Words that end the name of a street or a block of flats ("Mill Street", "Orchard Court"). */
const STREET_WORDS = new Set(['street', 'road', 'lane', 'avenue', 'close', 'drive', 'way', 'crescent', 'court', 'gardens', 'terrace', 'place', 'grove', 'row', 'square', 'walk', 'mews']);
/** What comes before "Court" when it is a court of law ("Northfield Youth Court"). */
const COURTS = new Set(['youth', 'crown', 'magistrates', "magistrates'", 'family', 'county', 'high', 'supreme', 'coroners', "coroner's", 'civil']);
/** Whether a word is written with a capital. */
export const capitalised = (w: Word) => /^\p{Lu}/u.test(w.text);

/** Words that end a place's name and say what kind of place it is ("Kingsmead School"). */
export const PLACE_KINDS = new Set(['park', 'school', 'academy', 'college', 'library', 'surgery', 'hospital', 'station', 'church', 'mosque', 'centre', 'center', 'house', 'lodge', 'hall', 'pool', 'stadium', 'prison', 'clinic', 'home', 'unit', 'gym', 'pharmacy', 'dental', 'cafe', 'café']);

/** Words of degree between "feel" and the feeling ("feel really tired", "feel a bit low"). */
export const DEGREE = new Set(['really', 'so', 'very', 'a', 'bit', 'little', 'quite', 'too', 'more', 'less', 'extra', 'super', 'pretty', 'kind', 'of']);

/**
 * "Mill Street", "Cedar Road", "Orchard Court": the name of a street or a block of flats
 * shows no picture (a motorway or a courtroom would say something else); "Youth Court" is a court.
 */
export function streetName(ws: readonly Word[], i: number, language: string): boolean {
  const w = ws[i];
  const before = ws[i - 1];
  if (language !== 'en' || !before || !capitalised(w)) return false;
  // the name's own words too, one or two before the street word ("Station Street", "Upper Mill Lane")
  if (!STREET_WORDS.has(w.lower)) {
    const next = ws[i + 1];
    return !!next && capitalised(next) && (STREET_WORDS.has(next.lower) || STREET_WORDS.has(ws[i + 2]?.lower ?? '')) && streetName(ws, i + 1, language);
  }
  if (!capitalised(before)) return false;
  return !(w.lower === 'court' && COURTS.has(before.lower));
}

/** Titles before a surname ("Mr Price", "Ms Banks"): the name after one is a name, not a price or a bank. */
const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'sir', 'madam', 'mister']);

/** A title and the capitalised word after it ("Miss Reid", "Mr Price"): a name, with no picture (not a miss, not a price). */
export function afterTitle(ws: readonly Word[], i: number, language: string, text: string): boolean {
  if (language !== 'en' || !capitalised(ws[i])) return false;
  // a title written as one ("Mr", "Miss", not "miss Mum"), then only a space or a full stop ("Mr. Price")
  const title = (k: number) => !!ws[k] && !!ws[k + 1] && HONORIFICS.has(ws[k].lower) && capitalised(ws[k]) && capitalised(ws[k + 1]) && /^\.?\s+$/.test(text.slice(ws[k].end, ws[k + 1].start));
  return title(i - 1) || title(i);
}

/**
 * "The plan says no contact with Kai", "the nurse says no PE": the "no" belongs to the thing after
 * it, so the rule can cross that out; "say no" is a refusal only at the end or before "to", "and"….
 */
export function saysNoThing(key: string, ws: readonly Word[], i: number, end: number, text: string): boolean {
  if (key !== 'say no' || !/^(?:says|said)$/.test(ws[i].lower)) return false;
  const next = ws[end + 1];
  return !!next && !/[.,;:!?]/.test(text.slice(ws[end].end, next.start)) && !SAID_NO_GOES_ON.has(next.lower);
}
