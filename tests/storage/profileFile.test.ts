import { describe, expect, it } from 'vitest';
import { NeedsPassphraseError, readProfileFile, writeProfileFile } from '../../src/storage/profileFile';
import { PBKDF2_ITERATIONS, WrongPassphraseError } from '../../src/storage/protect';
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
