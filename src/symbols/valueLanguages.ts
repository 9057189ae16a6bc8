/**
 * How each language writes times, weekdays and dates (see `findValues`). A language without
 * a table here still gets times in digits ("20:30", "8 pm").
 */
import { alt, B, clock, dateRule, digitRules, E, norm, rx, table, weekdayRule, type Meridiem, type ValueRule } from './valueRules';

/* ---------- English ---------- */

const EN_HOURS = table(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [w, i + 1]));
const EN_MINUTES = table([
  ['half', 30],
  ['quarter', 15],
  ['a quarter', 15],
  ['five', 5],
  ['ten', 10],
  ['twenty', 20],
  ['twenty-five', 25],
  ['twenty five', 25],
]);
const EN_WEEKDAYS = table(
  ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].flatMap((w, i): [string, number][] => [
    [w, i],
    [`${w}s`, i],
  ]),
);
/** Short forms, capitalised; "Wed", "Sat" and "Sun" are also words, so they need a date or another weekday beside them. */
const EN_SHORT_DAYS = table([
  ['Mon', 0],
  ['Tue', 1],
  ['Tues', 1],
  ['Wed', 2],
  ['Weds', 2],
  ['Thu', 3],
  ['Thur', 3],
  ['Thurs', 3],
  ['Fri', 4],
  ['Sat', 5],
  ['Sun', 6],
]);
const EN_MONTHS = table(
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].flatMap((w, i): [string, number][] => [
    [w, i + 1],
    [w.slice(0, 3), i + 1],
    ...(w === 'september' ? ([['sept', 9]] as [string, number][]) : []),
  ]),
);

const EN_HOUR = `(?<h>1[0-2]|0?[1-9]|${alt(EN_HOURS.keys())})`;
const EN_MER = String.raw`(?<mer>\s?[ap]\.?\s?m\b\.?)`;
const EN_PART = String.raw`\s+(?<part>at\s+night|in\s+the\s+(?:morning|afternoon|evening|night)|tonight|this\s+(?:morning|afternoon|evening)|(?:tomorrow|every|each)\s+(?:morning|afternoon|evening|night))`;
const OCLOCK = String.raw`\s*o['’]?\s?clock`;

function enPart(s: string | undefined): Meridiem | null {
  if (!s) return null;
  return /morning/i.test(s) ? 'am' : /night/i.test(s) ? 'night' : 'pm';
}

const enHour = (s: string) => EN_HOURS.get(norm(s)) ?? Number(s);
const enClock = (g: Record<string, string | undefined>, minutes = 0) => {
  const when = (g.mer ? (/a/i.test(g.mer) ? 'am' : 'pm') : null) ?? enPart(g.part);
  return clock(enHour(g.h!), minutes, when);
};

const SHORT_DAY = 'Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun';

/** "Sat" and "Sun" are weekdays in "Sat 3 June" or "Mon–Sun", not in "I sat down". */
function shortDayInContext(m: RegExpExecArray, text: string): boolean {
  if (!/^(?:Wed|Sat|Sun)$/.test(m[0])) return true;
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const joint = String.raw`\s*(?:[-–—/&,]|and|to|or)\s*`;
  return /^\.?,?\s*\d/.test(after) || rx(`^\\.?${joint}(?:${SHORT_DAY})\\b`, 'u').test(after) || rx(`\\b(?:${SHORT_DAY})\\.?${joint}$`, 'u').test(before);
}

const EN_MONTH = `(?<mo>${alt(EN_MONTHS.keys())})\\.?`;
const capitalMonth = (m: RegExpExecArray) => /^\p{Lu}/u.test(m.groups!.mo);

