/**
 * Documents on the device, in IndexedDB (through `idb`). Nothing here leaves the device.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { DocumentError, parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';
import { parseProfile, type Profile } from '../model/profile';
import { normalisePack, PackSchema, type Pack } from '../model/pack';
import { checkWrite, quarantined, type QuarantinedRecord, type RecordKind } from './records';

export { RefusedWriteError, type QuarantinedRecord } from './records';

export interface DocumentSummary {
  id: string;
  title: string;
  updatedAt: string;
  /** Small PNG of the first page, as a data URL, when one has been made. */
  thumbnail: string | null;
  /** The profile the document is made for, or null. */
  profileId: string | null;
}

interface StoredDocument extends Omit<DocumentSummary, 'profileId'> {
  doc: SignpostDocument;
}

interface SignpostDB extends DBSchema {
  documents: { key: string; value: StoredDocument; indexes: { updatedAt: string } };
  settings: { key: string; value: unknown };
  /** Profiles hold their photos inside, so deleting one leaves nothing behind. */
  profiles: { key: string; value: Profile };
  /** Imported symbol packs, pictures inside. */
  packs: { key: string; value: Pack };
  /** Stored records that failed validation on load, kept for the user to save or delete. */
  quarantine: { key: string; value: QuarantinedRecord };
  /**
   * Home-screen pictures of documents, by document id: kept apart so that saving a
   * thumbnail never reads or rewrites a large document.
   */
  thumbnails: { key: string; value: string };
}

