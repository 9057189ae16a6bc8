/**
 * One tab edits a document at a time. A second tab that opens it waits for the first to
 * let go (Web Locks), showing it read-only meanwhile, so neither tab's edits are lost.
 */

export interface LockEvents {
  /** Another tab holds the document: show it read-only. */
  onBlocked: () => void;
  /** This tab may edit; `waited` is true when another tab held it first. */
  onGranted: (waited: boolean) => void;
}

/** Takes the document's lock for as long as the returned release function is not called. */
export function holdDocumentLock(docId: string, events: LockEvents): () => void {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks) {
    // no Web Locks (old browser, tests in Node): one tab is all we can know about
    events.onGranted(false);
    return () => {};
  }
  const name = `signpost-document-${docId}`;
  const abort = new AbortController();
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  let waited = false;
  const take = () =>
    locks.request(name, { signal: abort.signal }, async () => {
      events.onGranted(waited);
      await held;
    });
  void locks
    .request(name, { ifAvailable: true }, async (lock) => {
      if (!lock) return false;
      events.onGranted(false);
      await held;
      return true;
    })
    .then((got) => {
      if (got || abort.signal.aborted) return;
      waited = true;
      events.onBlocked();
      return take();
    })
    .catch(() => {
      // aborted while waiting: this tab closed the document first
    });
  return () => {
    abort.abort();
    release();
  };
}
