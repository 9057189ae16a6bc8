/**
 * Word forms and grammar words for the languages the curated vocabulary is translated
 * into. English has its own lemmatiser (`lemma.ts`); for Welsh, Polish and Urdu a few
 * rules get most inflected words back to a form the vocabulary lists:
 *
 * - Welsh changes the first letter of a word after some words ("fy mam", "ei thad",
 *   "i'r llys" stays, "dy gar" → car). Undoing the soft, nasal and aspirate mutations gives
 *   the candidates; common plural endings are stripped too.
 * - Polish inflects nouns and verbs by their endings; stripping one ending gives a stem,
 *   and the caller compares stems (policji → polic- ← policja).
 * - Urdu marks plural and oblique forms with a few endings (عدالتوں → عدالت).
 *
 * These are candidate generators, not grammars: the symboliser keeps the first candidate
 * its lexicon knows, so a wrong candidate costs nothing.
 */
import { lemmaCandidates } from './lemma';
import { isFunctionWord as isEnglishFunctionWord } from './functionWords';

export interface WordForms {
  /** Candidate dictionary forms of a lower-case word, most likely first (itself included). */
  candidates(word: string): string[];
  isFunctionWord(lemma: string): boolean;
  /** A stem to compare words whose endings differ (Polish); null where not used. */
  stem?(word: string): string | null;
}

const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.length > 1))];

/** Welsh: each mutated first letter, and the letters it may come from. */
const WELSH_MUTATIONS: [string, string[]][] = [
  // nasal
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  // aspirate
  ['ph', ['p']],
  ['th', ['t']],
  ['ch', ['c']],
  // soft
  ['dd', ['d']],
  ['f', ['b', 'm']],
  ['g', ['c']],
  ['b', ['p']],
  ['d', ['t']],
  ['l', ['ll']],
  ['r', ['rh']],
  ['m', ['b']],
  ['n', ['d']],
];

function welshCandidates(word: string): string[] {
  const w = word.toLowerCase().replace(/’/g, "'");
  const out = [w];
  // "i'r", "o'r": the article is written onto the word before, so the word itself is clean
  for (const [mutated, origins] of WELSH_MUTATIONS) {
    if (w.startsWith(mutated) && w.length > mutated.length + 1) for (const o of origins) out.push(o + w.slice(mutated.length));
  }
  // soft mutation drops g: "ardd" ← gardd, "waith" ← gwaith
  if (/^[aeiouwy]/.test(w)) out.push('g' + w);
  // aspirate h before a vowel: "ei henw" ← enw
  if (/^h[aeiouwy]/.test(w)) out.push(w.slice(1));
  for (const base of [...out]) {
    for (const end of ['iau', 'au', 'ion', 'on', 'od', 'ydd', 'i']) {
      if (base.endsWith(end) && base.length > end.length + 2) out.push(base.slice(0, -end.length));
    }
  }
  return uniq(out);
}

const POLISH_ENDINGS = [
  // nouns and adjectives: case endings
  'ami', 'ach', 'owi', 'iem', 'om', 'ów', 'em', 'ie', 'ii', 'ą', 'ę', 'y', 'i', 'a', 'u', 'e', 'o',
  // verbs: infinitive and present forms back to a stem
  'ować', 'ywać', 'iwać', 'ać', 'eć', 'ić', 'yć', 'ść', 'ć', 'esz', 'isz', 'ysz', 'asz', 'emy', 'imy', 'amy', 'ecie', 'icie', 'acie', 'am',
];

function polishStem(word: string): string | null {
  const w = word.toLowerCase();
  if (w.length < 3) return null;
  let best = w;
  for (const end of POLISH_ENDINGS) if (w.endsWith(end) && w.length - end.length >= 3 && w.length - end.length < best.length) best = w.slice(0, -end.length);
  // softened stems: policj-i / policj-a compare as polic-; sądzie → sąd, rowerze → rower
  return best.replace(/(j|i)$/, '').replace(/dz$/, 'd').replace(/rz$/, 'r') || null;
}

function urduCandidates(word: string): string[] {
  const out = [word];
  for (const end of ['وں', 'یں', 'یاں', 'ے', 'ی']) if (word.endsWith(end) && word.length > end.length + 1) out.push(word.slice(0, -end.length));
  // oblique -ے of masculine nouns and verbs back to -ا (لڑکے → لڑکا, جانے → جانا)
  if (word.endsWith('ے')) out.push(word.slice(0, -1) + 'ا');
  return uniq(out);
}

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

const WELSH_FUNCTION = words("y yr 'r a ac ag o i yn ar am at gan gyda heb dros drwy wrth tan hyd mae roedd bydd oedd yw ydy ydw ydych ydyn sydd fy dy ei ein eich eu ti chi ni nhw fe fo hi e mi hwn hon hyn hynny neu ond fel os pan bod wedi'n wedi");
const POLISH_FUNCTION = words('i a w we z ze na do od o u za po przez dla przy pod nad przed się że to ten ta te jest są był była było być mi mnie ci cię ciebie go mu jej ich im nas was my wy on ona ono oni one ja ty lub albo ale czy jak jeśli gdy kiedy który która które co');
const URDU_FUNCTION = words('کا کی کے کو سے میں پر ہے ہیں تھا تھی تھے اور یا لیکن کہ یہ وہ جو بھی تو ہی نے ہو گا گی گے تم آپ ہم');

const ENGLISH: WordForms = { candidates: lemmaCandidates, isFunctionWord: isEnglishFunctionWord };
const NONE: WordForms = { candidates: (w) => [w.toLowerCase()], isFunctionWord: () => false };

export function wordFormsFor(language: string): WordForms {
  switch (language.toLowerCase().split('-')[0]) {
    case 'en':
      return ENGLISH;
    case 'cy':
      return { candidates: welshCandidates, isFunctionWord: (w) => WELSH_FUNCTION.has(w) };
    case 'pl':
      return { candidates: (w) => [w.toLowerCase()], isFunctionWord: (w) => POLISH_FUNCTION.has(w), stem: polishStem };
    case 'ur':
      return { candidates: urduCandidates, isFunctionWord: (w) => URDU_FUNCTION.has(w) };
    default:
      return NONE;
  }
}
