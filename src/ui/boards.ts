/** Opening Open Board Format boards as documents, and saving grids as boards. */
import { newId } from '../model/ids';
import { documentFromBoardSet, type BoardCellIn, type BoardPageIn } from '../model/boardDocument';
import { licenceFromLine, licenceLine, type BoardLicence } from '../model/boardLicence';
import { fromBase64 } from '../model/base64';
import type { Container, ContainerItem, SignpostDocument, SymbolRef } from '../model/schema';
import { PACK_SCHEMA_VERSION, type Pack, type PackSymbol } from '../model/pack';
import { isObz, readBoardSet, writeObz, type BoardOut, type ButtonOut, type ImageOut, type ObfImageIn } from '../storage/obf';
import { vectorToSvg } from '../symbols/vector';
import { unsupportedScripts } from '../layout/scripts';
import type { Services } from './services';

/** A board by its name: .obf or .obz. */
export const isBoardFile = (name: string): boolean => /\.ob[fz]$/i.test(name);

/** A board by its content, whatever it is called: a zip of boards, or JSON with a list of buttons and no document schema. */
export function looksLikeBoard(bytes: Uint8Array): boolean {
  if (isObz(bytes)) return true;
  // JSON starts with "{" (after any byte order mark or spaces); a PDF or picture never does
  const start = bytes.subarray(0, 16).findIndex((b) => b !== 0x20 && b !== 0x0a && b !== 0x0d && b !== 0x09 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  if (bytes[start] !== 0x7b || bytes.length > 64 * 1024 * 1024) return false;
  try {
    const v: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ''));
    return typeof v === 'object' && v !== null && Array.isArray((v as { buttons?: unknown }).buttons) && !Object.hasOwn(v, 'schemaVersion');
  } catch {
    return false;
  }
}

/** What the user is told after a board opens. */
export interface BoardNotes {
  /** Boards opened, each as one or more pages. */
  boards: number;
  /** Buttons whose picture is only a web address. */
  webOnly: number;
  /** Buttons whose picture is not in the file, or could not be read. */
  missing: number;
  /** Boards left out: unreadable, or past the document's limits. */
  skipped: number;
  /** Buttons that open a board the file does not hold. */
  unresolvedLinks: number;
  /** Scripts (ISO 15924) of labels that no font of Signpost's can show yet. */
  scripts: string[];
  /** Boards with more columns than a grid may have, whose rows go on over two or more. */
  wrapped: number;
  /** Buttons whose sound was left out: Signpost does not play sounds yet. */
  sounds: number;
}

/** Hex SHA-256 of bytes, cut to `n` characters: the same file gives the same ids. */
async function digest(bytes: Uint8Array, n = 16): Promise<string> {
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes as BufferSource));
  return Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('').slice(0, n);
}

const PICTURE_TYPES = new Set(['image/svg+xml', 'image/png', 'image/jpeg']);
const NO_LICENCE = '';

/**
 * Stores the pictures of a board set as packs, one per licence the pictures carry, so the
 * footer credits exactly the licences of the pictures a document shows. Pack ids come from
 * the file's content: opening the same file again stores nothing new. Returns the symbol of
 * each picture that could be read (by its image object); `images` gives each one's words.
 */
