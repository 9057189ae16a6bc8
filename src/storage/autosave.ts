/**
 * Autosave: writes the document at most `delay` ms after a change, and at once when
 * the page is hidden or closed. The status says "saved" only once the write has
 * committed; a write the schema refuses is reported as "refused", never "saved".
 * When the page goes, the newest unsaved document is also copied synchronously to the
 * journal (see `journal.ts`), because an IndexedDB write can be cut off by a reload.
 */
import type { SignpostDocument } from '../model/schema';
import { RefusedWriteError, StorageFullError, type LocalStore } from './db';
import { clearJournal, writeJournal } from './journal';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'full' | 'refused' | 'error';

type Store = Pick<LocalStore, 'put'> & { readonly name?: string };

export class Autosaver {
  private pending: SignpostDocument | null = null;
  /** The newest document not yet known to be committed (pending or being written). */
  private unsettled: SignpostDocument | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  status: SaveStatus = 'saved';
  /** The last refused write, for the message. */
  refusal: RefusedWriteError | null = null;

  constructor(
    private readonly store: Store,
    private readonly onStatus: (s: SaveStatus) => void,
    private readonly delay = 300,
  ) {}

  /** Call on every document change. */
  schedule(doc: SignpostDocument): void {
    this.pending = doc;
    this.unsettled = doc;
    this.setStatus('unsaved');
    if (this.timer) clearTimeout(this.timer);
    // a debounce is the point here: coalesce a burst of edits into one write
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  /** Writes any pending change now. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const doc = this.pending;
    if (!doc) return this.writing;
    this.pending = null;
    this.setStatus('saving');
    this.writing = this.writing.then(() => this.write(doc));
    return this.writing;
  }

  /**
   * The page is going (hidden, reloaded or closed): copy the newest unsaved document to the
   * journal synchronously, then start the write. Call from `pagehide` / `visibilitychange`.
   */
  leave(): Promise<void> {
    if (this.unsettled && this.store.name !== undefined) writeJournal(this.store.name, this.unsettled);
    return this.flush();
  }

  private async write(doc: SignpostDocument): Promise<void> {
    try {
      await this.store.put(doc);
    } catch (e) {
      if (e instanceof RefusedWriteError) {
        this.refusal = e;
        this.setStatus(this.pending ? 'unsaved' : 'refused');
        return;
      }
      // keep the document in memory and try again on the next change
      this.pending ??= doc;
      this.setStatus(e instanceof StorageFullError ? 'full' : 'error');
      return;
    }
    if (this.unsettled === doc) this.unsettled = null;
    if (this.store.name !== undefined) clearJournal(this.store.name, doc.id, doc.updatedAt);
    this.setStatus(this.pending ? 'unsaved' : 'saved');
  }

  private setStatus(s: SaveStatus) {
    if (s !== this.status) {
      this.status = s;
      this.onStatus(s);
    }
  }
}
