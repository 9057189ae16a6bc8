/**
 * Words from the names symbol sets give their files and columns: "brush_teeth_,_to",
 * "police_1a", "toEat", "St._Kitts", `category-en`. Symbol sets name files for people to
 * read, with conventions of their own; these turn them into the words a caption and a
 * search need, keeping the name as it was as a keyword.
 */

/** Picture file endings, the only part of a name taken off as its extension ("St._Kitts" has none). */
export const IMAGE_EXT = /\.(svg|png|jpe?g)$/i;

/** A file's name without its folder and picture extension. */
export function stemOf(path: string): string {
  const base = path.split('/').pop() ?? path;
  return base.replace(IMAGE_EXT, '');
}

/**
 * The key a file name and a word-list cell are matched by: no folder or extension, lower
 * case, underscores and spaces alike ("brush_teeth_,_to" = "brush teeth , to").
 */
export function matchKey(name: string): string {
  return stemOf(name.trim()).normalize('NFC').toLowerCase().replace(/[_\s]+/g, ' ').trim();
}

/** Words split at camelCase joins: "toEat" → "to eat", "brushYourTeeth" → "brush your teeth", "ITClass" → "IT Class". */
function splitCamel(s: string): string {
  if (!/\p{Ll}\p{Lu}|\p{Lu}\p{Lu}\p{Ll}/u.test(s)) return s;
  // two letters before a join at least: "iPhone" stays one word
  const split = s.replace(/(?<=\p{L}\p{Ll})(?=\p{Lu})/gu, ' ').replace(/(\p{Lu}+)(\p{Lu}\p{Ll})/gu, '$1 $2');
  // a name written in lower camelCase is lower case words; capitals of its own (an acronym) stay
  return /^\p{Ll}/u.test(s) ? split.replace(/(?<!\p{L})(\p{Lu})(\p{Ll}+)(?!\p{L})/gu, (_, a: string, b: string) => a.toLowerCase() + b) : split;
}

/** Spaces for underscores and separating hyphens; a hyphen inside a word stays ("T-shirt"). */
function spaced(s: string): string {
  return s
    .replace(/_/g, ' ')
    .replace(/(^|\s)-+|-+(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "brush teeth , to" → ["brush teeth", "to brush teeth"]; "toilet , go to the" → ["go to the toilet", …]. */
function commaForm(s: string): { label: string; phrase: string } | null {
  const m = /^(.+?)\s*,\s*(.+)$/.exec(s);
  if (!m) return null;
  const [, head, tail] = m;
  // a comma that is part of the name ("Washington, D.C.", "salt, pepper") is left alone
  if (!/^(to|to the|go to the|the|a|an|go to|to be)$/i.test(tail.trim()) && tail.split(' ').length > 3) return null;
  const phrase = `${tail.trim()} ${head.trim()}`;
  return { label: /^to$/i.test(tail.trim()) ? head.trim() : phrase, phrase };
}

/** A trailing variant number: "police 1a", "bread roll 2" (not a number that is the whole name). */
const VARIANT = /^(.*\p{L}.*?)\s+\d{1,2}[a-z]?$/u;

export interface NameWords {
  /** The word or phrase a caption shows. */
  label: string;
  /** Other forms to find it by: the name as written, "to brush teeth". Lower case. */
  keywords: string[];
}

/**
 * Words from a file name: underscores, camelCase, a Mulberry-style ", to" ending and a
 * trailing variant number undone. "brush_teeth_,_to" → "brush teeth" (keyword "to brush
 * teeth"); "police_1a" → "police" (keyword "police 1a"); "toEat" → "to eat"; "St._Kitts" →
 * "St. Kitts".
 */
export function wordsOfName(name: string): NameWords {
  const raw = spaced(splitCamel(stemOf(name).normalize('NFC')));
  const keywords: string[] = [];
  const comma = /^(.+?)\s*,\s*(.+)$/.exec(raw);
  let head = comma ? comma[1] : raw;
  const v = VARIANT.exec(head);
  if (v) {
    keywords.push(head);
    head = v[1].trim();
  }
  let label = head;
  if (comma) {
    const form = commaForm(`${head} , ${comma[2]}`);
    if (form) {
      label = form.label;
      keywords.unshift(form.phrase);
    } else label = raw;
  }
  label = label.trim() || raw || stemOf(name);
  const lower = label.toLowerCase();
  return { label, keywords: [...new Set(keywords.map((k) => k.toLowerCase()))].filter((k) => k && k !== lower) };
}

/** A word-list label tidied lightly: underscores, spaces and a ", to" ending; its own numbers stay ("Year 7"). */
export function tidyLabel(text: string): NameWords {
  const raw = spaced(text.normalize('NFC'));
  const comma = commaForm(raw);
  if (!comma) return { label: raw, keywords: [] };
  return { label: comma.label, keywords: comma.phrase.toLowerCase() === comma.label.toLowerCase() ? [] : [comma.phrase.toLowerCase()] };
}

/** Language codes a column name may end in (`word-cy`, `category-en`, `tags_pl`). Not `id`: "symbol-id" is an id. */
const LANGUAGE_CODES = new Set(
  'en cy pl ur ar bn de el es fa fi fr ga gd gu he hi it ja ko nl no nb nn pa ps pt ro ru so sv ta tr uk zh da cs sk hu hr sr sl lt lv et bg ku ms th vi sw am ti yo ig ha zu xh af eu ca gl mt is'.split(' '),
);
/** Language names used as column names ("English name", "Welsh"). */
const LANGUAGE_NAMES: Record<string, string> = { english: 'en', welsh: 'cy', cymraeg: 'cy', polish: 'pl', urdu: 'ur', french: 'fr', german: 'de', spanish: 'es', finnish: 'fi', arabic: 'ar', bengali: 'bn', hindi: 'hi', italian: 'it', dutch: 'nl', portuguese: 'pt' };

/** A column name split into what it holds and its language: `category-en` → ["category", "en"]. */
export function columnParts(column: string): { base: string; language: string } {
  const c = column.trim().toLowerCase();
  const m = /^(.*?)[-_ .]\(?([a-z]{2,3})\)?$/.exec(c);
  if (m && m[1] && LANGUAGE_CODES.has(m[2])) return { base: m[1].trim(), language: m[2] };
  const words = c.split(/[\s_-]+/);
  const named = words.map((w) => LANGUAGE_NAMES[w]).find(Boolean);
  if (named) return { base: words.filter((w) => !LANGUAGE_NAMES[w]).join(' ') || 'word', language: named };
  return { base: c, language: '' };
}
