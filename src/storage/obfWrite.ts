/**
 * Writing boards as an .obz with the spec's required fields, each image's size and licence,
 * and the links between boards.
 */
import { strToU8, zipSync } from 'fflate';
import type { BoardLicence } from '../model/boardLicence';

export interface ImageOut {
  bytes: Uint8Array;
  mime: string;
  /** Pixel size of the picture. */
  width: number;
  height: number;
  licence: BoardLicence;
}

export interface ButtonOut {
  label: string;
  /** Spoken words, when they differ from the label. */
  vocalization?: string;
  background?: string | null;
  border?: string | null;
  image: ImageOut | null;
  /** Id of the board (in the same set) that this button opens. */
  link?: string | null;
}

export interface BoardOut {
  id: string;
  name: string;
  locale: string;
  columns: number;
  /** The grid row by row; null for an empty place. Rows are as many as it needs. */
  buttons: (ButtonOut | null)[];
  licence?: BoardLicence;
}

const rgbOf = (hex: string) => `rgb(${parseInt(hex.slice(1, 3), 16)}, ${parseInt(hex.slice(3, 5), 16)}, ${parseInt(hex.slice(5, 7), 16)})`;
const extOf = (mime: string) => (mime === 'image/svg+xml' ? 'svg' : mime === 'image/png' ? 'png' : 'jpg');

/**
 * Writes an .obz: manifest.json, each board with every required field, its pictures (each
 * stored once, with its pixel size and licence) and the links between boards. The first
 * board is the root.
 */
export function writeObz(input: BoardOut | BoardOut[]): Uint8Array {
  const boards = Array.isArray(input) ? input : [input];
  const files: Record<string, Uint8Array> = {};
  const imagePaths: Record<string, string> = {};
  const pathOf = new Map(boards.map((b, i) => [b.id, `boards/${i === 0 ? 'board' : `board-${i + 1}`}.obf`]));
  // a picture used on several boards is written once
  const imageIds = new Map<Uint8Array, string>();
  for (const b of boards) {
    const columns = Math.max(1, b.columns);
    const rows = Math.max(1, Math.ceil(b.buttons.length / columns));
    const images: Record<string, unknown>[] = [];
    const buttons: Record<string, unknown>[] = [];
    const ids = b.buttons.map((btn, i) => {
      if (!btn) return null;
      const out: Record<string, unknown> = { id: `b${i + 1}`, label: btn.label };
      if (btn.vocalization && btn.vocalization !== btn.label) out.vocalization = btn.vocalization;
      if (btn.background) out.background_color = rgbOf(btn.background);
      if (btn.border) out.border_color = rgbOf(btn.border);
      if (btn.image) {
        let id = imageIds.get(btn.image.bytes);
        const path = `images/i${id ? id.slice(1) : imageIds.size + 1}.${extOf(btn.image.mime)}`;
        if (!id) {
          id = `i${imageIds.size + 1}`;
          imageIds.set(btn.image.bytes, id);
          files[path] = btn.image.bytes;
          imagePaths[id] = path;
        }
        if (!images.some((im) => im.id === id)) images.push({ id, path, content_type: btn.image.mime, width: btn.image.width, height: btn.image.height, license: btn.image.licence });
        out.image_id = id;
      }
      const target = btn.link ? pathOf.get(btn.link) : undefined;
      if (btn.link && target) out.load_board = { id: btn.link, path: target };
      buttons.push(out);
      return out.id as string;
    });
    const order = Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => ids[r * columns + c] ?? null));
    const obf = { format: 'open-board-0.1', id: b.id, locale: b.locale, name: b.name, ...(b.licence ? { license: b.licence } : {}), buttons, grid: { rows, columns, order }, images, sounds: [] };
    files[pathOf.get(b.id)!] = strToU8(JSON.stringify(obf, null, 1));
  }
  const manifest = { format: 'open-board-0.1', root: pathOf.get(boards[0].id), paths: { boards: Object.fromEntries(pathOf), images: imagePaths, sounds: {} } };
  files['manifest.json'] = strToU8(JSON.stringify(manifest, null, 1));
  return zipSync(files);
}
