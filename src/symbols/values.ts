/**
 * Values in a sentence that a fixed picture cannot show: times, weekdays and dates. Each is
 * found as a span of the text with a generated id, which layout draws as vectors (a clock
 * face at the written time, a calendar page with the day's or the month's name):
 *
 * - `clock:HH:MM`, 24-hour. Written am/pm or a part of the day ("at night", "in the
 *   morning", "tonight", "yr hwyr", "wieczorem", "رات") decides morning or afternoon;
 *   without them, 7–11 is morning, 12 noon and 1–6 afternoon, as people mean it.
 * - `weekday:mon` … `weekday:sun`. The span is the day's name only: in "every Friday" or
 *   "on Fridays" the other word keeps its own picture.
 * - `date:MM-DD` for a day and a month written together ("3 June", "March 14th", "3 Mehefin",
 *   "3 czerwca", "3 جون"); a year after it is inside the span. "Wednesday 3 June" is two
 *   spans, a weekday and a date. Dates in digits ("3/6") are left alone: day/month or month/day
 *   cannot be told apart.
 *
 * Supported forms per language (any language also gets digit times: "20:30", "8 pm", "7pm"):
 * - en: "8 o'clock", "half past eight", "quarter to seven", "20 past 3", "ten minutes to 9",
 *   "half seven" (7:30), "7.30 pm", "7:30pm", "10 am", "seven pm", "9 at night",
 *   "home by 8." (a bare hour after at/by/until/till/before that ends a clause), "noon",
 *   "midday", "midnight"; weekdays in full, plural, and short (Mon, Tues, Thurs, Fri;
 *   Wed, Sat, Sun only beside a date or another weekday); dates "3 June", "3rd of June",
 *   "June 3", "14th March 2026" (the month capitalised).
 * - cy: "wyth o'r gloch", "am ddau o'r gloch" (mutated hours), "hanner awr wedi wyth",
 *   "chwarter wedi / i naw", "8yh", "8 y.h.", "y bore", "yr hwyr", "y nos", "heno",
 *   "hanner dydd", "canol nos"; "dydd Llun" … "dydd Sul", "ddydd …", "nos Lun" …; dates
 *   "3 Mehefin", "3ydd o Fehefin".
 * - pl: "o 20.30", "o godzinie 8", "o 8 wieczorem", "do 22."; "o ósmej", "do ósmej rano",
 *   "przed ósmą", "o wpół do ósmej" (7:30), "w południe", "o północy"; every case of
 *   poniedziałek … niedziela (singular and plural); dates "3 czerwca" (genitive months).
 * - ur: "8 بجے", "رات 9 بجے", "9 بجے رات", "ساڑھے 8 بجے", "سوا", "پونے", "آٹھ بجے" (number
 *   words one to twelve), "8 بج کر 30 منٹ", "ڈیڑھ بجے", "ڈھائی بجے", Urdu digits; سوموار،
 *   منگل، بدھ، جمعرات، جمعہ، اتوار, and پیر / ہفتہ only with کو, کے دن or after بروز (they
 *   also mean "foot" and "week"); dates "3 جون".
 *
 * Numbers that are not times stay numbers: "12 Elm Road", "£10", "turn 18", "1.50 metres",
 * "from 9 to 5" (a range, not 4:51).
 */
import { rulesFor } from './valueLanguages';
import { WEEKDAY_KEYS } from './valueRules';

export interface ValueSpan {
  /** Offsets into the text, covering the whole expression ("half past eight at night"). */
  start: number;
  end: number;
  /** `clock:HH:MM`, `weekday:mon`…, or `date:MM-DD`. */
  id: string;
}

export type WeekdayKey = (typeof WEEKDAY_KEYS)[number];
export { WEEKDAY_KEYS };

/** What a generated id shows. */
export type GeneratedValue =
  | { kind: 'clock'; hour: number; minute: number }
  | { kind: 'weekday'; day: WeekdayKey; index: number }
  | { kind: 'date'; month: number; day: number };

/** Whether a picture id is drawn by layout rather than taken from a symbol set. */
export function isGeneratedId(id: string): boolean {
  return id.startsWith('clock:') || id.startsWith('weekday:') || id.startsWith('date:');
}

/** The value a generated id shows, or null when it is not a well-formed one. */
export function parseGeneratedId(id: string): GeneratedValue | null {
  let m = /^clock:([01]\d|2[0-3]):([0-5]\d)$/.exec(id);
  if (m) return { kind: 'clock', hour: Number(m[1]), minute: Number(m[2]) };
  m = /^weekday:(mon|tue|wed|thu|fri|sat|sun)$/.exec(id);
  if (m) return { kind: 'weekday', day: m[1] as WeekdayKey, index: WEEKDAY_KEYS.indexOf(m[1] as WeekdayKey) };
  m = /^date:(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.exec(id);
  if (m) return { kind: 'date', month: Number(m[1]), day: Number(m[2]) };
  return null;
}

/**
 * The times, weekdays and dates in `text`, in order and never overlapping. Where two
 * readings overlap, the one that starts first wins, then the longer one ("8 o'clock at
 * night" over "8 o'clock").
 */
export function findValues(text: string, language: string): ValueSpan[] {
  const found: ValueSpan[] = [];
  for (const rule of rulesFor(language)) {
    rule.re.lastIndex = 0;
    for (let m = rule.re.exec(text); m; m = rule.re.exec(text)) {
      if (!m[0]) {
        rule.re.lastIndex++;
        continue;
      }
      const id = rule.id(m, text);
      if (id) found.push({ start: m.index, end: m.index + m[0].length, id });
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: ValueSpan[] = [];
  for (const s of found) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}
