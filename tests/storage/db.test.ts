/**
 * The device store refuses what it could not read back, and keeps (quarantines) what it
 * cannot read instead of dropping it (issue 19, items 2 and 3).
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { LocalStore, RefusedWriteError } from '../../src/storage/db';
import { createProfile } from '../../src/model/profile';
import { PACK_SCHEMA_VERSION, PackSchema, type Pack } from '../../src/model/pack';
import { docWithCards } from '../helpers/docs';
import { TINY_PNG } from '../helpers/profiles';

let n = 0;
const fresh = () => LocalStore.open(`db-test-${n++}`);

/** Writes a record straight into a store, as an older build or a damaged disk would. */
async function rawPut(name: string, store: string, value: unknown) {
  const db = await openDB(name);
  await db.put(store, value);
  db.close();
}

const badPack = (): Pack => ({
  schemaVersion: PACK_SCHEMA_VERSION,
  id: 'pack-test',
  name: 'Test pack',
  attribution: 'L'.repeat(620),
  enabled: true,
  symbols: [
    { id: '_', label: '', keywords: Array.from({ length: 60 }, (_, i) => `tag${i}`), category: '', mime: 'image/png', data: TINY_PNG, width: 1, height: 1 },
    { id: 'x'.repeat(300), label: 'y'.repeat(300), keywords: [], category: '', mime: 'image/png', data: TINY_PNG, width: 1, height: 1 },
  ],
});

describe('LocalStore', () => {
  it('refuses to write a document, profile or pack it could not open again', async () => {
    const store = await fresh();
    const doc = docWithCards(1);
    await expect(store.put({ ...doc, title: 'x'.repeat(250) })).rejects.toBeInstanceOf(RefusedWriteError);
    await expect(store.putProfile({ ...createProfile('A'), name: '' })).rejects.toBeInstanceOf(RefusedWriteError);
    await expect(store.putPack(badPack())).rejects.toBeInstanceOf(RefusedWriteError);
    expect(await store.list()).toEqual([]);
    await store.put(doc); // negative control: a valid one is written
    expect((await store.get(doc.id))?.title).toBe(doc.title);
  });

  it('quarantines a stored document, profile and pack that fail validation, instead of dropping them', async () => {
    const store = await fresh();
    const doc = { ...docWithCards(1), title: 'x'.repeat(250) };
    await rawPut(store.name, 'documents', { id: doc.id, title: doc.title, updatedAt: doc.updatedAt, thumbnail: null, doc });
    await rawPut(store.name, 'profiles', { ...createProfile('Sam'), id: 'prof-bad', textSize: 'big' });
    await rawPut(store.name, 'packs', { id: 'pack-bad', schemaVersion: 1, symbols: 'none' });
    expect(await store.list()).toEqual([]);
    expect(await store.profiles()).toEqual([]);
    expect(await store.packs()).toEqual([]);
    const q = await store.quarantine();
    expect(q.map((r) => r.key).sort()).toEqual([`document:${doc.id}`, 'pack:pack-bad', 'profile:prof-bad']);
    expect(q.find((r) => r.kind === 'document')?.data).toMatchObject({ doc: { title: doc.title } });
    await store.deleteQuarantined(`document:${doc.id}`);
    expect(await store.quarantine()).toHaveLength(2);
  });

  it('reads a pack stored before import normalised it, cut to fit (not dropped)', async () => {
    const store = await fresh();
    expect(PackSchema.safeParse(badPack()).success).toBe(false); // negative control
    await rawPut(store.name, 'packs', badPack());
    const [p] = await store.packs();
    expect(p.symbols.map((s) => s.label)).toEqual(['_', expect.stringMatching(/^y+…$/)]);
    expect(await store.quarantine()).toEqual([]);
  });

  it('deletes a profile with its recents and favourites', async () => {
    const store = await fresh();
    const p = createProfile('Sam');
    await store.putProfile(p);
    await store.setSetting(`recents:${p.id}`, [{ set: 'openmoji', id: '1F3E0', label: 'home' }]);
    await store.setSetting(`favourites:${p.id}`, [{ set: 'openmoji', id: '1F3E0', label: 'home' }]);
    await store.setSetting('recents:other', [1]);
    await store.deleteProfile(p.id);
    expect(await store.getSetting(`recents:${p.id}`)).toBeUndefined();
    expect(await store.getSetting(`favourites:${p.id}`)).toBeUndefined();
    expect(await store.getSetting('recents:other')).toEqual([1]);
  });

  it('keeps the profile id of documents made for a deleted profile, so importing it again finds them (issue 18 item 14)', async () => {
    const store = await fresh();
    const p = createProfile('Sam');
    await store.putProfile(p);
    const doc = { ...docWithCards(1), profileId: p.id };
    await store.put(doc);
    expect((await store.list()).map((d) => d.profileId)).toEqual([p.id]);
    await store.deleteProfile(p.id);
    expect(await store.profiles()).toEqual([]);
    expect((await store.get(doc.id))?.profileId).toBe(p.id);
    expect((await store.list())[0].profileId).toBe(p.id);
  });
});
