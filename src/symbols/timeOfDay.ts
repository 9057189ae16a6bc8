/**
 * Times as symbol text reads them in English: where a time's words end (the words that say its
 * part of the day, "every night", keep pictures of their own) and which half of the day a time
 * that does not say it is in, from the words around it ("wake up at 6", "be home by 9").
 */
import { findValues } from './values';

/** Words that put an unmarked time in the evening ("bed at 9 o'clock" is 21:00). */
const EVENING = /\b(bed|bedtime|sleep|curfew|night|nights|weeknights?|evening|tonight|lights out|lights? off|lights? (?:go|goes|are|is|get|gets|turned|switched) (?:off|out)|stay out|indoors|dinner|home by|be home|in by|tv|telly|television|on charge|gaming|xbox|playstation|console|supper|guests?|visitors?|sleepover|overnight|stay up|stays up|staying up|friends over|mates over|late home|home late|late back|back late|hang out|back by|be back|get back by|for tea|teatime|tea time|open till|open until)\b/;
/** A time that says its half of the day itself. */
const DAY_HALF = /\b(a\.?m\.?|p\.?m\.?|morning|night|evening|afternoon|tonight|noon|midday|midnight)\b|\d(am|pm)\b/i;

/** Words of a night without sleep: an hour from 1 to 4 is then in the night ("lie awake till 2"). */
const SLEEPLESS = /\b(awake|can't sleep|cannot sleep|couldn't sleep|up all night|stay up|stayed up|staying up|middle of the night)\b/;

/** Words that put an unmarked early hour in the morning ("wake up at 6"). */
const MORNING = /\b(wake|wakes|woke|get up|gets up|breakfast|morning|mornings|alarm|sunrise)\b/;
/** Words that keep a time in the morning though the sentence has evening words, in the time's own clause ("sleep in until nine"). */
const LIE_IN = /\b(sleep in|lie in|lie-in|mornings?)\b/;

/** The clause of a sentence a time stands in: between commas, semicolons or "and". */
function clauseOf(span: string, sentence: string): string {
  const at = sentence.indexOf(span.toLowerCase());
  if (at < 0) return sentence;
  const before = sentence.slice(0, at);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' and '));
  const after = sentence.slice(at).search(/[,;.!?]| and /);
  return sentence.slice(start + 1, after < 0 ? undefined : at + after);
}

/** The hour a span ends at, straight after its start ("9 till 1", "10 till 12.30"). */
const RANGE_END = /^\s*(?:till|until|til|-|–)\s*(\d{1,2})(?:[.:]\d\d)?\b/i;

/** "the night before": a night other than the time's own. */
const NIGHT_BEFORE = /\bthe (?:night|evening) before\b/gi;

/**
 * The half of the day of a time that does not say it. Read alone, 7 to 11 are in the morning
 * and 1 to 6 in the afternoon (the value rules); the sentence can say otherwise: "wake up at
 * 6" is in the morning, "be home by 9" in the evening.
 */
export function eveningTime(id: string, span: string, said: string): string {
  // ("pack your kit the night before: the bus leaves at 7.50": that night is not the time's,
  // unless it follows the time: "from ten o'clock the night before")
  const where = said.toLowerCase().indexOf(span.toLowerCase());
  const own = where >= 0 && /^\s+the (?:night|evening) before\b/i.test(said.slice(where + span.length));
  const sentence = own ? said : said.replace(NIGHT_BEFORE, ' ');
  const m = /^clock:(\d\d):(\d\d)$/.exec(id);
  if (!m || DAY_HALF.test(span)) return id;
  const h = Number(m[1]);
  const at = (hour: number) => `clock:${String(hour).padStart(2, '0')}:${m[2]}`;
  // ("college 9 till 1, … home by 5": a span that runs past noon starts in the morning)
  const until = where >= 0 ? RANGE_END.exec(said.slice(where + span.length)) : null;
  if (until && h >= 5 && h <= 11 && Number(until[1]) % 12 < h) return id;
  if (h >= 13 && h <= 18 && MORNING.test(sentence) && !EVENING.test(sentence)) return at(h - 12);
  // ("you lie awake till 2": a small hour of the night)
  if (h >= 13 && h <= 16 && SLEEPLESS.test(sentence)) return at(h - 12);
  // ("Sunday mornings you can sleep in until nine": the morning says it, though sleeping is an
  // evening word; only in the time's own clause: "wake at 7 and be in bed by 10" is 10 at night)
  // ("wake up at 7 and be in bed by 10": waking in the time's own clause keeps it in the morning)
  const clause = clauseOf(span, sentence);
  return h >= 5 && h <= 11 && EVENING.test(sentence) && !LIE_IN.test(clause) && !(MORNING.test(clause) && !EVENING.test(clause)) ? at(h + 12) : id;
}