function englishRules(): ValueRule[] {
  const g = (m: RegExpExecArray) => m.groups!;
  return [
    ...digitRules(EN_MER, EN_PART, enPart),
    {
      // "half past eight", "quarter to seven", "20 past 3", "ten minutes to 9 in the evening"
      re: rx(`${B}(?<min>${alt(EN_MINUTES.keys())}|\\d{1,2})(?:\\s+minutes?)?\\s+(?<dir>past|after|to)\\s+${EN_HOUR}(?:${OCLOCK})?(?:${EN_MER})?(?:${EN_PART})?${E}`),
      id: (m, text) => {
        const to = /to/i.test(g(m).dir!);
        // "from 9 to 5" and "between ten to twelve" are ranges ("from half past three" is a time);
        // "20 to 9" needs "minutes" to be a time
        if (to && /(?:from|between)\s+$/i.test(text.slice(Math.max(0, m.index - 9), m.index))) return null;
        if (to && /^\d/.test(g(m).min!) && !/minute/i.test(m[0])) return null;
        const min = EN_MINUTES.get(norm(g(m).min!)) ?? Number(g(m).min);
        return min > 0 && min < 60 ? enClock(g(m), to ? -min : min) : null;
      },
    },
    // "half seven": half past seven, as said in Britain
    { re: rx(`${B}(?<!past\\s+|to\\s+)half\\s+(?<h>1[0-2]|[1-9]|${alt(EN_HOURS.keys())})(?:${EN_PART})?${E}`), id: (m) => enClock(g(m), 30) },
    { re: rx(`${B}${EN_HOUR}${OCLOCK}(?:${EN_MER})?(?:${EN_PART})?${E}`), id: (m) => enClock(g(m)) },
    // "seven pm", "9 at night", "6 in the morning"
    { re: rx(`${B}(?<h>${alt(EN_HOURS.keys())})${EN_MER}(?:${EN_PART})?${E}`), id: (m) => enClock(g(m)) },
    { re: rx(`${B}${EN_HOUR}${EN_PART}${E}`), id: (m) => enClock(g(m)) },
    {
      // "home by 8.", "at nine, ...", "by ten on school nights" — a bare hour only after at/by/until
      // and before the end of a clause, a word of when ("on", "every", "tonight") or what it is for ("at 7 for school")
      re: rx(`(?<=${B}(?:at|by|until|till|before)\\s+)${EN_HOUR}(?=\\s*(?:[.,;!?)]|$)|\\s+(?:on|every|each|tonight|today|tomorrow|at (?:the )?weekends?|for (?:school|college|work|breakfast|tea|dinner|bed|lessons|registration|the bus)|and|then|or)\\b)`),
      id: (m) => enClock(g(m)),
    },
    // "Sundays 10 till 2": an hour before "till" and another hour is a time too
    // (not an age or an amount: "from age 3 till 8", "5 till 10 minutes")
    { re: rx(`(?<!\\b(?:age|aged|ages)\\s+)${B}${EN_HOUR}(?=\\s+(?:till|until|til)\\s+(?:1[0-2]|[1-9])\\b(?!\\s*(?:minutes?|mins?|hours?|years?|days?|weeks?|months?|%|pounds?|quid)))`), id: (m) => enClock(g(m)) },
    { re: rx(`${B}(?:12\\s+)?(?<w>noon|midday|midnight)${E}`), id: (m) => (/night/i.test(g(m).w!) ? 'clock:00:00' : 'clock:12:00') },
    weekdayRule(EN_WEEKDAYS),
    weekdayRule(EN_SHORT_DAYS, shortDayInContext, 'gu'),
    dateRule(`${B}(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:\\s+of)?\\s+${EN_MONTH}(?:,?\\s+\\d{4})?${E}`, EN_MONTHS, capitalMonth),
    dateRule(`${B}${EN_MONTH}\\s+(?<d>\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?${E}`, EN_MONTHS, capitalMonth),
  ];
}
/** Digits only, for a language without tables. */
const otherRules = (): ValueRule[] => digitRules(String.raw`(?<mer>\s?[ap]\.?\s?m\b\.?)`, '(?<part>(?!))', () => null);

const cache = new Map<string, ValueRule[]>();
const BUILDERS = new Map<string, () => ValueRule[]>([['en', englishRules]]);

/**
 * Adds the rules of another language. Welsh, Polish and Urdu live in `valueLanguagesMore.ts`,
 * loaded with their vocabulary (`SymbolLibrary.symboliser`), so English users never load them.
 */
export function registerValueRules(language: string, build: () => ValueRule[]): void {
  BUILDERS.set(language, build);
  cache.delete(language);
}

/** The rules for a language (BCP 47; only its first part counts). */
export function rulesFor(language: string): ValueRule[] {
  const lang = (language || 'en').toLowerCase().split(/[-_]/)[0];
  let rules = cache.get(lang);
  if (!rules) {
    rules = (BUILDERS.get(lang) ?? otherRules)();
    cache.set(lang, rules);
  }
  return rules;
}
