import { describe, expect, it } from 'vitest';
import { languageFileCode, SymbolLibrary } from '../../src/symbols/library';
import { Symbolisers } from '../../src/symbols/symbolisers';
import { generatedFile, nodeJsonLoader } from '../../src/symbols/nodeLoader';

/** A library over the real files that records every path it asks for. */
function recording(): { library: SymbolLibrary; paths: string[] } {
  const paths: string[] = [];
  const library = new SymbolLibrary(<T>(path: string) => {
    paths.push(path);
    return nodeJsonLoader<T>(path);
  });
  return { library, paths };
}

describe('ids from documents never become paths', () => {
  const CLIMB = '../../../../../../tmp/x';

  it('a symbol set that is not built in is not loaded from a file', async () => {
    const { library, paths } = recording();
    expect(await library.loadAll([{ set: CLIMB, id: 'a' }, { set: 'openmoji', id: '1F46E' }])).toEqual([{ set: CLIMB, id: 'a' }]);
    await expect(library.info(CLIMB)).rejects.toThrow();
    expect(paths.filter((p) => p.includes('..'))).toEqual([]);
    expect(paths).toContain('symbols/openmoji/index.json'); // negative control: the real set is read
  });

  it('a language that is not a plain code is not loaded from a file', async () => {
    const { library, paths } = recording();
    const s = new Symbolisers(library);
    await s.ensure(CLIMB);
    await library.searchInLanguage('dog', CLIMB);
    await library.languageSearch(`cy-${CLIMB}`);
    expect(paths.filter((p) => p.includes('..') || p.includes('tmp'))).toEqual([]);
    expect(paths).toContain('symbols/openmoji/lang/cy.json'); // cy-… is Welsh
    expect(languageFileCode('en-GB')).toBe('en');
    expect(languageFileCode('../x')).toBeNull();
    expect(languageFileCode('english')).toBeNull();
  });

  it('the Node loader reads only plain paths under generated/', async () => {
    for (const bad of ['../package.json', 'symbols/../../package.json', '/etc/passwd', 'a\\b.json', 'fonts/x.ttf\u0000']) expect(() => generatedFile(bad)).toThrow();
    await expect(nodeJsonLoader('../../package.json')).rejects.toThrow();
    expect(generatedFile('symbols/openmoji/color/1.json')).toMatch(/generated\/symbols\/openmoji\/color\/1\.json$/);
  });
});
