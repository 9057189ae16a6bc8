/**
 * Text a user might type or a file might hold: ordinary words, words that are also names of
 * `Object.prototype` members, right-to-left scripts, emoji sequences, lone surrogates, and
 * lengths at and just past the schema's limits.
 */
import fc from 'fast-check';

/** Words that find something on a plain object used as a map. */
export const PROTOTYPE_WORDS = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', 'isPrototypeOf', '__defineGetter__'];

const SAMPLES = [
  'The constructor fixed the roof.',
  'Go to __proto__ then toString.',
  'مرحبا، كيف حالك؟ ١٢٣',
  'یہ میرا گھر ہے',
  'שלום עולם',
  'Bore da, sut wyt ti?',
  'Dzień dobry, jak się masz?',
  'আমি বাড়ি যাই',
  '👩‍👩‍👧‍👦 🏳️‍🌈 🇬🇧 👍🏽',
  'e\u0301\u0301\u0301 Z̷̢̛͉a̸l̵g̶o̷',
  '\u202eright to left override\u202c',
  'tab\tnew\nline\r\nend',
  '\u0000\u0001\u001f',
  '\uD800 lone \uDC00',
  '   ',
  '',
  'bed at 9 o\u2019clock on Monday 3rd March',
];

/** A string of exactly `n` UTF-16 units, its last one maybe the first half of an emoji. */
const ofLength = (n: number, unit: string) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A string near a limit: a little under, at, or a little past it. */
export const nearLimit = (limit: number): fc.Arbitrary<string> =>
  fc.tuple(fc.integer({ min: limit - 3, max: limit + 40 }), fc.constantFrom('x', 'word ', '😀', 'مرحبا ', 'ab\u0301')).map(([n, unit]) => ofLength(Math.max(0, n), unit));

/** Any text, weighted towards the hostile. `limits` adds strings near those lengths. */
export function anyText(...limits: number[]): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.string({ maxLength: 30 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
    { weight: 2, arbitrary: fc.constantFrom(...PROTOTYPE_WORDS) },
    { weight: 3, arbitrary: fc.constantFrom(...SAMPLES) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...PROTOTYPE_WORDS, ...SAMPLES), { maxLength: 6 }).map((w) => w.join(' ')) },
    ...limits.map((l) => ({ weight: 1, arbitrary: nearLimit(l) })),
  );
}
