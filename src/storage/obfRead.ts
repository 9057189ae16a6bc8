/**
 * Reading an Open Board set: a bare .obf, or an .obz (a zip of boards, known by its content
 * whatever the file is called). Every board of an .obz is read, the root first, then the
 * boards its buttons open, then any others the zip holds; only the pictures they use are
 * inflated.
 */
import { strFromU8 } from 'fflate';
import { inflateChosen, normaliseZipName, zipEntries, type ZipEntry, type ZipLimits } from './zipRead';
import { BoardError } from './obfShared';
import { idOf, isObject, readBoardJson, text, zipPaths, type BoardIn, type Json, type ZipFile } from './obfBoard';

export interface BoardSetIn {
  /** The root board first, then the boards its buttons open, then any others in the file. */
  boards: BoardIn[];
  /** Boards named in the file that could not be read (missing or damaged), skipped. */
  skipped: number;
  /** Buttons that open a board this file does not hold (a web address, a missing file). */
  unresolvedLinks: number;
}

/** Boards read from one .obz: a set of 98 boards reads whole; a larger one is cut here. */
export const MAX_BOARDS = 300;

const MIB = 1024 * 1024;
/** What an .obz may hold, checked on its central directory before inflating. */
export const OBZ_ZIP_LIMITS: ZipLimits = { maxEntries: 20_000, maxEntryBytes: 16 * MIB, maxTotalBytes: 512 * MIB };

/** Reads files of an .obz on demand, each once, within the limits in all. */
function zipReader(bytes: Uint8Array, entries: ZipEntry[]): ZipFile {
  const byName = new Map<string, ZipEntry>(entries.map((e) => [e.name, e]));
  const read = new Map<string, Uint8Array>();
  let total = 0;
  return (path) => {
    const name = normaliseZipName(path);
    const e = name === null ? undefined : byName.get(name);
    if (!e) return undefined;
    if (!read.has(e.name)) {
      total += e.size;
      read.set(e.name, inflateChosen(bytes, [e], { ...OBZ_ZIP_LIMITS, maxTotalBytes: OBZ_ZIP_LIMITS.maxTotalBytes - total + e.size }).get(e.name)!);
    }
    return read.get(e.name);
  };
}

const dirOf = (path: string) => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');
const parse = (bytes: Uint8Array): unknown => JSON.parse(strFromU8(bytes).replace(/^\uFEFF/, ''));
const parseOrNull = (bytes: Uint8Array): unknown => {
  try {
    return parse(bytes);
  } catch {
    return null;
  }
};

/** Whether the bytes are a zip (an .obz, or a .signpost: which one is told by what it holds). */
export const isZip = (bytes: Uint8Array): boolean => bytes[0] === 0x50 && bytes[1] === 0x4b;

/** Whether a zip holds an Open Board set: a manifest naming a root board, or a board at all. */
export function isObz(bytes: Uint8Array): boolean {
  if (!isZip(bytes)) return false;
  try {
    const names = zipEntries(bytes, OBZ_ZIP_LIMITS).map((e) => e.name);
    return !names.includes('document.json') && names.some((n) => /\.obf$/i.test(n));
  } catch {
    return false;
  }
}

/** Reads an .obf (JSON) or .obz (zip of boards): every board, with the pictures they use (only those are inflated). */
export function readBoardSet(bytes: Uint8Array): BoardSetIn {
  try {
    return isZip(bytes) ? readObz(bytes) : readObf(bytes);
  } catch (e) {
    if (e instanceof BoardError) throw e;
    throw new BoardError('damaged');
  }
}

/** A bare board: every link leads out of the file. */
function readObf(bytes: Uint8Array): BoardSetIn {
  let unresolved = 0;
  const b = readBoardJson(parse(bytes), 'root', null, '', () => (unresolved++, null));
  return { boards: [b], skipped: 0, unresolvedLinks: unresolved };
}