/**
 * "Tea's at 6, then homework, then you can game till 9": a time that does not say its half of
 * the day, after an evening time in the same sentence, is later that evening (9 is 21:00, not
 * 9 in the morning before tea).
 */
export function laterInTheDay(before: string | null, id: string, span: string): string {
  const prev = before && /^clock:(\d\d):/.exec(before);
  const m = /^clock:(\d\d):(\d\d)$/.exec(id);
  if (!prev || !m || DAY_HALF.test(span)) return id;
  const h = Number(m[1]);
  return Number(prev[1]) >= 17 && h >= 5 && h <= 11 && h + 12 > Number(prev[1]) ? `clock:${h + 12}:${m[2]}` : id;
}

/** A clock between midnight and five in the morning. */
const SMALL_HOURS = /^clock:0[0-4]:/;

/** Words after a time that say its part of the day: "in the evening", "every night", "tonight". */
const DAY_PART_TAIL = /\s+(?:in the (?:morning|afternoon|evening)|at night|(?:every|each|this|that) (?:night|evening|morning|afternoon)|tonight|at the weekend)$/i;

/** Medicine words: "take one in the morning and one at night" counts tablets, not hours. */
const DOSES = /\b(?:tablets?|pills?|capsules?|puffs?|doses?|spoons?|spoonfuls?|medicine|medication|inhaler)\b/i;
/** Words before a number that make it a time ("at one", "until two at night"). */
const TIME_BEFORE = /\b(?:at|by|till|until|til|from|after|before|around|about|past|to|between|since|gone)\s+$/i;

/** A dose counted with a part of the day ("one at night" beside a tablet), not an hour. */
function countedDose(text: string, start: number, end: number): boolean {
  if (!/^(?:one|two|three|four)\b/i.test(text.slice(start, end))) return false;
  return DOSES.test(text) && !TIME_BEFORE.test(text.slice(Math.max(0, start - 12), start));
}

/** Value spans (times, days, dates) by the index of their first word. */
export function valuesByWord(text: string, ws: readonly { start: number; end: number }[], language: string): Map<number, { end: number; id: string; said: number }> {
  // `said`: where the whole expression ends, "in the morning" included, though those words get pictures of their own
  const out = new Map<number, { end: number; id: string; said: number }>();
  for (const found of findValues(text, language)) {
    if (language === 'en' && countedDose(text, found.start, found.end)) continue;
    // the clock already shows day or night; the words that said so keep pictures of their own ("every night": a moon)
    const tail = language === 'en' ? DAY_PART_TAIL.exec(text.slice(found.start, found.end)) : null;
    // (but "three in the morning" is night: a sunrise over it would say otherwise, so the clock says it all)
    const v = tail && tail.index > 0 && !SMALL_HOURS.test(found.id) ? { ...found, end: found.start + tail.index } : found;
    const first = ws.findIndex((w) => w.start >= v.start && w.start < v.end);
    if (first < 0) continue;
    let last = first;
    while (last + 1 < ws.length && ws[last + 1].end <= v.end) last++;
    out.set(first, { end: last, id: v.id, said: found.end });
  }
  return out;
}
