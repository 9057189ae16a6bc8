/**
 * The last-edit journal: a synchronous copy of the newest unsaved document in localStorage,
 * written when the page is hidden or closed. IndexedDB writes are asynchronous and a reload
 * can cut them off; localStorage is written before the page goes. On the next start the
 * journal is replayed if it is newer than the stored document, then cleared.
 */
import { parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';

const PREFIX = 'signpost.journal:';
const key = (dbName: string, id: string) => `${PREFIX}${dbName}:${id}`;

interface Entry {
  updatedAt: string;
  doc: SignpostDocument;
  /** Asset bytes were left out (too big for localStorage): take them from the stored copy. */
  stripped: boolean;
}

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null; // storage turned off
  }
}

/** Writes the document to the journal now; with asset bytes if they fit. Returns whether it was kept. */
export function writeJournal(dbName: string, doc: SignpostDocument): boolean {
  const ls = storage();
  if (!ls) return false;
  const stripped = { ...doc, assets: Object.fromEntries(Object.entries(doc.assets).map(([id, a]) => [id, { ...a, data: '' }])) };
  for (const entry of [{ updatedAt: doc.updatedAt, doc, stripped: false }, { updatedAt: doc.updatedAt, doc: stripped, stripped: true }] satisfies Entry[]) {
    try {
      ls.setItem(key(dbName, doc.id), JSON.stringify(entry));
      return true;
    } catch {
      // over the quota: try without the pictures
    }
  }
  return false;
}

/** Forgets the journal of a document once a write at least as new has committed. */
export function clearJournal(dbName: string, id: string, savedAt: string): void {
  const ls = storage();
  const raw = ls?.getItem(key(dbName, id));
  if (!ls || !raw) return;
  const at = /"updatedAt":"([^"]*)"/.exec(raw.slice(0, 200))?.[1] ?? '';
  if (at <= savedAt) ls.removeItem(key(dbName, id));
}

/** Journals of this database, parsed; damaged ones are dropped (the stored copy is the fallback). */
export function readJournals(dbName: string): { doc: SignpostDocument; stripped: boolean }[] {
  const ls = storage();
  if (!ls) return [];
  const out: { doc: SignpostDocument; stripped: boolean }[] = [];
  const keys = Array.from({ length: ls.length }, (_, i) => ls.key(i)).filter((k): k is string => !!k?.startsWith(`${PREFIX}${dbName}:`));
  for (const k of keys) {
    try {
      const e = JSON.parse(ls.getItem(k) ?? '') as Entry;
      out.push({ doc: e.stripped ? e.doc : parseDocument(e.doc), stripped: !!e.stripped });
    } catch {
      ls.removeItem(k);
    }
  }
  return out;
}

/** Removes a document's journal whatever its age. */
export function dropJournal(dbName: string, id: string): void {
  storage()?.removeItem(key(dbName, id));
}

/** What replaying needs of the store. */
interface JournalStore {
  readonly name: string;
  get(id: string): Promise<SignpostDocument | undefined>;
  put(doc: SignpostDocument): Promise<void>;
}

/**
 * Writes each journalled document that is newer than its stored copy, then clears the
 * journal. Call at start-up, before anything reads documents. Returns how many were replayed.
 */
export async function replayJournals(store: JournalStore): Promise<number> {
  let replayed = 0;
  for (const { doc, stripped } of readJournals(store.name)) {
    const stored = await store.get(doc.id).catch(() => undefined);
    try {
      if (!stored || stored.updatedAt < doc.updatedAt) {
        const full = stripped ? withStoredAssets(doc, stored) : doc;
        if (full) {
          await store.put(full);
          replayed++;
        }
      }
    } catch {
      // refused or failed: the stored copy stands
    }
    dropJournal(store.name, doc.id);
  }
  return replayed;
}

/** A stripped journal document with its pictures taken from the stored copy, or null if one is missing. */
function withStoredAssets(doc: SignpostDocument, stored: SignpostDocument | undefined): SignpostDocument | null {
  const assets: SignpostDocument['assets'] = {};
  for (const [id, a] of Object.entries(doc.assets)) {
    const data = stored?.assets[id]?.data;
    if (!data) return null;
    assets[id] = { ...a, data };
  }
  try {
    return parseDocument({ ...doc, assets });
  } catch {
    return null;
  }
}