function readObz(bytes: Uint8Array): BoardSetIn {
  const entries = zipEntries(bytes, OBZ_ZIP_LIMITS);
  const file = zipReader(bytes, entries);
  const obfNames = entries.map((e) => e.name).filter((n) => /\.obf$/i.test(n));
  const manifest = readManifest(file);
  const rootPath = manifest.root ?? obfNames[0];
  const rootBytes = rootPath ? file(rootPath) : undefined;
  if (!rootPath || !rootBytes) throw new BoardError('not-board');
  const names = new Set(entries.map((e) => e.name));
  // every board the zip names: the manifest's, then any other .obf in it
  const others = () => [...[...manifest.byId.values()].filter((p) => names.has(p)), ...obfNames];
  const read = readBoards(rootPath, file, (p) => names.has(p), manifest.byId, others);
  return { ...read, unresolvedLinks: read.unresolvedLinks + dropLinksToUnread(read.boards) };
}

/** The manifest's root board and its boards by id; a missing or damaged manifest names none. */
function readManifest(file: ZipFile): { root: string | undefined; byId: Map<string, string> } {
  const manifestBytes = file('manifest.json');
  const manifest = manifestBytes ? parseOrNull(manifestBytes) : null;
  const m = isObject(manifest) ? manifest : {};
  const paths = isObject(m.paths) && isObject(m.paths.boards) ? m.paths.boards : {};
  const byId = new Map<string, string>();
  for (const [id, p] of Object.entries(paths)) if (typeof p === 'string') byId.set(id, p.replace(/^\/+/, ''));
  return { root: typeof m.root === 'string' ? m.root.replace(/^\/+/, '') : undefined, byId };
}

/**
 * Reads boards from the root on: each board's links queue the boards they open; when the
 * queue runs out, `others` (the rest of the zip's boards) are queued too. Past MAX_BOARDS,
 * boards are skipped; a damaged board is skipped, unless it is the root.
 */
function readBoards(rootPath: string, file: ZipFile, exists: (path: string) => boolean, byId: Map<string, string>, others: () => string[]): BoardSetIn {
  const queue: string[] = [rootPath];
  const queued = new Set(queue);
  const add = (p: string) => {
    if (!queued.has(p)) {
      queued.add(p);
      queue.push(p);
    }
  };
  const set: BoardSetIn = { boards: [], skipped: 0, unresolvedLinks: 0 };
  for (let i = 0; i < queue.length; i++) {
    const path = queue[i];
    const dir = dirOf(path);
    const resolve = (link: Json): string | null => {
      const p = text(link.path);
      const byPath = p ? zipPaths(p, dir).find(exists) : undefined;
      const id = idOf(link.id);
      const target = byPath ?? (id !== undefined ? byId.get(id) : undefined);
      if (!target || !exists(target)) {
        set.unresolvedLinks++;
        return null;
      }
      add(target);
      return target;
    };
    if (set.boards.length >= MAX_BOARDS) {
      set.skipped++;
      continue;
    }
    readOne(set, file, path, dir, resolve, i === 0);
    if (i === queue.length - 1) others().forEach(add);
  }
  return set;
}

/** Reads one board of the zip into `set`; a damaged one is skipped, unless it is the root (`root`), which refuses the file. */
function readOne(set: BoardSetIn, file: ZipFile, path: string, dir: string, resolve: (link: Json) => string | null, root: boolean) {
  try {
    const b = file(path);
    if (!b) throw new BoardError('not-board');
    set.boards.push(readBoardJson(parse(b), path, file, dir, resolve));
  } catch (e) {
    if (root) throw e;
    set.skipped++;
  }
}

/** A link to a board that was skipped leads nowhere: it is cleared, and counted. */
function dropLinksToUnread(boards: BoardIn[]): number {
  const read = new Set(boards.map((b) => b.key));
  let dropped = 0;
  for (const b of boards) {
    for (const c of b.cells) {
      if (c?.link && !read.has(c.link)) {
        c.link = null;
        dropped++;
      }
    }
  }
  return dropped;
}

/** The root board of an .obf or .obz. */
export function readBoard(bytes: Uint8Array): BoardIn {
  return readBoardSet(bytes).boards[0];
}

