/**
 * Open Board Format files as other programs write them, made in code: board sets with
 * links between boards, boards without `format`, picture paths with a leading "/" (as Cboard
 * writes them), empty places, six columns, button and border colours, vocalisations,
 * licences on pictures and boards, and Devanagari and Bengali labels.
 */
import { strToU8, zlibSync, zipSync } from 'fflate';
import type { BoardSetIn } from '../../src/storage/obf';
import type { BoardPageIn } from '../../src/model/boardDocument';
import { newId } from '../../src/model/ids';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
const be32 = (n: number) => [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
function chunk(type: string, data: Uint8Array): number[] {
  const td = new Uint8Array([...strToU8(type), ...data]);
  return [...be32(data.length), ...td, ...be32(crc32(td))];
}

/** A `width × height` PNG of one colour, with a darker square in the middle so it is plainly a picture. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Uint8Array {
  const rows: number[] = [];
  for (let y = 0; y < height; y++) {
    rows.push(0);
    for (let x = 0; x < width; x++) {
      const inner = Math.abs(x - width / 2) < width / 5 && Math.abs(y - height / 2) < height / 5;
      rows.push(...rgb.map((c) => (inner ? Math.round(c / 2) : c)));
    }
  }
  const ihdr = new Uint8Array([...be32(width), ...be32(height), 8, 2, 0, 0, 0]);
  return new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', ihdr), ...chunk('IDAT', zlibSync(new Uint8Array(rows))), ...chunk('IEND', new Uint8Array())]);
}

const b64 = (bytes: Uint8Array) => btoa(String.fromCharCode(...bytes));

export interface ObfLicenceIn {
  type: string;
  copyright_notice_url?: string;
  source_url?: string;
  author_name?: string;
  author_url?: string;
}

export const MULBERRY: ObfLicenceIn = {
  type: 'CC BY-SA 2.0 UK',
  copyright_notice_url: 'https://creativecommons.org/licenses/by-sa/2.0/uk/',
  source_url: 'https://mulberrysymbols.org/',
  author_name: 'Paxtoncrafts Charitable Trust',
  author_url: 'https://straight-street.org/',
};
export const ARASAAC: ObfLicenceIn = {
  type: 'CC BY-NC-SA 4.0',
  copyright_notice_url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/',
  source_url: 'https://arasaac.org/',
  author_name: 'Sergio Palao for ARASAAC (Gobierno de Aragón)',
  author_url: 'https://arasaac.org/',
};

interface ButtonSpec {
  label: string;
  /** A picture of this colour, at this size, inside the zip. */
  picture?: { rgb: [number, number, number]; width: number; height: number; licence?: ObfLicenceIn };
  vocalization?: string;
  background?: string;
  border?: string;
  /** Index of the board (in the set) this button opens. */
  opens?: number;
  /** The button plays a sound (a short file in the zip, or inline). */
  sound?: boolean;
}

interface BoardSpec {
  name: string;
  locale?: string;
  /** Rows of buttons; null for an empty place. */
  rows: (ButtonSpec | null)[][];
  /** Leave `format` out, as some boards do. */
  noFormat?: boolean;
  licence?: ObfLicenceIn;
}

export interface ObzOptions {
  /** Picture paths start with "/" (as Cboard writes them). */
  slashPaths?: boolean;
  /** Pictures inline as data URIs instead of files in the zip. */
  inline?: boolean;
  /** Leave out the manifest's `paths` (a manifest with a root only). */
  rootOnly?: boolean;
}

function boardJson(spec: BoardSpec, index: number, options: ObzOptions, files: Record<string, Uint8Array>) {
  const buttons: Record<string, unknown>[] = [];
  const images: Record<string, unknown>[] = [];
  const sounds: Record<string, unknown>[] = [];
  const order = spec.rows.map((row, r) =>
    row.map((b, c) => {
      if (!b) return null;
      const id = `${index}-${r}-${c}`;
      const out: Record<string, unknown> = { id, label: b.label };
      if (b.vocalization) out.vocalization = b.vocalization;
      if (b.background) out.background_color = b.background;
      if (b.border) out.border_color = b.border;
      if (b.sound) {
        // a few bytes stand for the recording: nothing reads them
        const bytes = strToU8(`ID3 sound of ${b.label}`);
        const sound: Record<string, unknown> = { id: `snd-${id}`, content_type: 'audio/mpeg' };
        if (options.inline) sound.data = `data:audio/mpeg;base64,${b64(bytes)}`;
        else {
          sound.path = `sounds/${id}.mp3`;
          files[sound.path as string] = bytes;
        }
        sounds.push(sound);
        out.sound_id = sound.id;
      }
      if (b.opens !== undefined) out.load_board = { id: `board-${b.opens}`, name: `board ${b.opens}`, path: `boards/${b.opens}.obf` };
      if (b.picture) {
        const png = solidPng(b.picture.width, b.picture.height, b.picture.rgb);
        const imageId = `img-${id}`;
        const image: Record<string, unknown> = { id: imageId, width: b.picture.width, height: b.picture.height, content_type: 'image/png' };
        if (options.inline) image.data = `data:image/png;base64,${b64(png)}`;
        else {
          const path = `images/${id}.png`;
          files[path] = png;
          image.path = options.slashPaths ? `/${path}` : path;
        }
        if (b.picture.licence) image.license = b.picture.licence;
        images.push(image);
        out.image_id = imageId;
      }
      buttons.push(out);
      return id;
    }),
  );
  const columns = Math.max(...spec.rows.map((r) => r.length));
  return {
    ...(spec.noFormat ? {} : { format: 'open-board-0.1' }),
    id: `board-${index}`,
    locale: spec.locale ?? 'en',
    name: spec.name,
    ...(spec.licence ? { license: spec.licence } : {}),
    buttons,
    grid: { rows: spec.rows.length, columns, order },
    images,
    sounds,
  };
}

