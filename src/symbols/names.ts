/**
 * People's names that are also words: "Hope will go through the letter with you", "your CAMHS
 * worker, Faith", "Jordan Price". Over a name, the word's picture says something else (crossed
 * fingers, a place of worship, a price label), so a name shows no picture. English only.
 */
import { capitalised, DETERMINERS } from './wordRules';
import type { Word } from './token';

/** First names that are also everyday words (months and weekdays are dates, not names). */
export const GIVEN_NAMES = new Set([
  'hope', 'faith', 'grace', 'joy', 'charity', 'patience', 'destiny', 'harmony', 'melody', 'precious', 'blessing',
  'summer', 'autumn', 'dawn', 'sky', 'skye', 'storm', 'river', 'brook', 'brooke', 'rain',
  'rose', 'daisy', 'lily', 'holly', 'ivy', 'poppy', 'jasmine', 'heather', 'hazel', 'olive', 'willow', 'sage', 'iris', 'violet', 'fern',
  'amber', 'ruby', 'crystal', 'pearl', 'penny', 'sandy', 'misty', 'sunny', 'honey', 'star', 'angel',
  'drew', 'bill', 'will', 'jack', 'mark', 'pat', 'rob', 'sue', 'frank', 'grant', 'chase', 'hunter', 'miles', 'robin', 'jay',
  'art', 'bob', 'guy', 'ray', 'rich', 'reed', 'wade', 'cliff', 'glen', 'dale', 'rocky', 'rusty', 'sonny', 'lucky',
  // names that are pictures' names too, of people, places and pets ("Cat from the YOT", "the Phoenix Centre", "feeding Biscuit")
  'cat', 'phoenix', 'turkey', 'shout', 'cookie', 'biscuit', 'pepper', 'ginger', 'peanut', 'muffin', 'teddy', 'bear', 'oreo', 'smudge', 'coco', 'bean',
]);

/** Words that follow a first name opening a sentence ("Hope will…", "Drew, your mentor…"), not a verb or a noun. */
const AFTER_A_NAME = new Set(['will', "won't", 'can', 'could', 'would', 'should', 'may', 'might', 'must', 'is', "isn't", 'was', 'has', 'had', 'says', 'said', 'from', 'and', 'wants', 'thinks', 'asked', 'told', 'knows', 'lives', 'works', 'rang', 'called', 'texted']);

/** Words before a season or a time of year, where a capital is only emphasis ("last Summer"). */
const BEFORE_A_TIME = new Set(['last', 'next', 'this', 'every', 'each', 'in', 'during', 'over', 'until', 'till', 'by', 'since', 'all', 'early', 'late']);

/** Whether word `i` opens its sentence. */
export const opensSentence = (ws: readonly Word[], i: number, text: string): boolean => i === 0 || /[.!?]/.test(text.slice(ws[i - 1].end, ws[i].start));

/**
 * A first name that is also a word, written with a capital: inside a sentence ("talk to
 * Hope"), or opening one before what follows a name ("Faith will ring you", "Drew, your
 * mentor"), never after a determiner or a word of time ("the Summer", "last Summer").
 */
export function givenName(ws: readonly Word[], i: number, text: string, language: string): boolean {
  const w = ws[i];
  const possessive = /['’]s$/.test(w.lower);
  if (language !== 'en' || !capitalised(w) || !GIVEN_NAMES.has(possessive ? w.lower.slice(0, -2) : w.lower) || w.text === w.text.toUpperCase()) return false;
  if (!opensSentence(ws, i, text)) {
    const before = ws[i - 1].lower;
    return !DETERMINERS.has(before) && !BEFORE_A_TIME.has(before);
  }
  const next = ws[i + 1];
  if (possessive) return true;
  return !!next && (/^\s*,/.test(text.slice(w.end, next.start)) || AFTER_A_NAME.has(next.lower));
}

/** Surnames that are also everyday words ("Jordan Price", "Leah Wood"). */
export const SURNAMES = new Set([
  'price', 'wood', 'woods', 'bell', 'stone', 'marsh', 'cook', 'hill', 'hills', 'banks', 'rice', 'fox', 'king', 'white', 'black', 'green', 'brown',
  'little', 'young', 'baker', 'fisher', 'taylor', 'turner', 'walker', 'mason', 'carter', 'knight', 'bishop', 'page', 'bond', 'hunter', 'shepherd',
  'lane', 'field', 'fields', 'brooks', 'rivers', 'booth', 'chambers', 'wall', 'waters', 'parks', 'swift', 'short', 'long', 'sharp', 'strong',
  'moon', 'frost', 'snow', 'winter', 'day', 'noble', 'power', 'cash', 'gold', 'silver', 'best', 'bird', 'lamb', 'wolf', 'hope', 'rose', 'mills', 'miller',
  'cross', 'ball', 'bridge', 'bridges', 'church', 'coleman', 'gardner', 'gardener', 'potter', 'singer', 'butcher', 'chapman', 'fletcher', 'read', 'reading',
]);

/** Brands whose name is a word, and the word for what they are ("at Boots": a chemist, not a boot). */
const BRANDS = new Map([['boots', 'pharmacy']]);

/** Words before a shop's name ("from Boots"). */
const PLACE_BEFORE = new Set(['at', 'from', 'to', 'in', 'into', 'outside', 'near', 'by', 'round', 'behind', 'opposite']);

/** The word a brand inside a sentence stands for ("collect it from Boots"), or null. */
export function brandKey(ws: readonly Word[], i: number, text: string, language: string): string | null {
  const w = ws[i];
  if (language !== 'en' || !capitalised(w) || opensSentence(ws, i, text) || w.text === w.text.toUpperCase()) return null;
  // (as a place: "from Boots", "at Boots"; "Trainers, Boots or hoodies" is a list in capitals)
  return PLACE_BEFORE.has(ws[i - 1]?.lower ?? '') ? (BRANDS.get(w.lower) ?? null) : null;
}
