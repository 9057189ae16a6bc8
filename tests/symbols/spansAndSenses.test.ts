/**
 * Symbol text, from the fourteenth session's fresh parts and vocabulary audit: times read from
 * the span they stand in, and words whose sense the sentence decides.
 */
import { describe, expect, it } from 'vitest';
import { englishSymbolText } from '../helpers/symbolText';

const { ids } = englishSymbolText();

describe('times', () => {
  it('starts a span that runs past noon in the morning, whatever the evening words elsewhere', () => {
    const plan = 'Thursday plan: college 9 till 1, lunch, then YOT at 2.30 and home by 5.';
    expect(ids(plan, '9')).toEqual(['clock:09:00']);
    expect(ids(plan, '5')).toEqual(['clock:17:00']);
    expect(ids('Lessons 9 till 12.30, then home by 6.', '9')).toEqual(['clock:09:00']);
    // a span that stays in the evening is still evening
    expect(ids('Curfew is 7 till 11.', '7')).toEqual(['clock:19:00']);
  });
});