async function packsForPictures(services: Services, fileId: string, setName: string, images: Map<ObfImageIn, string>): Promise<Map<ObfImageIn, SymbolRef>> {
  const groups = new Map<string, { licence?: BoardLicence; images: ObfImageIn[] }>();
  for (const im of images.keys()) {
    const key = im.licence ? licenceLine(im.licence) : NO_LICENCE;
    if (!groups.has(key)) groups.set(key, { licence: im.licence, images: [] });
    groups.get(key)!.images.push(im);
  }
  const symbols = new Map<ObfImageIn, SymbolRef>();
  const { importPack } = await import('./packImport');
  const { analysePack } = await import('../storage/packReader');
  let k = 0;
  for (const [key, g] of groups) {
    k++;
    const packId = `pack-board-${fileId}-${k}`;
    const stored = services.library.packList().find((p) => p.id === packId);
    const packSymbols: PackSymbol[] = stored ? [...stored.symbols] : [];
    // the same picture on several buttons (or boards) is one symbol, named by its content
    const ids = await Promise.all(g.images.map(async (im) => `i${await digest(new TextEncoder().encode(im.data ?? ''), 20)}`));
    const unique = new Map<string, ObfImageIn>();
    g.images.forEach((im, i) => {
      if (!unique.has(ids[i])) unique.set(ids[i], im);
    });
    const ok = new Set<string>(stored ? stored.symbols.map((s) => s.id) : []);
    if (!stored) {
      const todo = [...unique];
      // the pack checks (sanitised SVG, decoded PNG and JPEG), a few pictures at a time
      for (let i = 0; i < todo.length; i += 16) {
        const done = await Promise.all(
          todo.slice(i, i + 16).map(async ([id, im]) => {
            const ext = im.mime === 'image/svg+xml' ? 'svg' : im.mime === 'image/png' ? 'png' : 'jpg';
            const file = { path: `${id}.${ext}`, bytes: fromBase64(im.data!) };
            try {
              const s = (await importPack([file], analysePack([file], 'board'), 'board', '', () => undefined)).pack.symbols[0];
              const label = images.get(im)?.trim().slice(0, 200) || id;
              return s ? { ...s, id, label, keywords: [label], category: '' } : null;
            } catch {
              // an unreadable picture: its button shows its words, and the notice counts it
              return null;
            }
          }),
        );
        for (const s of done) {
          if (!s) continue;
          packSymbols.push(s);
          ok.add(s.id);
        }
      }
    }
    g.images.forEach((im, i) => {
      if (ok.has(ids[i])) symbols.set(im, { set: packId, id: ids[i] });
    });
    if (stored || !packSymbols.length) continue;
    const name = `${setName.trim().slice(0, 80) || 'Board'}${groups.size > 1 ? ` (${k})` : ''}`;
    const attribution = key === NO_LICENCE ? `${setName.trim().slice(0, 200) || 'Board'} (board; no licence stated)` : key;
    const pack: Pack = { schemaVersion: PACK_SCHEMA_VERSION, id: packId, name, attribution: attribution.slice(0, 500), enabled: false, symbols: packSymbols };
    await services.store.putPack(pack);
    services.library.addPack(pack);
    services.attributions.set(pack.id, pack.attribution);
  }
  return symbols;
}

/**
 * A board set as a new document: every board a page (or more), linked buttons leading to
 * their board's page; the pictures become packs, credited with their licences.
 */
export async function documentFromBoard(services: Services, bytes: Uint8Array): Promise<{ doc: SignpostDocument; notes: BoardNotes }> {
  const set = readBoardSet(bytes);
  const fileId = await digest(bytes);
  const notes: BoardNotes = { boards: set.boards.length, webOnly: 0, missing: 0, skipped: set.skipped, unresolvedLinks: set.unresolvedLinks, scripts: [], wrapped: set.boards.filter((b) => b.wrapped).length, sounds: set.boards.reduce((n, b) => n + b.sounds, 0) };
  // each picture is named by the words of the first button that shows it
  const images = new Map<ObfImageIn, string>();
  for (const b of set.boards) for (const c of b.cells) if (c?.image?.data && c.image.mime && PICTURE_TYPES.has(c.image.mime) && !images.has(c.image)) images.set(c.image, c.label);
  const symbols = await packsForPictures(services, fileId, set.boards[0].name, images);
  const pages: BoardPageIn[] = set.boards.map((b) => ({
    key: b.key,
    name: b.name,
    locale: b.locale,
    columns: b.columns,
    ...(b.licence ? { licence: b.licence } : {}),
    cells: b.cells.map((c): BoardCellIn | null => {
      if (!c) return null;
      const symbol = c.image ? (symbols.get(c.image) ?? null) : null;
      if (c.image && !symbol) {
        if (c.image.url && !c.image.data) notes.webOnly++;
        else notes.missing++;
      }
      for (const s of unsupportedScripts(c.label)) if (!notes.scripts.includes(s)) notes.scripts.push(s);
      const item: ContainerItem = { id: newId('i'), symbol, also: [], modifier: null, caption: c.label, color: c.background };
      if (c.border) item.borderColor = c.border;
      if (c.vocalization.trim() && c.vocalization !== c.label) item.spoken = c.vocalization;
      return { item, linkTo: c.link };
    }),
  }));
  for (const b of set.boards) for (const s of unsupportedScripts(b.name)) if (!notes.scripts.includes(s)) notes.scripts.push(s);
  const { doc, dropped } = documentFromBoardSet(pages);
  notes.skipped += dropped;
  notes.boards -= dropped;
  return { doc, notes };
}