/** An .obz of the boards, the first the root, each at `boards/<index>.obf`. */
export function obzOf(boards: BoardSpec[], options: ObzOptions = {}): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const paths: Record<string, string> = {};
  boards.forEach((spec, i) => {
    files[`boards/${i}.obf`] = strToU8(JSON.stringify(boardJson(spec, i, options, files)));
    paths[`board-${i}`] = `boards/${i}.obf`;
  });
  const manifest = options.rootOnly ? { root: 'boards/0.obf' } : { format: 'open-board-0.1', root: 'boards/0.obf', paths: { boards: paths } };
  files['manifest.json'] = strToU8(JSON.stringify(manifest));
  return zipSync(files);
}

/** A bare .obf of one board (pictures inline). */
export const obfOf = (spec: BoardSpec): Uint8Array => strToU8(JSON.stringify(boardJson(spec, 0, { inline: true }, {})));

const RED: [number, number, number] = [220, 60, 60];
const GREEN: [number, number, number] = [60, 170, 80];
const BLUE: [number, number, number] = [60, 90, 200];
const YELLOW: [number, number, number] = [230, 200, 40];
const PURPLE: [number, number, number] = [140, 70, 170];

/**
 * A set of three boards as a child's communication book is made: "Home" opens "Food" and
 * "Feelings", each of which leads back home. Pictures under two licences, colours,
 * vocalisations, an empty place, and "Feelings" written without `format`.
 */
export function boardSetSpecs(): BoardSpec[] {
  return [
    {
      name: 'Home',
      licence: { type: 'CC BY 4.0', author_name: 'Cwm Taf speech and language team', author_url: 'https://example.org/slt' },
      rows: [
        [
          { label: 'Food', picture: { rgb: RED, width: 240, height: 180, licence: MULBERRY }, opens: 1, background: 'rgb(255, 236, 179)', border: 'rgb(230, 81, 0)' },
          { label: 'Feelings', picture: { rgb: BLUE, width: 200, height: 200, licence: ARASAAC }, opens: 2, background: '#e3f2fd' },
          null,
        ],
        [{ label: 'yes', vocalization: 'Yes please', background: 'rgba(0, 128, 0, 0.25)' }, { label: 'no', vocalization: 'No thank you' }, { label: 'help', picture: { rgb: YELLOW, width: 64, height: 96, licence: MULBERRY } }],
      ],
    },
    {
      name: 'Food',
      rows: [
        [{ label: 'apple', picture: { rgb: GREEN, width: 120, height: 120, licence: MULBERRY } }, { label: 'toast', picture: { rgb: YELLOW, width: 64, height: 96, licence: MULBERRY } }],
        [{ label: 'home', opens: 0, border: '#000080' }, null],
      ],
    },
    {
      name: 'Feelings',
      noFormat: true,
      rows: [[{ label: 'happy', picture: { rgb: PURPLE, width: 100, height: 150, licence: ARASAAC } }, { label: 'sad' }, { label: 'home', opens: 0 }]],
    },
  ];
}

/** The three-board set as an .obz, with picture paths as Cboard writes them ("/images/…"). */
export const boardSetObz = (options: ObzOptions = { slashPaths: true }): Uint8Array => obzOf(boardSetSpecs(), options);

/** A 2 × 2 board with buttons on its diagonal only. */
export const diagonalSpec = (): BoardSpec => ({ name: 'Diagonal', rows: [[{ label: 'top left' }, null], [null, { label: 'bottom right' }]] });

/** A 2 × 6 board. */
export const sixColumnSpec = (): BoardSpec => ({
  name: 'Six across',
  rows: [0, 1].map((r) => Array.from({ length: 6 }, (_, c) => ({ label: `r${r + 1}c${c + 1}`, background: c % 2 ? '#fff3e0' : 'rgb(232, 245, 233)' }))),
});

/** A board with Hindi, Nepali and Bengali labels (pictures inline). */
export const devanagariSpec = (): BoardSpec => ({
  name: 'भावनाएँ',
  locale: 'hi',
  rows: [
    [
      { label: 'खुश', picture: { rgb: YELLOW, width: 80, height: 80 } },
      { label: 'दुखी' },
      { label: 'क्षमा कीजिए' },
    ],
    [{ label: 'नमस्ते' }, { label: 'पानी चाहिए' }, { label: 'আমি ভালো আছি' }],
  ],
});

/** A board whose labels are in scripts without a font in Signpost yet. */
export const unsupportedScriptSpec = (): BoardSpec => ({ name: 'Mixed', rows: [[{ label: 'வணக்கம்' }, { label: '你好' }, { label: 'hello' }]] });

/** A board set as ui/boards.ts opens it, pictures aside (they go through the pack import, in the browser). */
export function pagesOf(set: BoardSetIn): BoardPageIn[] {
  return set.boards.map((b) => ({
    key: b.key,
    name: b.name,
    locale: b.locale,
    columns: b.columns,
    ...(b.licence ? { licence: b.licence } : {}),
    cells: b.cells.map((c) => {
      if (!c) return null;
      const item = { id: newId('i'), symbol: null, also: [], modifier: null, caption: c.label, color: c.background, ...(c.border ? { borderColor: c.border } : {}), ...(c.vocalization ? { spoken: c.vocalization } : {}) };
      return { item, linkTo: c.link };
    }),
  }));
}

