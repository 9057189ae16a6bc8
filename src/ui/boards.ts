/** Opening Open Board Format boards as documents, and saving a grid or sequence as a board. */
import { newId } from '../model/ids';
import { documentFromBoardGrid } from '../model/boardDocument';
import { fromBase64 } from '../model/base64';
import type { Container, SignpostDocument } from '../model/schema';
import { PACK_SCHEMA_VERSION, type Pack, type PackSymbol } from '../model/pack';
import { readBoard, writeObz, type BoardOut } from '../storage/obf';
import { vectorToSvg } from '../symbols/vector';
import type { Services } from './services';

export const isBoardFile = (name: string): boolean => /\.ob[fz]$/i.test(name);

/** A board as a new document holding a grid; its pictures become a pack. */
export async function documentFromBoard(services: Services, bytes: Uint8Array): Promise<{ doc: SignpostDocument; webOnly: number }> {
  const board = readBoard(bytes);
  const packId = `pack-board-${newId()}`;
  const symbols: PackSymbol[] = [];
  let webOnly = 0;
  const items: Container['items'] = [];
  for (const [i, b] of board.buttons.entries()) {
    let symbol = null;
    if (b.image?.data && b.image.mime) {
      const mime = b.image.mime === 'image/svg+xml' || b.image.mime === 'image/png' || b.image.mime === 'image/jpeg' ? b.image.mime : null;
      if (mime) {
        // reuse the pack checks: sanitised SVG, decoded PNG/JPEG
        const { importPack } = await import('./packImport');
        const { analysePack } = await import('../storage/packReader');
        const ext = mime === 'image/svg+xml' ? 'svg' : mime === 'image/png' ? 'png' : 'jpg';
        const file = { path: `b${i}.${ext}`, bytes: fromBase64(b.image.data) };
        const { pack } = await importPack([file], analysePack([file], 'board'), 'board', '', () => undefined);
        if (pack.symbols[0]) {
          symbols.push({ ...pack.symbols[0], id: `b${i}`, label: b.label.trim().slice(0, 200) || `b${i}` });
          symbol = { set: packId, id: `b${i}` };
        }
      }
    } else if (b.image?.url) {
      webOnly++;
    }
    items.push({ id: newId('i'), symbol, also: [], modifier: null, caption: b.label, color: null });
  }
  if (symbols.length) {
    const name = board.name.trim().slice(0, 100) || packId;
    const pack: Pack = { schemaVersion: PACK_SCHEMA_VERSION, id: packId, name, attribution: `${name} (board)`, enabled: false, symbols };
    await services.store.putPack(pack);
    services.library.addPack(pack);
    services.attributions.set(pack.id, pack.attribution);
  }
  return { doc: documentFromBoardGrid({ name: board.name, locale: board.locale, columns: board.columns, items }), webOnly };
}

/** A grid or sequence as an .obz board, with each picture and its licence. */
export async function boardFromContainer(services: Services, c: Container, locale: string, name: string): Promise<Uint8Array> {
  const buttons: BoardOut['buttons'] = [];
  for (const it of c.items) {
    let image: BoardOut['buttons'][number]['image'] = null;
    if (it.symbol) {
      const packSym = services.library.packImage(it.symbol);
      const packInfo = services.library.packList().find((p) => p.id === it.symbol!.set);
      if (packSym) {
        image = { bytes: fromBase64(packSym.data), mime: packSym.mime, licence: { type: packInfo?.attribution || 'see pack', author_name: packInfo?.name ?? '' } };
      } else {
        const v = await services.library.loadDrawing(it.symbol).catch(() => null);
        // author_url is licence metadata the OBF spec asks for; nothing is fetched from it
        if (v) image = { bytes: new TextEncoder().encode(vectorToSvg(v)), mime: 'image/svg+xml', licence: { type: 'CC BY-SA 4.0', author_name: 'OpenMoji', author_url: 'https://openmoji.org' } };
      }
    }
    buttons.push({ label: it.caption, image });
  }
  return writeObz({ id: c.id, name, locale, columns: c.kind === 'grid' ? c.columns : Math.min(c.items.length, c.columns) || 1, buttons });
}
