/**
 * Autosave: writes the document at most `delay` ms after a change, and at once when
 * the page is hidden or closed, so a closed tab loses at most the last second of work.
 */
import type { SignpostDocument } from '../model/schema';
import { StorageFullError, type LocalStore } from './db';

export type SaveStatus = 'saved' | 'saving' | 'unsaved' | 'full' | 'error';

export class Autosaver {
  private pending: SignpostDocument | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> = Promise.resolve();
  status: SaveStatus = 'saved';

  constructor(
    private readonly store: LocalStore,
    private readonly onStatus: (s: SaveStatus) => void,
    private readonly delay = 300,
  ) {}

  /** Call on every document change. */
  schedule(doc: SignpostDocument): void {
    this.pending = doc;
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
    this.writing = this.writing
      .then(() => this.store.put(doc))
      .then(
        () => this.setStatus(this.pending ? 'unsaved' : 'saved'),
        (e) => {
          // keep the document in memory and try again on the next change
          this.pending ??= doc;
          this.setStatus(e instanceof StorageFullError ? 'full' : 'error');
        },
      );
    return this.writing;
  }

  private setStatus(s: SaveStatus) {
    if (s !== this.status) {
      this.status = s;
      this.onStatus(s);
    }
  }
}
