import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';
import type { LibrarySearch } from '../../src/symbols/librarySearch';

let en: LibrarySearch;
beforeAll(async () => {
  en = await new SymbolLibrary(nodeJsonLoader).librarySearch('en');
});

describe('pictures that already say no (issue 18 item 8)', () => {
  it('"must not" is a raised hand, never a crossed-out raised hand (a double negative)', () => {
    for (const q of ['must not', "mustn't"]) {
      const top = en.search(q, { limit: 1 })[0];
      expect(top.entry.id).toBe('270B');
      expect(top.modifier).toBeUndefined();
    }
  });

  it('keeps the not-mark on what is forbidden', () => {
    // a knife is not a "no" sign: crossed out, it says "no weapons" (a weapon alone is just a weapon)
    const weapon = en.search('no weapons', { limit: 1 })[0];
    expect(weapon).toMatchObject({ entry: { id: '1F52A' }, modifier: 'not' });
    const noContact = en.search('no contact', { limit: 1 })[0];
    expect(noContact).toMatchObject({ entry: { id: '1F4DE' }, modifier: 'not' });
  });
});
