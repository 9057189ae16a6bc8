import { describe, expect, it } from 'vitest';
import { NeedsPassphraseError, readProfileFile, writeProfileFile } from '../../src/storage/profileFile';
import { PBKDF2_ITERATIONS, PBKDF2_MAX_ITERATIONS, PBKDF2_MIN_ITERATIONS, ProtectionSettingsError, WrongPassphraseError } from '../../src/storage/protect';
import { OpenFileError } from '../../src/storage/signpostFile';
import { fluent } from '../helpers/profiles';

describe('profile files', () => {
  it('round-trip in plain JSON', async () => {
    const p = fluent();
    expect(await readProfileFile(await writeProfileFile(p))).toEqual(p);
  });

  it('round-trip protected with a passphrase, and refuse a wrong one clearly', async () => {
    const p = { ...fluent(), notes: { likes: 'Secret', helpMe: '', dont: '' } };
    const bytes = await writeProfileFile(p, 'blue kettle 42');
    const envelope = JSON.parse(new TextDecoder().decode(bytes));
    expect(envelope.iterations).toBeGreaterThanOrEqual(600_000);
    expect(PBKDF2_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(new TextDecoder().decode(bytes)).not.toContain('Secret');
    expect(await readProfileFile(bytes, 'blue kettle 42')).toEqual(p);
    await expect(readProfileFile(bytes, 'blue kettle 43')).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(readProfileFile(bytes)).rejects.toBeInstanceOf(NeedsPassphraseError);
  }, 30_000);

  it('refuses damaged and foreign files', async () => {
    const enc = (s: string) => new TextEncoder().encode(s);
    const code = async (b: Uint8Array) => readProfileFile(b).then(() => 'opened', (e) => (e instanceof OpenFileError ? e.code : String(e)));
    expect(await code(enc(''))).toBe('empty');
    expect(await code(enc('not json'))).toBe('not-signpost');
    expect(await code(enc('{"hello":1}'))).toBe('not-signpost');
    expect(await code(enc(JSON.stringify({ ...fluent(), textSize: 9 })))).toBe('damaged'); // below 14 pt
    expect(await code(enc(JSON.stringify({ ...fluent(), schemaVersion: 9 })))).toBe('newer-version');
    const dangling = { ...fluent(), vocabulary: [{ phrase: 'mum', picture: { kind: 'photo', photoId: 'gone' } }] };
    expect(await code(enc(JSON.stringify(dangling)))).toBe('damaged');
  });
});

describe('protected profile files: PBKDF2 iterations come from the file, so they are bounded', () => {
  // one protected file, written once (600,000 iterations take a while on a busy machine), its count changed per case
  let written: Promise<Record<string, unknown>> | undefined;
  const withIterations = async (iterations: unknown) => {
    written ??= writeProfileFile(fluent(), 'pass').then((b) => JSON.parse(new TextDecoder().decode(b)) as Record<string, unknown>);
    return new TextEncoder().encode(JSON.stringify({ ...(await written), iterations }));
  };

  it('refuses 1e9, 1e20 and other counts outside the range at once, before asking for the passphrase', async () => {
    for (const n of [1e9, 1e20, 99_999, 2_000_001, 600_000.5, -1, '600000', null]) {
      const bytes = await withIterations(n);
      const t0 = performance.now();
      await expect(readProfileFile(bytes, 'pass')).rejects.toBeInstanceOf(ProtectionSettingsError);
      await expect(readProfileFile(bytes)).rejects.toBeInstanceOf(ProtectionSettingsError);
      expect(performance.now() - t0).toBeLessThan(500);
    }
  });

  it('accepts the range it writes, 600,000, and the ends of the range', async () => {
    expect(PBKDF2_MIN_ITERATIONS).toBeLessThanOrEqual(PBKDF2_ITERATIONS);
    expect(PBKDF2_MAX_ITERATIONS).toBeGreaterThanOrEqual(PBKDF2_ITERATIONS);
    // negative control: a count in range reaches decryption (wrong passphrase, not a settings error)
    await expect(readProfileFile(await withIterations(PBKDF2_MIN_ITERATIONS), 'pass')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect((await readProfileFile(await withIterations(600_000), 'pass')).name).toBe(fluent().name);
  }, 30_000);

  it('refuses a bad salt or method with the same named error, not a crash', async () => {
    const envelope = JSON.parse(new TextDecoder().decode(await writeProfileFile(fluent(), 'pass')));
    for (const bad of [{ salt: '%%%' }, { iv: 'AAAA' }, { kdf: 'scrypt' }, { data: 5 }]) {
      await expect(readProfileFile(new TextEncoder().encode(JSON.stringify({ ...envelope, ...bad })), 'pass')).rejects.toBeInstanceOf(ProtectionSettingsError);
    }
  });
});