type RecordStore = 'documents' | 'profiles' | 'packs';
interface Failed {
  id: string;
  data: unknown;
  reason: string;
}
const STORE_OF: Record<RecordKind, RecordStore> = { document: 'documents', profile: 'profiles', pack: 'packs' };
const reasonOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** Raised when the device has no room left: the UI keeps the document in memory. */
export class StorageFullError extends Error {
  constructor() {
    super('Storage is full');
    this.name = 'StorageFullError';
  }
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export class LocalStore {
  private constructor(
    private readonly db: IDBPDatabase<SignpostDB>,
    /** Name of the database; the journal of unsaved edits is kept per database. */
    readonly name: string,
  ) {}

  static async open(name = 'signpost'): Promise<LocalStore> {
    const db = await openDB<SignpostDB>(name, 5, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          const docs = db.createObjectStore('documents', { keyPath: 'id' });
          docs.createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('settings');
        }
        if (oldVersion < 2) db.createObjectStore('profiles', { keyPath: 'id' });
        if (oldVersion < 3) db.createObjectStore('packs', { keyPath: 'id' });
        if (oldVersion < 4) db.createObjectStore('quarantine', { keyPath: 'key' });
        if (oldVersion < 5) db.createObjectStore('thumbnails');
      },
    });
    return new LocalStore(db, name);
  }

  close(): void {
    this.db.close();
  }

  /** Newest first. A document that no longer validates is moved to the quarantine. */
  async list(): Promise<DocumentSummary[]> {
    const all = await this.db.getAllFromIndex('documents', 'updatedAt');
    const failed: Failed[] = [];
    const good = all.filter((s) => {
      const reason = documentFailure(s.doc);
      if (reason) failed.push({ id: s.id, data: s, reason });
      return !reason;
    });
    await this.setAside('document', failed);
    const thumbs = this.db.transaction('thumbnails').store;
    const pictures = await Promise.all(good.map((d) => thumbs.get(d.id)));
    // before version 5 the thumbnail was kept in the document's record
    return good.reverse().map(({ id, title, updatedAt, thumbnail, doc }, i) => ({ id, title, updatedAt, thumbnail: pictures[good.length - 1 - i] ?? thumbnail, profileId: doc.profileId ?? null }));
  }

  /** A stored document, validated again: storage is an edge too. A damaged one is quarantined. */
  async get(id: string): Promise<SignpostDocument | undefined> {
    const s = await this.db.get('documents', id);
    if (!s) return undefined;
    try {
      return parseDocument(s.doc);
    } catch (e) {
      if (!(e instanceof DocumentError && e.code === 'newer-version')) await this.setAside('document', [{ id, data: s, reason: reasonOf(e) }]);
      throw e;
    }
  }

  /** Writes a document; refuses (RefusedWriteError) one the schema would not open again. */
  async put(doc: SignpostDocument, thumbnail?: string | null): Promise<void> {
    checkWrite('document', doc);
    try {
      // written as is, without reading the old record first: a 100-page document is slow to read
      const tx = this.db.transaction(['documents', 'thumbnails'], 'readwrite');
      await Promise.all([
        tx.objectStore('documents').put({ id: doc.id, title: doc.title, updatedAt: doc.updatedAt, thumbnail: null, doc }),
        thumbnail && tx.objectStore('thumbnails').put(thumbnail, doc.id),
        tx.done,
      ]);
    } catch (e) {
      if (isQuota(e)) throw new StorageFullError();
      throw e;
    }
  }

  async setThumbnail(id: string, thumbnail: string): Promise<void> {
    await this.db.put('thumbnails', thumbnail, id);
  }

  async delete(id: string): Promise<void> {
    const tx = this.db.transaction(['documents', 'thumbnails'], 'readwrite');
    await Promise.all([tx.objectStore('documents').delete(id), tx.objectStore('thumbnails').delete(id), tx.done]);
  }

  /** Profiles by name; a damaged one is quarantined. */
  async profiles(): Promise<Profile[]> {
    const all = await this.db.getAll('profiles');
    const failed: Failed[] = [];
    const good = all.flatMap((p) => {
      try {
        return [parseProfile(p)];
      } catch (e) {
        failed.push({ id: String((p as { id?: unknown }).id), data: p, reason: reasonOf(e) });
        return [];
      }
    });
    await this.setAside('profile', failed);
    return good.sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Writes a profile; refuses (RefusedWriteError) one the schema would not open again. */
  async putProfile(profile: Profile): Promise<void> {
    checkWrite('profile', profile);
    try {
      await this.db.put('profiles', profile);
    } catch (e) {
      if (isQuota(e)) throw new StorageFullError();
      throw e;
    }
  }

  /**
   * Removes a profile with its photos, recents and favourites. Documents made for it keep
   * its id, so that importing its file again (which keeps the id) finds them again.
   */
  async deleteProfile(id: string): Promise<void> {
    const tx = this.db.transaction(['profiles', 'settings'], 'readwrite');
    await Promise.all([tx.objectStore('profiles').delete(id), tx.objectStore('settings').delete(`recents:${id}`), tx.objectStore('settings').delete(`favourites:${id}`), tx.done]);
  }

  /** Imported packs; a damaged one is quarantined. */
  async packs(): Promise<Pack[]> {
    const all = await this.db.getAll('packs');
    const failed: Failed[] = [];
    const good = all.flatMap((p) => {
      // packs stored before import normalised them (long licence, empty label…) are cut to fit
      const r = PackSchema.safeParse(p);
      const fixed = r.success ? r : PackSchema.safeParse(normalised(p));
      if (!fixed.success) failed.push({ id: String((p as { id?: unknown }).id), data: p, reason: r.error?.issues[0]?.message ?? 'invalid pack' });
      return fixed.success ? [fixed.data] : [];
    });
    await this.setAside('pack', failed);
    return good;
  }

  /** Writes a pack; refuses (RefusedWriteError) one the schema would not open again. */
  async putPack(pack: Pack): Promise<void> {
    checkWrite('pack', pack);
    try {
      await this.db.put('packs', pack);
    } catch (e) {
      if (isQuota(e)) throw new StorageFullError();
      throw e;
    }
  }

  async deletePack(id: string): Promise<void> {
    await this.db.delete('packs', id);
  }

  /** Records set aside because they failed validation, newest first. */
  async quarantine(): Promise<QuarantinedRecord[]> {
    return (await this.db.getAll('quarantine')).sort((a, b) => b.at.localeCompare(a.at));
  }

  async deleteQuarantined(key: string): Promise<void> {
    await this.db.delete('quarantine', key);
  }

  /** Moves records that failed validation from their store to the quarantine, in one transaction. */
  private async setAside(kind: RecordKind, failed: Failed[]): Promise<void> {
    if (!failed.length) return;
    const store = STORE_OF[kind];
    const tx = this.db.transaction([store, 'quarantine'], 'readwrite');
    await Promise.all(failed.flatMap((f) => [tx.objectStore('quarantine').put(quarantined(kind, f.id, f.data, f.reason)), tx.objectStore(store).delete(f.id)]));
    await tx.done;
  }

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('settings', key)) as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, key);
  }
}

/** A stored pack normalised to the schema, or the pack as it was if it is not shaped like one. */
function normalised(p: Pack): unknown {
  try {
    return normalisePack(p).pack;
  } catch {
    return p;
  }
}

/** Why a stored document cannot be opened, or null; a newer version is left where it is. */
function documentFailure(doc: unknown): string | null {
  try {
    parseDocument(doc);
    return null;
  } catch (e) {
    return e instanceof DocumentError && e.code === 'newer-version' ? null : reasonOf(e);
  }
}

/** Asks the browser not to evict our data under pressure. Returns whether it agreed. */
export async function requestPersistence(): Promise<boolean> {
  try {
    return (await navigator.storage?.persist?.()) ?? false;
  } catch {
    return false;
  }
}
