import { describe, expect, it } from 'vitest';
import { choiceFor, isOccurrenceOf, occurrenceKey, occurrences } from '../../src/symbols/choices';

const tree = { set: 'openmoji', ids: ['1F333'] };
const park = { set: 'openmoji', ids: ['1F3DE'] };

describe('choiceFor', () => {
  it('finds nothing when nothing was chosen', () => {
    expect(choiceFor(undefined, 'park', 0)).toBeUndefined();
    expect(choiceFor({}, 'park', 0)).toBeUndefined();
    expect(choiceFor({ school: tree }, 'park', 0)).toBeUndefined();
  });

  it('gives the choice for every use of a word to each of its uses', () => {
    expect(choiceFor({ park: tree }, 'park', 0)).toEqual(tree);
    expect(choiceFor({ park: tree }, 'park', 3)).toEqual(tree);
  });

  it('puts a choice for one use before the one for every use, for that use only', () => {
    const choices = { park: park, 'park#0': tree };
    expect(choiceFor(choices, 'park', 0)).toEqual(tree);
    expect(choiceFor(choices, 'park', 1)).toEqual(park);
    expect(choiceFor({ 'park#1': tree }, 'park', 0)).toBeUndefined();
    expect(choiceFor({ 'park#1': tree }, 'park', 1)).toEqual(tree);
  });

  it('keeps "no picture" (null) apart from "nothing chosen"', () => {
    expect(choiceFor({ park: null }, 'park', 0)).toBeNull();
    expect(choiceFor({ park: tree, 'park#1': null }, 'park', 1)).toBeNull();
  });

  it('reads only own keys, so words like "constructor" find no inherited value', () => {
    expect(choiceFor({}, 'constructor', 0)).toBeUndefined();
    const choices = Object.defineProperty({}, '__proto__', { value: tree, enumerable: true }) as Record<string, typeof tree>;
    expect(choiceFor(choices, '__proto__', 0)).toEqual(tree);
  });
});

describe('occurrence keys', () => {
  it('name one use of a word and are told apart from other words', () => {
    expect(occurrenceKey('police station', 2)).toBe('police station#2');
    expect(isOccurrenceOf('park#0', 'park')).toBe(true);
    expect(isOccurrenceOf('park#12', 'park')).toBe(true);
    expect(isOccurrenceOf('park', 'park')).toBe(false);
    expect(isOccurrenceOf('parking#0', 'park')).toBe(false);
    expect(isOccurrenceOf('park#x', 'park')).toBe(false);
  });

  it('number each use of a key from 0, in order', () => {
    expect(occurrences(['go', 'park', 'go', 'park', 'park'].map((key) => ({ key })))).toEqual([0, 0, 1, 1, 2]);
  });
});

describe('Symboliser with choices for one use', () => {
  it('honours a choice for one use of a word before the one for every use, and leaves the other uses alone', async () => {
    const { SymbolLibrary } = await import('../../src/symbols/library');
    const { nodeJsonLoader } = await import('../../src/symbols/nodeLoader');
    const s = await new SymbolLibrary(nodeJsonLoader).symboliser('en');
    const text = 'Go to the park. Then go to the park again.';
    const parks = (choices: Record<string, typeof tree | null>) => s.symbolise(text, { choices }).filter((t) => t.key === 'park');
    const usual = parks({});
    expect(usual).toHaveLength(2);
    expect(usual[0].picture).not.toEqual(tree);
    const first = parks({ 'park#0': tree });
    expect(first[0].picture).toEqual(tree);
    expect(first[1].picture).toEqual(usual[1].picture);
    const both = parks({ park: null, 'park#1': tree });
    expect(both.map((t) => t.picture)).toEqual([null, tree]);
    // a time's choice for one use works the same way (its key is the generated id)
    const times = s.symbolise('At 8 pm and at 8 pm.', { choices: { 'clock:20:00#1': tree } }).filter((t) => t.key === 'clock:20:00');
    expect(times.map((t) => t.picture)).toEqual([{ set: 'openmoji', ids: ['clock:20:00'] }, tree]);
  });
});