/** OpenMoji's licence, as an OBF licence object. */
const OPENMOJI_LICENCE: BoardLicence = { type: 'CC BY-SA 4.0', copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/4.0/', author_name: 'OpenMoji', author_url: 'https://openmoji.org' };

/** The picture of an item as a board image, with its pixel size and licence; the same picture gives the same bytes object. */
async function imageOf(services: Services, ref: SymbolRef, cache: Map<string, ImageOut | null>): Promise<ImageOut | null> {
  const key = `${ref.set}/${ref.id}`;
  if (cache.has(key)) return cache.get(key)!;
  let image: ImageOut | null = null;
  const packSym = services.library.packImage(ref);
  if (packSym) {
    const pack = services.library.packList().find((p) => p.id === ref.set);
    // a board's picture carries the licence it came with; a pack's, its attribution
    const licence = licenceFromLine(pack?.attribution ?? '') ?? { type: pack?.attribution || 'see pack', author_name: pack?.name ?? '' };
    image = { bytes: fromBase64(packSym.data), mime: packSym.mime, width: packSym.width, height: packSym.height, licence };
  } else {
    const v = await services.library.loadDrawing(ref).catch(() => null);
    // author_url is licence metadata the OBF spec asks for; nothing is fetched from it
    if (v) image = { bytes: new TextEncoder().encode(vectorToSvg(v)), mime: 'image/svg+xml', width: Math.round(v.vw * 4), height: Math.round(v.vh * 4), licence: OPENMOJI_LICENCE };
  }
  cache.set(key, image);
  return image;
}

async function buttonsOf(services: Services, c: Container, cache: Map<string, ImageOut | null>, linkable: (pageId: string) => boolean): Promise<(ButtonOut | null)[]> {
  const out: (ButtonOut | null)[] = [];
  for (const it of c.items) {
    if (it.gap) {
      out.push(null);
      continue;
    }
    out.push({
      label: it.caption,
      vocalization: it.spoken,
      background: it.color,
      border: it.borderColor ?? null,
      image: it.symbol ? await imageOf(services, it.symbol, cache) : null,
      link: it.link && linkable(it.link) ? it.link : null,
    });
  }
  return out;
}

const firstGrid = (doc: SignpostDocument, pageId: string): Container | undefined =>
  doc.pages.find((p) => p.id === pageId)?.elements.find((e): e is Container => e.type === 'container' && (e.kind === 'grid' || e.kind === 'sequence'));

/**
 * A grid or sequence as an .obz board, with each picture, its size and licence. When its
 * items lead to other pages (a board set), the grids of those pages go with it as boards
 * of the set, and so on from theirs, links kept.
 */
export async function boardFromContainer(services: Services, c: Container, locale: string, name: string, doc?: SignpostDocument): Promise<Uint8Array> {
  const cache = new Map<string, ImageOut | null>();
  const columnsOf = (g: Container) => (g.kind === 'grid' ? g.columns : Math.min(g.items.length, g.columns) || 1);
  const startPage = doc?.pages.find((p) => p.elements.includes(c));
  if (!doc || !startPage) return writeObz({ id: c.id, name, locale, columns: columnsOf(c), buttons: await buttonsOf(services, c, cache, () => false) });
  // the boards reachable from this one, by page
  const order: { pageId: string; grid: Container }[] = [{ pageId: startPage.id, grid: c }];
  for (let i = 0; i < order.length; i++) {
    for (const it of order[i].grid.items) {
      const target = it.link ? firstGrid(doc, it.link) : undefined;
      if (it.link && target && !order.some((o) => o.pageId === it.link)) order.push({ pageId: it.link, grid: target });
    }
  }
  const inSet = new Set(order.map((o) => o.pageId));
  const boards: BoardOut[] = [];
  for (const [i, o] of order.entries()) {
    const page = doc.pages.find((p) => p.id === o.pageId);
    const heading = page?.elements.find((e) => e.type === 'text');
    const boardName = i === 0 ? name : (heading?.type === 'text' && heading.text.trim()) || name;
    // a board opened from a file keeps the licence that file stated
    const licence = page?.credit?.licence;
    boards.push({ id: o.pageId, name: boardName, locale, columns: columnsOf(o.grid), buttons: await buttonsOf(services, o.grid, cache, (id) => inSet.has(id)), ...(licence ? { licence } : {}) });
  }
  return writeObz(boards);
}
