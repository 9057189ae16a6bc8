import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { fontForText } from '../../src/layout/fontMetrics';
import { scriptsWithoutFont, unsupportedScripts } from '../../src/layout/scripts';
import { docWithText } from '../helpers/docs';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

describe('scripts and their fonts', () => {
  it('sets Devanagari and Bengali in their Noto fonts, English beside them in the profile’s', () => {
    expect(fontForText('नमस्ते', 'lexend')).toBe('devanagari+lexend');
    expect(fontForText('আমি ভালো আছি', 'atkinson')).toBe('bengali+atkinson');
    expect(fontForText('hello', 'atkinson')).toBe('atkinson');
    const runs = s.measurer.runs('Sam को 7 बजे আসবে', fontForText('Sam को 7 बजे আসবে', 'atkinson'), 16);
    expect(runs.map((r) => [r.text, r.font])).toEqual([
      ['Sam ', 'atkinson'],
      ['को 7 बजे ', 'devanagari'],
      ['আসবে', 'bengali'],
    ]);
  });

  it('measures shaped words: a conjunct is narrower than its letters side by side', () => {
    const shaped = s.measurer.width('क्षत्रिय', 'devanagari', 100);
    const metrics = s.metrics.fonts.devanagari;
    const unshaped = (Array.from('क्षत्रिय').reduce((w, ch) => w + (metrics.advances[ch.codePointAt(0)!] ?? metrics.fallback), 0) * 100) / metrics.unitsPerEm;
    expect(shaped).toBeGreaterThan(0);
    expect(shaped).toBeLessThan(unshaped * 0.9);
  });

  it('names the scripts no font covers yet, and where a document first uses each', () => {
    expect(unsupportedScripts('வணக்கம் Sam, 你好! Привет')).toEqual(['Taml', 'Hani', 'Cyrl']);
    expect(unsupportedScripts('Hello · नमस्ते · আমি · سلام · Croeso ŵ ŷ 12:30 🙂')).toEqual([]);
    const doc = docWithText('Croeso\nשלום');
    expect(scriptsWithoutFont(doc)).toEqual([{ script: 'Hebr', pageIndex: 0, elementId: doc.pages[0].elements[0].id }]);
    expect(scriptsWithoutFont(docWithText('नेपाली भाषा'))).toEqual([]);
  });
});
