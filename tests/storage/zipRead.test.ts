import { describe, expect, it } from 'vitest';
import { strToU8, zipSync } from 'fflate';
import { normaliseZipName, readZip, ZipError, zipEntries, type ZipLimits } from '../../src/storage/zipRead';
import { claimingEntries, withGibEntries, zipDeclaring } from '../helpers/zips';

const LIMITS: ZipLimits = { maxEntries: 100, maxEntryBytes: 1024 * 1024, maxTotalBytes: 4 * 1024 * 1024 };
const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'read';
  } catch (e) {
    return e instanceof ZipError ? e.code : String(e);
  }
};

describe('zipRead', () => {
  it('reads the entries asked for and inflates nothing else', () => {
    const z = withGibEntries({ 'a.txt': strToU8('hello'), 'b.txt': strToU8('world') });
    expect(zipEntries(z, LIMITS).map((e) => [e.name, e.size])).toContainEqual(['junk/0.bin', 1024 ** 3 - 1]);
    const t0 = performance.now();
    const out = readZip(z, LIMITS, (e) => e.name === 'a.txt');
    expect([...out.keys()]).toEqual(['a.txt']);
    expect(new TextDecoder().decode(out.get('a.txt'))).toBe('hello');
    expect(performance.now() - t0).toBeLessThan(200);
  });

  it('refuses before inflating when the chosen entries declare too much', () => {
    const z = withGibEntries({ 'a.txt': strToU8('hello') });
    expect(codeOf(() => readZip(z, LIMITS, () => true))).toBe('too-large');
    // negative control: the same entries with their true sizes are read
    expect(codeOf(() => readZip(zipSync({ 'a.txt': strToU8('hello') }), LIMITS, () => true))).toBe('read');
  });

  it('refuses a directory with too many entries, counting the end record', () => {
    const many = zipSync(Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`f${i}`, strToU8('x')])));
    expect(codeOf(() => zipEntries(many, LIMITS))).toBe('too-many-files');
    const claims = claimingEntries(zipSync({ a: strToU8('x') }), 60_000);
    expect(codeOf(() => zipEntries(claims, LIMITS))).toBe('too-many-files');
    expect(codeOf(() => zipEntries(claimingEntries(zipSync({ a: strToU8('x') }), 50), LIMITS))).toBe('damaged');
  });

  it('an entry that inflates to more or less than it declares is damaged, and never grows past it', () => {
    const text = strToU8('x'.repeat(5000));
    expect(codeOf(() => readZip(zipDeclaring({ a: text }, { a: 100 }), LIMITS, () => true))).toBe('damaged');
    expect(codeOf(() => readZip(zipDeclaring({ a: text }, { a: 9000 }), LIMITS, () => true))).toBe('damaged');
    expect(codeOf(() => readZip(zipSync({ a: text }), LIMITS, () => true))).toBe('read');
  });

  it('normalises names: no .., no absolute paths, backslashes become slashes', () => {
    expect(normaliseZipName('assets\\mum.png')).toBe('assets/mum.png');
    for (const bad of ['../x', 'a/../../x', '/etc/passwd', 'C:/x', 'c:\\x', 'a/./b', 'a//b', 'a\u0000b']) expect(normaliseZipName(bad)).toBeNull();
    expect(normaliseZipName('a/b/c.svg')).toBe('a/b/c.svg');
    const z = zipSync({ '../evil.txt': strToU8('no'), 'ok.txt': strToU8('yes'), 'dir/': new Uint8Array(0) });
    expect(zipEntries(z, LIMITS).map((e) => e.name)).toEqual(['ok.txt']);
  });

  it('refuses what is not a zip', () => {
    expect(codeOf(() => zipEntries(strToU8('PK\u0003\u0004 not really'), LIMITS))).toBe('damaged');
    expect(codeOf(() => zipEntries(zipSync({ a: strToU8('x') }).slice(0, 40), LIMITS))).toBe('damaged');
  });
});
