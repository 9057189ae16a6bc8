/**
 * Times, weekdays and dates in Welsh, Polish and Urdu (see `valueLanguages.ts`), in a module
 * of their own so that only documents in these languages load them.
 */
import { alt, B, clock, D, dateRule, digits, digitRules, E, norm, rx, table, weekdayRule, type Meridiem, type ValueRule } from './valueRules';
import { registerValueRules } from './valueLanguages';


/* ---------- Welsh ---------- */

/** Hours in words with their mutated forms ("am ddau o'r gloch", "chwarter i dri"). */
const CY_HOURS = table([
  ['un', 1],
  ['dau', 2],
  ['ddau', 2],
  ['dwy', 2],
  ['ddwy', 2],
  ['tri', 3],
  ['dri', 3],
  ['tair', 3],
  ['dair', 3],
  ['pedwar', 4],
  ['bedwar', 4],
  ['pedair', 4],
  ['bedair', 4],
  ['pump', 5],
  ['bump', 5],
  ['pum', 5],
  ['chwech', 6],
  ['chwe', 6],
  ['saith', 7],
  ['wyth', 8],
  ['naw', 9],
  ['deg', 10],
  ['ddeg', 10],
  ['un ar ddeg', 11],
  ['deuddeg', 12],
  ['ddeuddeg', 12],
]);
/** "dydd Llun" (Monday), "ddydd Llun" after "ar", "nos Lun" (Monday night). */
const CY_WEEKDAYS = table(
  [
    ['Llun', 'Lun'],
    ['Mawrth', 'Fawrth'],
    ['Mercher', 'Fercher'],
    ['Iau', 'Iau'],
    ['Gwener', 'Wener'],
    ['Sadwrn', 'Sadwrn'],
    ['Sul', 'Sul'],
  ].flatMap(([day, soft], i): [string, number][] => [
    [`dydd ${day}`.toLowerCase(), i],
    [`ddydd ${day}`.toLowerCase(), i],
    [`nos ${soft}`.toLowerCase(), i],
  ]),
);
const CY_MONTHS = table(
  [
    ['ionawr'],
    ['chwefror'],
    ['mawrth', 'fawrth'],
    ['ebrill'],
    ['mai', 'fai'],
    ['mehefin', 'fehefin'],
    ['gorffennaf', 'orffennaf'],
    ['awst'],
    ['medi', 'fedi'],
    ['hydref'],
    ['tachwedd', 'dachwedd'],
    ['rhagfyr', 'ragfyr'],
  ].flatMap((forms, i) => forms.map((f): [string, number] => [f, i + 1])),
);
const CY_HOUR = `(?<h>1[0-2]|[1-9]|${alt(CY_HOURS.keys())})`;
const CY_MER = String.raw`(?<mer>(?<=\d)[ap]m|\s?p\.?m\b\.?|\s?y\.?\s?[hb]\b\.?)`;
const CY_PART = String.raw`\s+(?<part>(?:yn\s+)?y\s+bore|(?:yn\s+)?y\s+(?:prynhawn|pnawn)|yr\s+hwyr|gyda['’]r\s+hwyr|(?:yn\s+)?y\s+nos|heno)`;
const GLOCH = String.raw`\s+o['’]r\s+gloch`;

function cyPart(s: string | undefined): Meridiem | null {
  if (!s) return null;
  return /bore/i.test(s) ? 'am' : /nos|heno/i.test(s) ? 'night' : 'pm';
}

const cyClock = (g: Record<string, string | undefined>, minutes = 0) => clock(CY_HOURS.get(norm(g.h!)) ?? Number(g.h), minutes, cyPart(g.part));

function welshRules(): ValueRule[] {
  return [
    ...digitRules(CY_MER, CY_PART, cyPart),
    { re: rx(`${B}${CY_HOUR}${GLOCH}(?:${CY_PART})?${E}`), id: (m) => cyClock(m.groups!) },
    {
      // "hanner awr wedi wyth" (half past eight), "chwarter wedi", "chwarter i naw"
      re: rx(`${B}(?<min>hanner\\s+awr|chwarter)\\s+(?<dir>wedi|i)\\s+${CY_HOUR}(?:${GLOCH})?(?:${CY_PART})?${E}`),
      id: (m) => {
        const min = /hanner/i.test(m.groups!.min) ? 30 : 15;
        return m.groups!.dir.toLowerCase() === 'i' ? (min === 30 ? null : cyClock(m.groups!, -min)) : cyClock(m.groups!, min);
      },
    },
    { re: rx(`${B}(?<w>hanner\\s+dydd|canol\\s+nos|hanner\\s+nos)${E}`), id: (m) => (/dydd/i.test(m.groups!.w) ? 'clock:12:00' : 'clock:00:00') },
    weekdayRule(CY_WEEKDAYS),
    dateRule(`${B}(?<d>\\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?\\s+(?:o\\s+)?(?<mo>${alt(CY_MONTHS.keys())})(?:\\s+\\d{4})?${E}`, CY_MONTHS),
  ];
}

