/**
 * The patterns behind `findValues`: how times, weekdays and dates are written in English,
 * Welsh, Polish and Urdu, each a regular expression with a function that turns a match into
 * an id (`clock:20:30`, `weekday:tue`, `date:06-03`) or refuses it.
 */

/** One pattern: a match becomes an id, or null when the context says it is something else. */
export interface ValueRule {
  re: RegExp;
  id: (m: RegExpExecArray, text: string) => string | null;
}

type Meridiem = 'am' | 'pm' | 'night';

export const WEEKDAY_KEYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** No letter or digit of any script on either side (`\b` knows only ASCII). */
const B = String.raw`(?<![\p{L}\p{M}\p{N}])`;
const E = String.raw`(?![\p{L}\p{M}\p{N}])`;
/** Western, Arabic-Indic and Urdu (extended Arabic-Indic) digits. */
const D = '[0-9\u0660-\u0669\u06F0-\u06F9]';

const rx = (source: string, flags = 'giu') => new RegExp(source, flags);
const alt = (words: Iterable<string>) => [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, String.raw`\s+`)).join('|');

/** A number written in any of the digit sets. */
export function digits(s: string): number {
  return Number(s.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (c) => String((c.charCodeAt(0) & 0xf) % 10)));
}

/**
 * 24-hour hour of an hour as written. Written am/pm or a part of the day decides; without
 * them, people mean 7–11 in the morning, 12 at noon and 1–6 in the afternoon. Hours past 12
 * or with a leading zero ("08:00") are already 24-hour.
 */
export function hour24(h: number, mer: Meridiem | null, asWritten = false): number {
  if (!mer && (asWritten || h > 12 || h === 0)) return h % 24;
  if (h > 12) return h % 24;
  if (mer === 'am') return h % 12;
  if (mer === 'pm') return h === 12 ? 12 : h + 12;
  if (mer === 'night') return h === 12 ? 0 : h <= 5 ? h : h + 12;
  return h >= 7 && h <= 11 ? h : h === 12 ? 12 : h + 12;
}

/** `clock:HH:MM` for an hour and minutes past (negative: minutes to) it. */
export function clockId(h24: number, minutes = 0): string {
  const total = (((h24 * 60 + minutes) % 1440) + 1440) % 1440;
  const two = (n: number) => String(n).padStart(2, '0');
  return `clock:${two(Math.floor(total / 60))}:${two(total % 60)}`;
}

function clock(h: number, minutes: number, mer: Meridiem | null, asWritten = false): string | null {
  if (!(h >= 0 && h <= 24) || !(Math.abs(minutes) < 60)) return null;
  return clockId(hour24(h, mer, asWritten), minutes);
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function dateId(month: number, day: number): string | null {
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= MONTH_DAYS[month - 1])) return null;
  return `date:${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Word → number, for tables of words. */
const table = (entries: [string, number][]) => new Map(entries);
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** The written am/pm of any language: am, a.m., pm, p.m., Welsh y.b. / y.h. */
function meridiem(s: string | undefined): Meridiem | null {
  if (!s) return null;
  const k = s.toLowerCase().replace(/[\s.]/g, '');
  return k === 'am' || k === 'yb' ? 'am' : k === 'pm' || k === 'yh' ? 'pm' : null;
}

/** Words that may come before a bare time ("at 7.30", "o 20.30", "am 8"), in every language. */
const TIME_PREPOSITION = /(?:^|[^\p{L}])(?:at|by|until|till|til|before|after|from|between|and|to|o|od|do|po|przed|około|am|tan|erbyn|cyn|rhwng|hyd)\s+$/iu;

/** An alarm or a booking "for" a bare time: "set your alarm for 6.45" (not "a meal deal for 3.50"). */
const BOOKED_FOR = /\b(?:alarm|alarms|booked|book|appointment|appointments|interview|session)\b[^.!?]{0,40}\bfor\s+$/i;

/** Words after a bare time that say it is one: "the 7.40 bus", "the 18.05 train". */
const TIMED_AFTER = /^\s+(?:bus|train|coach|tram|ferry|flight|bws|trên|autobus|pociąg)\b/iu;

/** Times in digits, in every language: "20:30", "7.30 pm", "7pm", "10 am". */
function digitRules(mer: string, part: string, partOf: (s: string | undefined) => Meridiem | null): ValueRule[] {
  return [
    {
      re: rx(`(?<![£$€¥₹\\p{L}\\p{N}.,:])(?<h>${D}{1,2})(?<sep>[:.])(?<m>${D}{2})(?:${mer})?(?:${part})?${E}`),
      id: (m, text) => {
        const g = m.groups!;
        const when = meridiem(g.mer) ?? partOf(g.part);
        // "7.30" is a time only when something says so: "at 7.30", "7.30 pm"; "1.50 metres" is not
        const said = TIME_PREPOSITION.test(text.slice(Math.max(0, m.index - 12), m.index)) || BOOKED_FOR.test(text.slice(Math.max(0, m.index - 64), m.index)) || TIMED_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12));
        if (g.sep === '.' && !when && !said) return null;
        const h = digits(g.h);
        if (when && h > 12) return null;
        return clock(h, digits(g.m), when, g.h.length === 2 && g.h.startsWith('0'));
      },
    },
    {
      re: rx(`(?<![£$€¥₹\\p{N}.,:])${B}(?<h>${D}{1,2})(?:${mer})(?:${part})?${E}`),
      id: (m) => {
        const h = digits(m.groups!.h);
        return h >= 1 && h <= 12 ? clock(h, 0, meridiem(m.groups!.mer)) : null;
      },
    },
  ];
}

/** A weekday rule from a table of written forms. */
function weekdayRule(forms: Map<string, number>, check?: (m: RegExpExecArray, text: string) => boolean, flags = 'giu'): ValueRule {
  return {
    re: rx(`${B}(?<d>${alt(forms.keys())})${E}`, flags),
    id: (m, text) => {
      const d = forms.get(m.groups!.d) ?? forms.get(norm(m.groups!.d));
      return d === undefined || (check && !check(m, text)) ? null : `weekday:${WEEKDAY_KEYS[d]}`;
    },
  };
}

/** A "3 June" / "June 3" rule from a table of month names. */
function dateRule(source: string, months: Map<string, number>, check?: (m: RegExpExecArray) => boolean): ValueRule {
  return {
    re: rx(source),
    id: (m) => {
      const month = months.get(norm(m.groups!.mo).replace(/\.$/, ''));
      if (month === undefined || (check && !check(m))) return null;
      return dateId(month, digits(m.groups!.d));
    },
  };
}

export { B, E, D, rx, alt, clock, table, norm, meridiem, digitRules, weekdayRule, dateRule, type Meridiem };
