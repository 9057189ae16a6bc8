/**
 * Clocks and calendars made from a sentence's values: drawn with plain scene prims, hands at
 * the written time, day names in the document's language, and no drawing ever asked for a
 * generated id.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { generatedPrims, generatedRefs, handTurns, MOON, monthName, SUN, weekdayName } from '../../src/layout/generated';
import { composedPrims } from '../../src/layout/picture';
import { symbolsNeeded } from '../../src/layout/needs';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { createDocument, createSymbolCard } from '../../src/model/factory';
import type { LayoutStyle } from '../../src/layout/style';
import type { LinePrim, Prim, SymbolPrim, TextPrim } from '../../src/layout/scene';
import { fontsOf } from '../../src/layout/runs';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
  await s.library.loadAll([
    { set: 'openmoji', id: SUN },
    { set: 'openmoji', id: MOON },
    { set: 'openmoji', id: '1F3E0' },
  ]);
});

const style = (language: string): LayoutStyle => ({ ...DEFAULT_STYLE, language, rtl: language === 'ur' });
const texts = (prims: Prim[]) => prims.filter((p): p is TextPrim => p.t === 'text');
const symbols = (prims: Prim[]) => prims.filter((p): p is SymbolPrim => p.t === 'symbol');

/** The clock's hands: lines that start at the face's centre, thickest (the hour hand) first. */
function hands(prims: Prim[]): { turn: number; length: number; width: number }[] {
  const face = prims.find((p) => p.t === 'ellipse')!;
  if (face.t !== 'ellipse') throw new Error('no face');
  const cx = face.x + face.w / 2;
  const cy = face.y + face.h / 2;
  return prims
    .filter((p): p is LinePrim => p.t === 'line' && Math.hypot(p.points[0] - cx, p.points[1] - cy) < 0.01)
    .map((l) => {
      const dx = l.points[2] - cx;
      const dy = l.points[3] - cy;
      // a turn clockwise from 12 o'clock (y grows downwards)
      return { turn: ((Math.atan2(dx, -dy) / (2 * Math.PI)) + 1) % 1, length: Math.hypot(dx, dy), width: l.width };
    })
    .sort((a, b) => b.width - a.width);
}

describe('generated clock', () => {
  it('puts the hands of 20:30 at half past eight, with a moon', () => {
    const prims = generatedPrims('clock:20:30', 0, 0, 100, DEFAULT_STYLE, s.deps);
    const [hour, minute] = hands(prims);
    expect(hour.turn).toBeCloseTo(8.5 / 12, 3); // between the 8 and the 9
    expect(minute.turn).toBeCloseTo(0.5, 3); // straight down
    expect(hour.length).toBeLessThan(minute.length);
    expect(prims.filter((p) => p.t === 'line')).toHaveLength(14); // 12 ticks and 2 hands
    const badge = symbols(prims);
    expect(badge.map((b) => b.key)).toEqual([`openmoji/${MOON}/color`]);
    expect(badge[0].drawing).not.toBeNull();
  });

  it('tells 08:30 from 20:30 by the sun, and 08:45 by the hands (negative controls)', () => {
    const morning = generatedPrims('clock:08:30', 0, 0, 100, DEFAULT_STYLE, s.deps);
    expect(hands(morning).map((h) => h.turn)).toEqual(hands(generatedPrims('clock:20:30', 0, 0, 100, DEFAULT_STYLE, s.deps)).map((h) => h.turn));
    expect(symbols(morning)[0].key).toBe(`openmoji/${SUN}/color`);
    expect(hands(generatedPrims('clock:08:45', 0, 0, 100, DEFAULT_STYLE, s.deps))[1].turn).toBeCloseTo(0.75, 3);
    expect(handTurns(0, 0)).toEqual({ hour: 0, minute: 0 });
  });

  it('keeps everything inside its box', () => {
    for (const id of ['clock:20:30', 'weekday:wed', 'date:12-25']) {
      for (const p of generatedPrims(id, 10, 20, 50, DEFAULT_STYLE, s.deps)) {
        if (p.t === 'line') continue;
        if (p.t === 'text') {
          expect(p.x).toBeGreaterThanOrEqual(10);
          expect(p.y).toBeLessThanOrEqual(70);
        } else if (p.t !== 'poly') {
          expect(p.x).toBeGreaterThanOrEqual(10 - 0.01);
          expect(p.y).toBeGreaterThanOrEqual(20 - 0.01);
          expect(p.x + p.w).toBeLessThanOrEqual(60 + 0.01);
          expect(p.y + p.h).toBeLessThanOrEqual(70 + 0.01);
        }
      }
    }
  });

  it('draws nothing for an id that is not a generated one', () => {
    expect(generatedPrims('clock:25:00', 0, 0, 100, DEFAULT_STYLE, s.deps)).toEqual([]);
    expect(generatedPrims('1F552', 0, 0, 100, DEFAULT_STYLE, s.deps)).toEqual([]);
  });
});

