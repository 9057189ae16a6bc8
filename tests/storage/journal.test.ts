/**
 * A reload right after an edit keeps it (issue 18, item 1) and the status never says
 * "Saved" before the write has committed, or for a write the schema refused (issue 19).
 * The reload is simulated at the storage level: the IndexedDB write never finishes (the page
 * went), and a new start replays the journal written synchronously at pagehide.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LocalStore } from '../../src/storage/db';
import { Autosaver, type SaveStatus } from '../../src/storage/autosave';
import { readJournals, replayJournals, writeJournal } from '../../src/storage/journal';
import { setTitle } from '../../src/model/operations';
import type { SignpostDocument } from '../../src/model/schema';
import { docWithCards } from '../helpers/docs';
import { TINY_PNG } from '../helpers/profiles';

/** localStorage for Node: a Map behind the Storage interface. */
class MemoryStorage implements Storage {
  private m = new Map<string, string>();
  get length() {
    return this.m.size;
  }
  clear = () => this.m.clear();
  getItem = (k: string) => this.m.get(k) ?? null;
  key = (i: number) => [...this.m.keys()][i] ?? null;
  removeItem = (k: string) => void this.m.delete(k);
  setItem = (k: string, v: string) => void this.m.set(k, String(v));
}

let n = 0;
beforeEach(() => {
  (globalThis as { localStorage?: Storage }).localStorage = new MemoryStorage();
});
afterEach(() => {
  delete (globalThis as { localStorage?: Storage }).localStorage;
});

/** A store whose writes hang, as IndexedDB does when the page unloads mid-write; `release` lets them finish. */
function hangingStore(real: LocalStore) {
  const held: (() => void)[] = [];
  return {
    store: { name: real.name, put: (d: SignpostDocument) => new Promise<void>((ok) => held.push(() => void real.put(d).then(ok))) },
    release: () => held.splice(0).forEach((f) => f()),
  };
}

async function started(): Promise<{ real: LocalStore; doc: SignpostDocument }> {
  const real = await LocalStore.open(`journal-${n++}`);
  const doc = docWithCards(1);
  await real.put(doc);
  return { real, doc };
}

const later = (d: SignpostDocument, title: string) => ({ ...setTitle(d, title), updatedAt: new Date(Date.parse(d.updatedAt) + 1000).toISOString() });

describe('quick reload', () => {
  it('keeps an edit made just before the page went, by replaying the journal on the next start', async () => {
    const { real, doc } = await started();
    const h = hangingStore(real);
    const statuses: SaveStatus[] = [];
    const saver = new Autosaver(h.store, (s) => statuses.push(s), 300);
    saver.schedule(later(doc, 'Edited 100 ms before reload'));
    void saver.leave(); // pagehide: the write starts but never finishes
    expect(statuses).not.toContain('saved');
    expect((await real.get(doc.id))?.title).toBe('Test'); // IndexedDB does not have it
    expect(await replayJournals(real)).toBe(1); // next start
    expect((await real.get(doc.id))?.title).toBe('Edited 100 ms before reload');
    expect(readJournals(real.name)).toEqual([]);
  });

  it('negative control: without the journal (flush only) the edit is lost', async () => {
    const { real, doc } = await started();
    const h = hangingStore(real);
    const saver = new Autosaver(h.store, () => undefined, 300);
    saver.schedule(later(doc, 'Lost'));
    void saver.flush();
    expect(await replayJournals(real)).toBe(0);
    expect((await real.get(doc.id))?.title).toBe('Test');
  });

  it('says Saved only once the write has committed, then clears the journal', async () => {
    const { real, doc } = await started();
    const h = hangingStore(real);
    const statuses: SaveStatus[] = [];
    const saver = new Autosaver(h.store, (s) => statuses.push(s), 300);
    saver.schedule(later(doc, 'Slow disk'));
    const done = saver.leave();
    await new Promise((r) => setTimeout(r, 20));
    expect(saver.status).toBe('saving');
    h.release();
    await done;
    expect(statuses.at(-1)).toBe('saved');
    expect(readJournals(real.name)).toEqual([]);
  });

  it('does not replay a journal older than the stored document', async () => {
    const { real, doc } = await started();
    writeJournal(real.name, { ...setTitle(doc, 'Old'), updatedAt: '2000-01-01T00:00:00.000Z' });
    expect(await replayJournals(real)).toBe(0);
    expect((await real.get(doc.id))?.title).toBe('Test');
  });

  it('journals a document with pictures without their bytes when they do not fit, and takes them from the stored copy', async () => {
    const real = await LocalStore.open(`journal-${n++}`);
    const asset = { id: 'a1', mime: 'image/png' as const, data: TINY_PNG, width: 1, height: 1 };
    const doc = { ...docWithCards(1), assets: { a1: asset } };
    await real.put(doc);
    const ls = globalThis.localStorage as MemoryStorage;
    const setItem = ls.setItem;
    ls.setItem = (k, v) => (v.includes(TINY_PNG) ? (() => { throw new DOMException('full', 'QuotaExceededError'); })() : setItem(k, v));
    expect(writeJournal(real.name, later(doc, 'With photo'))).toBe(true);
    expect(await replayJournals(real)).toBe(1);
    const back = await real.get(doc.id);
    expect(back?.title).toBe('With photo');
    expect(back?.assets.a1.data).toBe(TINY_PNG);
  });
});

describe('refused writes', () => {
  it('reports a write the schema refuses as refused, never saved, and saves the next valid one', async () => {
    const { real, doc } = await started();
    const statuses: SaveStatus[] = [];
    const saver = new Autosaver(real, (s) => statuses.push(s), 10_000);
    saver.schedule({ ...later(doc, 'x'), pages: [] });
    await saver.flush();
    expect(statuses).toEqual(['unsaved', 'saving', 'refused']);
    expect(saver.refusal?.name).toBe('RefusedWriteError');
    saver.schedule(later(doc, 'Fixed'));
    await saver.flush();
    expect(statuses.at(-1)).toBe('saved');
    expect((await real.get(doc.id))?.title).toBe('Fixed');
  });
});
