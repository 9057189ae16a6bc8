import { describe, expect, it } from 'vitest';
import { Autosaver, type SaveStatus } from '../../src/storage/autosave';
import { StorageFullError, type LocalStore } from '../../src/storage/db';
import { docWithCards } from '../helpers/docs';
import type { SignpostDocument } from '../../src/model/schema';

/** A store that records writes, and can be made to fail as a full disk does. */
function fakeStore() {
  const writes: SignpostDocument[] = [];
  let full = false;
  const store = {
    put: async (d: SignpostDocument) => {
      if (full) throw new StorageFullError();
      writes.push(d);
    },
  } as unknown as LocalStore;
  return { store, writes, setFull: (f: boolean) => (full = f) };
}

describe('Autosaver', () => {
  it('writes a burst of changes once, within the delay', async () => {
    const f = fakeStore();
    const statuses: SaveStatus[] = [];
    const saver = new Autosaver(f.store, (s) => statuses.push(s), 20);
    const d1 = docWithCards(1);
    const d2 = { ...d1, title: 'Later' };
    saver.schedule(d1);
    saver.schedule(d2);
    expect(f.writes).toHaveLength(0);
    await new Promise((r) => setTimeout(r, 60));
    expect(f.writes).toEqual([d2]);
    expect(statuses.at(-1)).toBe('saved');
  });

  it('writes at once when flushed (the tab is hidden or closed)', async () => {
    const f = fakeStore();
    const saver = new Autosaver(f.store, () => undefined, 10_000);
    saver.schedule(docWithCards(2));
    await saver.flush();
    expect(f.writes).toHaveLength(1);
  });

  it('says when the device is full, keeps the work, and saves it when space comes back', async () => {
    const f = fakeStore();
    const statuses: SaveStatus[] = [];
    const saver = new Autosaver(f.store, (s) => statuses.push(s), 10_000);
    const doc = docWithCards(3);
    f.setFull(true);
    saver.schedule(doc);
    await saver.flush();
    expect(statuses.at(-1)).toBe('full');
    expect(f.writes).toHaveLength(0);
    f.setFull(false);
    await saver.flush(); // the pending document was kept
    expect(f.writes).toEqual([doc]);
    expect(statuses.at(-1)).toBe('saved');
  });
});