describe('generated calendar pages', () => {
  it("writes the weekday's short name in the document's language", () => {
    const want: Record<string, string> = { 'en-GB': 'Tue', cy: 'Maw', pl: 'Wt', ur: 'منگل' };
    for (const [lang, name] of Object.entries(want)) {
      const t = texts(generatedPrims('weekday:tue', 0, 0, 100, style(lang), s.deps));
      expect(t.map((p) => p.text)).toEqual([name]);
      expect(weekdayName(1, lang)).toBe(name);
    }
    // Urdu is set in Naskh, the others in the profile's bold face: fonts the PDF embeds
    expect(fontsOf(texts(generatedPrims('weekday:tue', 0, 0, 100, style('ur'), s.deps))[0])).toEqual(['naskh']);
    expect(fontsOf(texts(generatedPrims('weekday:tue', 0, 0, 100, style('pl'), s.deps))[0])).toEqual(['atkinson-bold']);
  });

  it('sets the seven days at one size, and falls back to English for a language Intl does not know', () => {
    const sizes = new Set(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((d) => texts(generatedPrims(`weekday:${d}`, 0, 0, 100, style('cy'), s.deps))[0].size));
    expect(sizes.size).toBe(1);
    expect(weekdayName(4, 'not a language')).toBe('Fri');
  });

  it('puts the month in the band and the day large', () => {
    const t = texts(generatedPrims('date:03-14', 0, 0, 100, style('en-GB'), s.deps));
    expect(t.map((p) => p.text)).toEqual(['Mar', '14']);
    expect(t[0].color).toBe('#ffffff');
    expect(t[1].size).toBeGreaterThan(t[0].size);
    expect(monthName(6, 'pl')).toBe('Cze');
  });
});

describe('generated pictures in compositions', () => {
  it('draws a not-mark over a clock, as over a symbol', () => {
    const prims = composedPrims({ set: 'openmoji', ids: ['clock:20:30'], modifier: 'not' }, 0, 0, 100, DEFAULT_STYLE, s.deps);
    const bar = prims[prims.length - 1];
    expect(bar).toMatchObject({ t: 'line', color: '#d32f2f' });
    expect(hands(prims)[0].turn).toBeCloseTo(8.5 / 12, 3);
    expect(symbols(prims).every((p) => !p.key.includes('clock:'))).toBe(true);
  });

  it('sits beside other symbols', () => {
    const prims = composedPrims({ set: 'openmoji', ids: ['1F3E0', 'clock:21:00'] }, 0, 0, 100, DEFAULT_STYLE, s.deps);
    const house = symbols(prims).find((p) => p.key.startsWith('openmoji/1F3E0'))!;
    const face = prims.find((p) => p.t === 'ellipse')!;
    expect(house.drawing).not.toBeNull();
    if (face.t === 'ellipse') expect(face.x).toBeGreaterThanOrEqual(house.x + house.w - 0.01);
  });

  it('asks the library for the sun or moon, never for the generated id', () => {
    const doc = { ...createDocument('t'), pages: [{ id: 'p', elements: [createSymbolCard({ set: 'openmoji', id: 'clock:21:00' }, 'nine', 10, 10), { ...createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'home', 70, 10), also: [{ set: 'openmoji', id: 'weekday:fri' }] }] }] };
    const ids = symbolsNeeded(doc).map((r) => r.id);
    expect(ids.sort()).toEqual(['1F319', '1F3E0']);
    expect(generatedRefs('clock:07:00')).toEqual([{ set: 'openmoji', id: SUN }]);
    expect(generatedRefs('date:06-03')).toEqual([]);
  });
});