/* ---------- Polish ---------- */

const PL_WEEKDAYS = table(
  [
    ['poniedział', 'ek|ku|kiem|ki|ków|kach|kami|kom'],
    ['wtor', 'ek|ku|kiem|ki|ków|kach|kami|kom'],
    ['środ', 'a|y|ę|zie|ą|om|ach|ami'],
    ['czwart', 'ek|ku|kiem|ki|ków|kach|kami|kom'],
    ['piąt', 'ek|ku|kiem|ki|ków|kach|kami|kom'],
    ['sobot', 'a|y|ę|ą|cie|om|ach|ami'],
    ['niedziel', 'a|i|ę|ą|e|om|ach|ami'],
  ].flatMap(([stem, ends], i) => ends.split('|').map((e): [string, number] => [stem + e, i])),
);
const PL_MONTHS = table(
  ['stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'września', 'października', 'listopada', 'grudnia'].map((w, i) => [w, i + 1]),
);
/** "o ósmej" (at eight): feminine ordinals in -ej (o, do, po, od) and -ą (przed). */
const PL_ORDINALS = table(
  [
    'pierwsz',
    'drugi',
    'trzeci',
    'czwart',
    'piąt',
    'szóst',
    'siódm',
    'ósm',
    'dziewiąt',
    'dziesiąt',
    'jedenast',
    'dwunast',
    'trzynast',
    'czternast',
    'piętnast',
    'szesnast',
    'siedemnast',
    'osiemnast',
    'dziewiętnast',
    'dwudziest',
    'dwudziest pierwsz',
    'dwudziest drugi',
    'dwudziest trzeci',
  ].flatMap((stem, i): [string, number][] => {
    // drugi → drugiej, drugą; trzeci → trzeciej, trzecią; ósm → ósmej, ósmą
    const ej = (s: string) => `${s}ej`;
    const a = (s: string) => (s === 'drugi' ? 'drugą' : s.endsWith('i') ? `${s.slice(0, -1)}ią` : `${s}ą`);
    const words = stem.split(' ');
    return [
      [words.map(ej).join(' '), i + 1],
      [words.map(a).join(' '), i + 1],
    ];
  }),
);
const PL_PART = String.raw`\s+(?<part>rano|nad\s+ranem|przed\s+południem|po\s+południu|wieczorem|w\s+nocy|dziś\s+wieczorem)`;
const PL_MER = String.raw`(?<mer>\s?[ap]\.?\s?m\b\.?)`;

function plPart(s: string | undefined): Meridiem | null {
  if (!s) return null;
  return /rano|ranem|przed/i.test(s) ? 'am' : /nocy/i.test(s) ? 'night' : 'pm';
}

function polishRules(): ValueRule[] {
  const prep = `(?<=${B}(?<p>o|od|do|po|przed|około)\\s+)`;
  return [
    ...digitRules(PL_MER, PL_PART, plPart),
    {
      // "o godzinie 8", "o 8 wieczorem", "do 22." — a bare hour needs "godzinie", a part of the day, or the end of a clause
      re: rx(`${prep}(?<g>godz(?:inie|iny|inę|\\.)?\\s+)?(?<h>\\d{1,2})(?:${PL_PART})?${E}(?!\\s*[:.]\\d)`),
      id: (m, text) => {
        const g = m.groups!;
        if (!g.g && !g.part && !/^\s*(?:[.,;!?)]|$)/.test(text.slice(m.index + m[0].length))) return null;
        return clock(Number(g.h), 0, plPart(g.part));
      },
    },
    {
      // "o ósmej", "o wpół do ósmej" (half past seven), "do dziesiątej wieczorem"
      re: rx(`${prep}(?:(?<half>wpół)\\s+do\\s+)?(?:godz(?:inie|iny)?\\s+)?(?<w>${alt(PL_ORDINALS.keys())})(?:${PL_PART})?${E}`),
      id: (m, text) => {
        const g = m.groups!;
        // "o ósmej" is always a time; "do drugiej klasy" (to the second year) is not
        if (g.p.toLowerCase() !== 'o' && !g.part && !/^\s*(?:[.,;!?)]|$)/.test(text.slice(m.index + m[0].length))) return null;
        const h = PL_ORDINALS.get(norm(g.w))!;
        return g.half ? clock(h, -30, plPart(g.part)) : clock(h, 0, plPart(g.part));
      },
    },
    { re: rx(`${B}(?<w>w\\s+(?:samo\\s+)?południe|(?:o|do|po)\\s+północy|przed\\s+północą)${E}`), id: (m) => (/połu/i.test(m.groups!.w) ? 'clock:12:00' : 'clock:00:00') },
    weekdayRule(PL_WEEKDAYS),
    dateRule(`${B}(?<d>\\d{1,2})\\.?\\s+(?<mo>${alt(PL_MONTHS.keys())})(?:\\s+\\d{4}(?:\\s*r\\.)?)?${E}`, PL_MONTHS),
  ];
}

