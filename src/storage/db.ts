/**
 * Documents on the device, in IndexedDB (through `idb`). Nothing here leaves the device.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { parseDocument } from '../model/validate';
import type { SignpostDocument } from '../model/schema';
import { parseProfile, type Profile } from '../model/profile';
import { PackSchema, type Pack } from '../model/pack';

export interface DocumentSummary {
  id: string;
  title: string;
  updatedAt: string;
  /** Small PNG of the first page, as a data URL, when one has been made. */
  thumbnail: string | null;
}

interface StoredDocument extends DocumentSummary {
  doc: SignpostDocument;
}

interface SignpostDB extends DBSchema {
  documents: { key: string; value: StoredDocument; indexes: { updatedAt: string } };
  settings: { key: string; value: unknown };
  /** Profiles hold their photos inside, so deleting one leaves nothing behind. */
  profiles: { key: string; value: Profile };
  /** Imported symbol packs, pictures inside. */
  packs: { key: string; value: Pack };
}

/** Raised when the device has no room left: the UI keeps the document in memory. */
export class StorageFullError extends Error {
  constructor() {
    super('Storage is full');
    this.name = 'StorageFullError';
  }
}

const isQuota = (e: unknown) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED');

export class LocalStore {
  private constructor(private readonly db: IDBPDatabase<SignpostDB>) {}

  static async open(name = 'signpost'): Promise<LocalStore> {
    const db = await openDB<SignpostDB>(name, 3, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          const docs = db.createObjectStore('documents', { keyPath: 'id' });
          docs.createIndex('updatedAt', 'updatedAt');
          db.createObjectStore('settings');
        }
        if (oldVersion < 2) db.createObjectStore('profiles', { keyPath: 'id' });
        if (oldVersion < 3) db.createObjectStore('packs', { keyPath: 'id' });
      },
    });
    return new LocalStore(db);
  }

  close(): void {
    this.db.close();
  }

  /** Newest first. */
  async list(): Promise<DocumentSummary[]> {
    const all = await this.db.getAllFromIndex('documents', 'updatedAt');
    return all.reverse().map(({ id, title, updatedAt, thumbnail }) => ({ id, title, updatedAt, thumbnail }));
  }

  /** A stored document, validated again: storage is an edge too. */
  async get(id: string): Promise<SignpostDocument | undefined> {
    const s = await this.db.get('documents', id);
    return s ? parseDocument(s.doc) : undefined;
  }

  async put(doc: SignpostDocument, thumbnail?: string | null): Promise<void> {
    try {
      const old = thumbnail === undefined ? await this.db.get('documents', doc.id) : undefined;
      await this.db.put('documents', { id: doc.id, title: doc.title, updatedAt: doc.updatedAt, thumbnail: thumbnail ?? old?.thumbnail ?? null, doc });
    } catch (e) {
      if (isQuota(e)) throw new StorageFullError();
      throw e;
    }
  }

  async setThumbnail(id: string, thumbnail: string): Promise<void> {
    const tx = this.db.transaction('documents', 'readwrite');
    const s = await tx.store.get(id);
    if (s) await tx.store.put({ ...s, thumbnail });
    await tx.done;
  }

  async delete(id: string): Promise<void> {
    await this.db.delete('documents', id);
  }

  /** Profiles by name. */
  async profiles(): Promise<Profile[]> {
    const all = await this.db.getAll('profiles');
    return all
      .map((p) => {
        try {
          return parseProfile(p);
        } catch {
          return null;
        }
      })
      .filter((p): p is Profile => p !== null)
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  async putProfile(profile: Profile): Promise<void> {
    try {
      await this.db.put('profiles', profile);
    } catch (e) {
      if (isQuota(e)) throw new StorageFullError();
      throw e;
    }
  }

  /** Removes a profile with its photos, and unlinks documents made for it. */
  async deleteProfile(id: string): Promise<void> {
    const tx = this.db.transaction(['profiles', 'documents'], 'readwrite');
    await tx.objectStore('profiles').delete(id);
    let cursor = await tx.objectStore('documents').openCursor();
    while (cursor) {
      if (cursor.value.doc.profileId === id) await cursor.update({ ...cursor.value, doc: { ...cursor.value.doc, profileId: null } });
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  /** Imported packs; a damaged one is skipped. */
  async packs(): Promise<Pack[]> {
    const all = await this.db.getAll('packs');
    return all.flatMap((p) => {
      const r = PackSchema.safeParse(p);
      return r.success ? [r.data] : [];
    });
  }

  async putPack(pack: Pack): Promise<void> {
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

  async getSetting<T>(key: string): Promise<T | undefined> {
    return (await this.db.get('settings', key)) as T | undefined;
  }

  async setSetting(key: string, value: unknown): Promise<void> {
    await this.db.put('settings', value, key);
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
