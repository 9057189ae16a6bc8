/**
 * Direction of text lines: which parts of a line run right to left, and in what order the
 * parts stand on the page. The Unicode Bidirectional Algorithm itself (character types,
 * numbers, neutrals, brackets) comes from bidi-js; this module turns its embedding levels
 * into runs, and reorders them (UAX #9, rule L2).
 *
 * A line such as "Sam کو 7:30 بجے آنا ہے" is three runs on paper, from left to right:
 * the Urdu after the time, the time, then "Sam کو" — each run shaped on its own.
 */
import bidiFactory from 'bidi-js';

/** Arabic-script letters (Urdu, Arabic, Punjabi in Shahmukhi): these need shaping and run right to left. */
export const ARABIC_SCRIPT = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** Languages written right to left (BCP 47 primary subtags), and Punjabi in Shahmukhi. */
const RTL_LANGUAGES = new Set(['ar', 'ur', 'fa', 'ps', 'sd', 'ckb', 'ug', 'yi', 'he', 'dv']);

export function isRtlLanguage(tag: string | null | undefined): boolean {
  if (!tag) return false;
  const parts = tag.toLowerCase().split('-');
  return RTL_LANGUAGES.has(parts[0]) || parts.includes('arab');
}

let bidi: ReturnType<typeof bidiFactory> | undefined;

export interface DirectionRun {
  /** The run's characters in reading (logical) order. */
  text: string;
  rtl: boolean;
}

const ARABIC_LETTERS = new RegExp(ARABIC_SCRIPT.source, 'g');
const LATIN_LETTERS = /[A-Za-z\u00C0-\u024F]/g;

/**
 * Whether a block of text is a right-to-left paragraph: it is when it has more
 * Arabic-script letters than Latin ones, so an Urdu sentence that starts with an English
 * name is still read right to left.
 */
export function isRtlText(text: string): boolean {
  const arabic = text.match(ARABIC_LETTERS)?.length ?? 0;
  if (!arabic) return false;
  return arabic >= (text.match(LATIN_LETTERS)?.length ?? 0);
}

/** Anything that may run left to right inside Arabic script: other letters, and digits of any kind. */
const LEFT_TO_RIGHT_HINT = /[^\s\p{P}\p{S}\p{M}\u0600-\u065F\u066A-\u06EF\u06FA-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;

/** Lines measured again and again while breaking text: their runs, remembered. */
const memo = new Map<string, DirectionRun[]>();

/** The runs of one line in visual order (left to right on the page). */
export function visualRuns(line: string, rtl = isRtlText(line)): DirectionRun[] {
  if (!line) return [];
  if (!ARABIC_SCRIPT.test(line) && !rtl) return [{ text: line, rtl: false }];
  // all Arabic script (with spaces and punctuation) in a right-to-left line: one run
  if (rtl && !LEFT_TO_RIGHT_HINT.test(line)) return [{ text: line, rtl: true }];
  const key = `${rtl ? 'r' : 'l'}${line}`;
  const hit = memo.get(key);
  if (hit) return hit;
  const runs = reorder(line, rtl);
  if (memo.size > 5000) memo.clear();
  memo.set(key, runs);
  return runs;
}

function reorder(line: string, rtl: boolean): DirectionRun[] {
  bidi ??= bidiFactory();
  const { levels } = bidi.getEmbeddingLevels(line, rtl ? 'rtl' : 'ltr');
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const last = runs[runs.length - 1];
    if (last && last.level === levels[i]) last.text += line[i];
    else runs.push({ text: line[i], level: levels[i] });
  }
  // L2: from the highest level down to the lowest odd one, reverse every stretch of runs at that level or above
  const highest = Math.max(...runs.map((r) => r.level));
  const lowestOdd = Math.min(...runs.map((r) => (r.level % 2 ? r.level : r.level + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < runs.length; ) {
      if (runs[i].level < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && runs[j].level >= level) j++;
      const stretch = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...stretch);
      i = j;
    }
  }
  return runs.map((r) => ({ text: r.text, rtl: r.level % 2 === 1 }));
}
