import { describe, expect, it } from 'vitest';
// Welsh, Polish and Urdu rules load with those languages' vocabularies; here, directly
import '../../src/symbols/valueLanguagesMore';
import { findValues, isGeneratedId, parseGeneratedId } from '../../src/symbols/values';

/** Each phrase, its language, and the ids found in it with the text each covers (`id=text`), in order. */
const TABLE: [string, string, string[]][] = [
  // English times
  ['en', "Be home by 8 o'clock.", ["clock:08:00=8 o'clock"]],
  ['en', 'Your curfew starts at half past eight', ['clock:08:30=half past eight']],
  ['en', 'quarter to seven', ['clock:06:45=quarter to seven']],
  ['en', 'quarter past 3', ['clock:15:15=quarter past 3']],
  ['en', 'at 7.30 pm', ['clock:19:30=7.30 pm']],
  ['en', 'at 7:30pm', ['clock:19:30=7:30pm']],
  ['en', 'set your alarm for 6.45', ['clock:18:45=6.45']],
  ['en', 'Your jab is booked at Castle Street Surgery for 8.50', ['clock:08:50=8.50']],
  ['en', 'Get a meal deal for 3.50 at lunch', []],
  ['en', 'Revise for 2.30 hours', []],
  ['en', 'Come back by 7pm', ['clock:19:00=7pm']],
  ['en', 'The meeting is at 7 am', ['clock:07:00=7 am']],
  ['en', 'at 10am', ['clock:10:00=10am']],
  ['en', 'at 10 a.m. sharp', ['clock:10:00=10 a.m.']],
  ['en', "from 9 o'clock at night until 6 o'clock in the morning", ["clock:21:00=9 o'clock at night", "clock:06:00=6 o'clock in the morning"]],
  ['en', 'Lunch is at noon', ['clock:12:00=noon']],
  ['en', 'not after midnight', ['clock:00:00=midnight']],
  ['en', 'See you at half seven', ['clock:07:30=half seven']],
  ['en', 'half past twelve', ['clock:12:30=half past twelve']],
  ['en', 'quarter to one', ['clock:12:45=quarter to one']],
  ['en', 'ten to twelve at night', ['clock:23:50=ten to twelve at night']],
  ['en', 'Homework club runs from half past three', ['clock:15:30=half past three']],
  ['en', 'Your key worker will wake you at seven tomorrow', ['clock:07:00=seven']],
  ['en', 'Sundays 10 till 2', ['weekday:sun=Sundays', 'clock:10:00=10', 'clock:14:00=2']],
  ['en', '20 minutes to 9', ['clock:08:40=20 minutes to 9']],
  ['en', 'The bus is at 20:30', ['clock:20:30=20:30']],
  ['en', 'Be in by 9 tonight', ['clock:21:00=9 tonight']],
  ['en', 'at 3 in the afternoon', ['clock:15:00=3 in the afternoon']],
  ['en', 'You must be home by eight.', ['clock:08:00=eight']],
  // a dotted time is one before a bus or train; an hour before "at the weekend" ends what it says
  ['en', 'Catch the 7.40 bus to college', ['clock:07:40=7.40']],
  ['en', 'You can stay up until eleven at the weekend', ['clock:11:00=eleven']],
  ['en', "at 2 o'clock", ["clock:14:00=2 o'clock"]],
  // English numbers that are not times
  ['en', 'You live at 12 Elm Road', []],
  ['en', 'The fine is £10', []],
  ['en', 'The fine is £7.30 a week', []],
  ['en', 'when you turn 18', []],
  ['en', 'It is 1.50 metres tall', []],
  ['en', 'Work from 9 to 5', []],
  ['en', 'Count from ten to twelve', []],
  ['en', 'You are 10 till your birthday', []],
  ['en', 'It takes 5 till 10 minutes', []],
  ['en', 'We march 3 miles in May', []],
  ['en', 'I sat in the sun', []],
  ['en', 'The court date is 3/6', []],
  ['en', 'after 2 weeks', []],
  // English weekdays and dates
  ['en', 'on Tuesday', ['weekday:tue=Tuesday']],
  ['en', 'every Friday', ['weekday:fri=Friday']],
  ['en', 'on Fridays and Sundays', ['weekday:fri=Fridays', 'weekday:sun=Sundays']],
  ['en', 'Mon and Tues', ['weekday:mon=Mon', 'weekday:tue=Tues']],
  ['en', 'Mon–Sun', ['weekday:mon=Mon', 'weekday:sun=Sun']],
  ['en', 'Court on Wednesday 3 June', ['weekday:wed=Wednesday', 'date:06-03=3 June']],
  ['en', 'Sat 3 June', ['weekday:sat=Sat', 'date:06-03=3 June']],
  ['en', 'on 14th March', ['date:03-14=14th March']],
  ['en', 'on the 14th of March 2026', ['date:03-14=14th of March 2026']],
  ['en', 'March 14', ['date:03-14=March 14']],
  ['en', 'Your hearing is on 8 September at 10am', ['date:09-08=8 September', 'clock:10:00=10am']],
  ['en', '31 February', []],
  // Welsh
  ['cy', "erbyn wyth o'r gloch", ["clock:08:00=wyth o'r gloch"]],
  ['cy', "am ddau o'r gloch y prynhawn", ["clock:14:00=ddau o'r gloch y prynhawn"]],
  ['cy', 'hanner awr wedi wyth yr hwyr', ['clock:20:30=hanner awr wedi wyth yr hwyr']],
  ['cy', 'chwarter i naw', ['clock:08:45=chwarter i naw']],
  ['cy', 'am 8 y.h.', ['clock:20:00=8 y.h.']],
  ['cy', 'am 8yh', ['clock:20:00=8yh']],
  ['cy', 'am 20:30', ['clock:20:30=20:30']],
  ['cy', 'hanner dydd', ['clock:12:00=hanner dydd']],
  ['cy', 'dydd Llun', ['weekday:mon=dydd Llun']],
  ['cy', 'ar ddydd Mawrth 3 Mehefin', ['weekday:tue=ddydd Mawrth', 'date:06-03=3 Mehefin']],
  ['cy', 'nos Wener', ['weekday:fri=nos Wener']],
  ['cy', 'Dydd Sul', ['weekday:sun=Dydd Sul']],
  ['cy', 'mis Mawrth', []],
  // Polish
  ['pl', 'w poniedziałek', ['weekday:mon=poniedziałek']],
  ['pl', 'we wtorek', ['weekday:tue=wtorek']],
  ['pl', 'w środę', ['weekday:wed=środę']],
  ['pl', 'w piątki', ['weekday:fri=piątki']],
  ['pl', 'do niedzieli', ['weekday:sun=niedzieli']],
  ['pl', 'na środek sali', []],
  ['pl', 'o ósmej', ['clock:08:00=ósmej']],
  ['pl', 'o ósmej wieczorem', ['clock:20:00=ósmej wieczorem']],
  ['pl', 'o wpół do ósmej', ['clock:07:30=wpół do ósmej']],
  ['pl', 'o 20.30', ['clock:20:30=20.30']],
  ['pl', 'o godzinie 8', ['clock:08:00=godzinie 8']],
  ['pl', 'o 9 w nocy', ['clock:21:00=9 w nocy']],
  ['pl', 'do drugiej klasy', []],
  ['pl', 'o 8 osobach', []],
  ['pl', '3 czerwca', ['date:06-03=3 czerwca']],
  ['pl', 'w środę 3 czerwca o 8 pm', ['weekday:wed=środę', 'date:06-03=3 czerwca', 'clock:20:00=8 pm']],
  // Urdu
  ['ur', 'پیر کو عدالت', ['weekday:mon=پیر']],
  ['ur', 'میرے پیر میں درد ہے', []],
  ['ur', 'منگل', ['weekday:tue=منگل']],
  ['ur', 'جمعرات اور جمعہ', ['weekday:thu=جمعرات', 'weekday:fri=جمعہ']],
  ['ur', 'ہفتے کو', ['weekday:sat=ہفتے']],
  ['ur', 'ایک ہفتہ', []],
  ['ur', 'اتوار', ['weekday:sun=اتوار']],
  ['ur', 'رات 9 بجے تک گھر آنا ہے', ['clock:21:00=رات 9 بجے']],
  ['ur', 'ساڑھے آٹھ بجے', ['clock:08:30=ساڑھے آٹھ بجے']],
  ['ur', '۸ بجے', ['clock:08:00=۸ بجے']],
  ['ur', '8 pm', ['clock:20:00=8 pm']],
  ['ur', '20:30 پر', ['clock:20:30=20:30']],
  ['ur', '3 جون', ['date:06-03=3 جون']],
  // any other language: digit times
  ['fr', 'à 20:30', ['clock:20:30=20:30']],
];

