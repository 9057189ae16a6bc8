/**
 * English symbol text (key words, with the tagger) for tests of what a word shows in its
 * sentence: its picture, the ids of its picture, and whether it carries the not-mark.
 * Call once at the top of a test file: the library and tagger load before its tests.
 */
import { beforeAll, expect } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import { loadEnglishTagger } from '../../src/symbols/tagger';
import type { Symboliser, Token } from '../../src/symbols/symbolise';

export function englishSymbolText() {
  let s: Symboliser;
  beforeAll(async () => {
    s = await new SymbolLibrary(nodeJsonLoader).symboliser('en');
    s.useTagger(await loadEnglishTagger());
  }, 60_000);
  const symbolise = (text: string) => s.symbolise(text, { mode: 'key-words' });
  const find = (tokens: Token[], text: string) => tokens.find((t) => t.text.toLowerCase() === text.toLowerCase());
  const pic = (sentence: string, word: string) => {
    const t = find(symbolise(sentence), word);
    expect(t, `"${word}" in "${sentence}"`).toBeDefined();
    return t!.picture && 'ids' in t!.picture ? t!.picture : null;
  };
  const ids = (sentence: string, word: string) => pic(sentence, word)?.ids ?? [];
  const crossed = (sentence: string, word: string) => pic(sentence, word)?.modifier === 'not';
  return { symbolise, find, pic, ids, crossed };
}
