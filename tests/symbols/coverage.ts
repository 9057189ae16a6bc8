/** How many content words of the field's sentences get a picture (used by a test and the bench). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Symboliser } from '../../src/symbols/symbolise';

export function fieldSentences(): string[] {
  return readFileSync(join(import.meta.dirname, '..', 'fixtures', 'sentences.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

export function coverage(s: Symboliser, sentences: string[]): { content: number; pictured: number; share: number; missed: Map<string, number> } {
  let content = 0;
  let pictured = 0;
  const missed = new Map<string, number>();
  for (const line of sentences) {
    for (const t of s.symbolise(line, { mode: 'key-words' })) {
      if (t.functionWord || /^\d+$/.test(t.text)) continue;
      // a phrase counts as one content word per word it covers
      const n = t.text.split(/\s+/).length;
      content += n;
      if (t.picture) pictured += n;
      else missed.set(t.key, (missed.get(t.key) ?? 0) + 1);
    }
  }
  return { content, pictured, share: pictured / content, missed };
}