const found = (text: string, lang: string) => findValues(text, lang).map((s) => `${s.id}=${text.slice(s.start, s.end)}`);

describe('findValues', () => {
  it.each(TABLE)('%s: %s', (lang, text, want) => {
    expect(found(text, lang)).toEqual(want);
  });

  it('has a table big enough to mean something', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(40);
    for (const l of ['en', 'cy', 'pl', 'ur']) expect(TABLE.filter((r) => r[0] === l).length).toBeGreaterThanOrEqual(8);
  });

  it('tells 7 pm from 7 am (a negative control for the table)', () => {
    expect(found('7 pm', 'en')).not.toEqual(found('7 am', 'en'));
  });

  it('reads the language tag by its first part', () => {
    expect(found('dydd Llun', 'cy-GB')).toEqual(['weekday:mon=dydd Llun']);
    expect(found('dydd Llun', 'en-GB')).toEqual([]);
  });
});

describe('generated ids', () => {
  it('are told apart from symbol ids', () => {
    expect(isGeneratedId('clock:20:30')).toBe(true);
    expect(isGeneratedId('weekday:tue')).toBe(true);
    expect(isGeneratedId('date:06-03')).toBe(true);
    expect(isGeneratedId('1F552')).toBe(false);
  });

  it('parse into what they show', () => {
    expect(parseGeneratedId('clock:20:30')).toEqual({ kind: 'clock', hour: 20, minute: 30 });
    expect(parseGeneratedId('weekday:tue')).toEqual({ kind: 'weekday', day: 'tue', index: 1 });
    expect(parseGeneratedId('date:06-03')).toEqual({ kind: 'date', month: 6, day: 3 });
    expect(parseGeneratedId('clock:25:00')).toBeNull();
  });
});
