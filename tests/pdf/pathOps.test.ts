import { describe, expect, it } from 'vitest';
import { formPathOps } from '../../src/pdf/pathOps';

describe('formPathOps', () => {
  it('writes a curve with a handle on its start as v, on its end as y, and with both as a line', () => {
    expect(formPathOps('M0 0C0 0 5 5 10 0', 1)).toBe('0 0 m\n5 5 10 0 v');
    expect(formPathOps('M0 0C5 5 10 0 10 0', 1)).toBe('0 0 m\n5 5 10 0 y');
    expect(formPathOps('M0 0C0 0 10 0 10 0', 1)).toBe('0 0 m\n10 0 l');
    // in whole form units: 0.04 rounds onto the start at 1 unit a step, not at 100
    expect(formPathOps('M0 0C0.04 0 5 5 10 0', 1)).toBe('0 0 m\n5 5 10 0 v');
    expect(formPathOps('M0 0C0.04 0 5 5 10 0', 100)).toBe('0 0 m\n4 0 500 500 1000 0 c');
  });

  it('writes a rectangle as re, going round it the same way (which decides how it fills against other subpaths)', () => {
    expect(formPathOps('M0 0L20 0L20 10L0 10Z', 1)).toBe('0 0 20 10 re');
    // drawn up first: re starts one corner on, so it still goes round the same way
    expect(formPathOps('M0 0L0 10L20 10L20 0Z', 1)).toBe('0 10 20 -10 re');
    // an open one is a rectangle only when it is just filled
    expect(formPathOps('M0 0L20 0L20 10L0 10', 1, { fillOnly: true })).toBe('0 0 20 10 re');
    expect(formPathOps('M0 0L20 0L20 10L0 10', 1)).toBe('0 0 m\n20 0 l\n20 10 l\n0 10 l');
    expect(formPathOps('M0 0L20 0L20 10L1 10Z', 1)).toContain(' m');
  });

  it('leaves out what goes nowhere, and the line closing draws, but keeps a dot', () => {
    expect(formPathOps('M0 0L0.2 0L10 0L10 10L0 0Z', 1)).toBe('0 0 m\n10 0 l\n10 10 l\nh');
    expect(formPathOps('M5 5L5 5', 1)).toBe('5 5 m\n5 5 l');
  });

  it('measures coordinates from an origin, and notes how far they reach', () => {
    const bounds = [Infinity, Infinity, -Infinity, -Infinity];
    expect(formPathOps('M1 2L3 4C5 0 0 0 1 2', 10, { origin: [2, 2], bounds })).toBe('-10 0 m\n10 20 l\n30 -20 -20 -20 -10 0 c');
    expect(bounds).toEqual([-20, -20, 30, 20]);
  });
});