/* ---------- Urdu ---------- */

const UR_HOURS = table(['ایک', 'دو', 'تین', 'چار', 'پانچ', 'چھ', 'سات', 'آٹھ', 'نو', 'دس', 'گیارہ', 'بارہ'].map((w, i) => [w, i + 1]));
/** ساڑھے (and a half), سوا (and a quarter), پونے (a quarter to). */
const UR_FRACTIONS = table([
  ['ساڑھے', 30],
  ['سوا', 15],
  ['پونے', -15],
]);
const UR_WEEKDAYS = table([
  ['سوموار', 0],
  ['پیر', 0],
  ['منگل', 1],
  ['بدھ', 2],
  ['جمعرات', 3],
  ['جمعہ', 4],
  ['جمعے', 4],
  ['ہفتہ', 5],
  ['ہفتے', 5],
  ['اتوار', 6],
]);
const UR_MONTHS = table(['جنوری', 'فروری', 'مارچ', 'اپریل', 'مئی', 'جون', 'جولائی', 'اگست', 'ستمبر', 'اکتوبر', 'نومبر', 'دسمبر'].map((w, i) => [w, i + 1]));
const UR_PART_WORDS = 'صبح|دوپہر|سہ\\s?پہر|شام|رات';
const UR_MER = String.raw`(?<mer>\s?[ap]\.?\s?m\b\.?)`;
const UR_PART = `\\s+(?<part>${UR_PART_WORDS})`;

function urPart(s: string | undefined): Meridiem | null {
  if (!s) return null;
  return /صبح/.test(s) ? 'am' : /رات/.test(s) ? 'night' : 'pm';
}

/** پیر is also "foot" and ہفتہ also "week": they are weekdays with کو (on) or کے دن, or after بروز. */
function urWeekdayInContext(m: RegExpExecArray, text: string): boolean {
  if (!/^(?:پیر|ہفتہ|ہفتے)$/.test(m[0])) return true;
  return /^\s+(?:کو|کے\s+دن)(?![\p{L}\p{M}])/u.test(text.slice(m.index + m[0].length)) || /بروز\s+$/.test(text.slice(0, m.index));
}

function urduRules(): ValueRule[] {
  const hour = `(?<h>${D}{1,2}|${alt(UR_HOURS.keys())})`;
  const urClock = (g: Record<string, string | undefined>, minutes: number) => {
    const h = UR_HOURS.get(g.h!) ?? digits(g.h!);
    return clock(h, minutes, urPart(g.before ?? g.part));
  };
  return [
    ...digitRules(UR_MER, UR_PART, urPart),
    {
      // "رات 9 بجے" (9 at night), "ساڑھے آٹھ بجے" (half past eight), "8 بج کر 30 منٹ"
      re: rx(
        `${B}(?:(?<before>${UR_PART_WORDS})(?:\\s+کے)?\\s+)?(?:(?<frac>${alt(UR_FRACTIONS.keys())})\\s+)?${hour}(?:\\s+بجے|\\s+بج\\s?کر\\s+(?<m>${D}{1,2})\\s+منٹ)(?:${UR_PART})?${E}`,
      ),
      id: (m) => {
        const g = m.groups!;
        const min = g.frac ? UR_FRACTIONS.get(g.frac)! : g.m ? digits(g.m) : 0;
        return urClock(g, min);
      },
    },
    // ڈیڑھ بجے (half past one), ڈھائی بجے (half past two)
    { re: rx(`${B}(?:(?<before>${UR_PART_WORDS})(?:\\s+کے)?\\s+)?(?<w>ڈیڑھ|ڈھائی)\\s+بجے${E}`), id: (m) => urClock({ ...m.groups!, h: m.groups!.w === 'ڈیڑھ' ? '1' : '2' }, 30) },
    weekdayRule(UR_WEEKDAYS, urWeekdayInContext),
    dateRule(`${B}(?<d>${D}{1,2})\\s+(?<mo>${alt(UR_MONTHS.keys())})${E}`, UR_MONTHS),
  ];
}


registerValueRules('cy', welshRules);
registerValueRules('pl', polishRules);
registerValueRules('ur', urduRules);
