/**
 * Checking a pack's pictures in a pool of workers (one per core, up to four), batch by
 * batch, so that 3,500 real-sized SVGs are checked in a few seconds and the page stays
 * responsive, with progress after every batch. Where workers cannot start, the same check
 * runs on the page.
 */
import { checkPicture, type CheckReply, type CheckResult, type PictureJob } from '../storage/packCheck';

/** About this many bytes of pictures go to a worker at a time: small enough for even progress, large enough to keep messages few. */
const BATCH_BYTES = 512 * 1024;
const BATCH_MAX = 128;
/** Batches queued in each worker at once, so it never waits for the page between them. */
const IN_FLIGHT = 2;

/** Jobs cut into batches of about BATCH_BYTES (a large file alone in its batch). */
function batches(jobs: PictureJob[]): { start: number; jobs: PictureJob[] }[] {
  const out: { start: number; jobs: PictureJob[] }[] = [];
  let cur: PictureJob[] = [];
  let bytes = 0;
  let start = 0;
  jobs.forEach((j, i) => {
    const size = j.deflated?.data.length ?? j.bytes.length;
    if (cur.length && (bytes + size > BATCH_BYTES || cur.length >= BATCH_MAX)) {
      out.push({ start, jobs: cur });
      cur = [];
      bytes = 0;
      start = i;
    }
    cur.push(j);
    bytes += size;
  });
  if (cur.length) out.push({ start, jobs: cur });
  return out;
}

function startWorker(): Worker | null {
  try {
    return new Worker(new URL('../storage/packCheckWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** Checks every picture on the page, a batch at a time, yielding between batches. */
async function checkHere(jobs: PictureJob[], onProgress: (done: number, total: number) => void): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const b of batches(jobs)) {
    for (const j of b.jobs) results.push(await checkPicture(j));
    onProgress(results.length, jobs.length);
    await new Promise((r) => setTimeout(r, 0));
  }
  return results;
}

/** How many workers: one per core the browser reports, 2 to 4. */
export const poolSize = (): number => Math.max(2, Math.min(4, (typeof navigator !== 'undefined' && navigator.hardwareConcurrency) || 2));

/**
 * Checks pictures in a worker pool; results come back in the order of `jobs`. Progress is
 * reported as batches finish. A worker that fails is replaced by checking on the page.
 */
export async function checkPictures(jobs: PictureJob[], onProgress: (done: number, total: number) => void, size = poolSize()): Promise<CheckResult[]> {
  if (!jobs.length) return [];
  if (typeof Worker === 'undefined') return checkHere(jobs, onProgress);
  const queue = batches(jobs);
  const results: CheckResult[] = new Array(jobs.length).fill(null);
  let done = 0;
  let next = 0;
  const finish = (b: { start: number; jobs: PictureJob[] }, got: CheckResult[]) => {
    got.forEach((r, k) => (results[b.start + k] = r));
    done += b.jobs.length;
    onProgress(done, jobs.length);
  };
  const checkBatch = async (b: { start: number; jobs: PictureJob[] }) => {
    const got: CheckResult[] = [];
    for (const j of b.jobs) got.push(await checkPicture(j));
    finish(b, got);
  };
  const here = async () => {
    while (next < queue.length) await checkBatch(queue[next++]);
  };
  /**
   * Feeds one worker, keeping IN_FLIGHT batches queued in it so it never waits for the page
   * between batches; a worker that fails leaves its batches, and the rest, to the page.
   */
  const feed = (w: Worker) =>
    new Promise<void>((resolve) => {
      const sent = new Map<number, { start: number; jobs: PictureJob[] }>();
      let id = 0;
      const send = () => {
        while (sent.size < IN_FLIGHT && next < queue.length) {
          const b = queue[next++];
          sent.set(++id, b);
          // a view into the whole zip would carry all of it: each picture's own bytes are sent
          w.postMessage({ id, jobs: b.jobs.map((j) => (j.deflated ? { path: j.path, bytes: j.bytes, deflated: { ...j.deflated, data: j.deflated.data.slice() } } : j)) });
        }
        if (!sent.size) resolve();
      };
      w.onmessage = (e: MessageEvent<CheckReply>) => {
        const b = sent.get(e.data.id);
        if (!b) return;
        sent.delete(e.data.id);
        finish(b, e.data.results);
        send();
      };
      w.onerror = () => {
        // a worker that cannot run (a blocked script): its batches, and the rest, are checked on the page
        w.onmessage = null;
        w.onerror = null;
        const left = [...sent.values()];
        sent.clear();
        void (async () => {
          for (const b of left) await checkBatch(b);
          await here();
          resolve();
        })();
      };
      send();
    });
  const workers: Worker[] = [];
  try {
    for (let i = 0; i < Math.min(size, queue.length); i++) {
      const w = startWorker();
      if (w) workers.push(w);
    }
    await Promise.all(workers.length ? workers.map(feed) : [here()]);
  } finally {
    for (const w of workers) w.terminate();
  }
  return results;
}
