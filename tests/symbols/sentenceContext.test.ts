import { describe, expect, it } from 'vitest';
import { SentenceContext } from '../../src/symbols/sentenceContext';
import { words } from '../../src/symbols/token';

const context = (text: string) => {
  const ws = words(text);
  return { ws, c: new SentenceContext(text, ws, ws.map((w) => w.lower)) };
};

describe('SentenceContext', () => {
  it('reads a sentence whole, and a full stop between digits does not end it', () => {
    const text = 'Screens go in the basket at 10.30 on school nights. Then bed.';
    const { ws, c } = context(text);
    const around = c.around(ws.find((w) => w.lower === 'screens')!.start);
    expect([...around.words]).toEqual(expect.arrayContaining(['nights', 'basket']));
    expect(around.words.has('bed')).toBe(false);
  });

  it('reads a text with no full stops in parts of at most 80 words, each with its own words', () => {
    const text = Array.from({ length: 200 }, (_, n) => `w${n}`).join(' ');
    const { ws, c } = context(text);
    const first = c.around(ws[0].start);
    const last = c.around(ws[199].start);
    expect(first.words.size).toBe(80);
    expect(first.words.has('w79')).toBe(true);
    expect(first.words.has('w80')).toBe(false);
    expect(last.words.has('w199')).toBe(true);
    expect(last.words.has('w0')).toBe(false);
    expect(last.text).toContain('w199');
    // every word is in some part
    for (const w of ws) expect(c.around(w.start).words.has(w.lower)).toBe(true);
  });
});
