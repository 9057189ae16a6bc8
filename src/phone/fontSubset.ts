/**
 * Subsetting a TrueType font for a web page, keeping glyph ids: the outlines of the glyphs a
 * page needs stay, every other glyph is emptied, and the tables that map characters and
 * shape them (cmap, GSUB, GPOS, GDEF) are kept as they are, so the browser joins Arabic
 * letters exactly as it would with the whole font. (fontkit's own subsetter renumbers the
 * glyphs and drops cmap and the shaping tables: right for a PDF, which names glyphs by id,
 * wrong for a browser, which shapes the text itself.)
 */
import fontkit, { type Font } from '@cantoo/fontkit';

/** Tables a browser does not need to draw the page (hinting caches, signatures, old kerning). */
const DROP = new Set(['DSIG', 'hdmx', 'LTSH', 'VDMX', 'PCLT', 'kern', 'FFTM', 'STAT']);
/** Shaping tables, kept only when the text needs shaping (Arabic script). */
const SHAPING = new Set(['GSUB', 'GPOS', 'GDEF', 'BASE', 'JSTF']);

/** The scripts a browser may shape a run of an Arabic-script page in. */
const SCRIPTS: [string, 'ltr' | 'rtl'][] = [
  ['arab', 'rtl'],
  ['latn', 'ltr'],
];

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('');
/** Joining marks that show each contextual form of a letter: tatweel and the zero-width joiner. */
const TATWEEL = '\u0640';

interface Table {
  tag: string;
  data: Uint8Array;
}

function readTables(bytes: Uint8Array): Table[] {
  const v = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const n = v.getUint16(4);
  const tables: Table[] = [];
  for (let i = 0; i < n; i++) {
    const at = 12 + 16 * i;
    const tag = String.fromCharCode(bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]);
    const offset = v.getUint32(at + 8);
    const length = v.getUint32(at + 12);
    tables.push({ tag, data: bytes.subarray(offset, offset + length) });
  }
  return tables;
}

const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

/** The glyph ids a composite glyph is built from. */
function components(glyph: Uint8Array): number[] {
  if (glyph.length < 10 || view(glyph).getInt16(0) >= 0) return [];
  const v = view(glyph);
  const out: number[] = [];
  let at = 10;
  for (;;) {
    const flags = v.getUint16(at);
    out.push(v.getUint16(at + 2));
    at += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) at += 2;
    else if (flags & 0x0040) at += 4;
    else if (flags & 0x0080) at += 8;
    if (!(flags & 0x0020)) return out;
  }
}

function checksum(b: Uint8Array): number {
  const padded = new Uint8Array((b.length + 3) & ~3);
  padded.set(b);
  const v = view(padded);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + v.getUint32(i)) >>> 0;
  return sum;
}

/** Writes an sfnt from tables (sorted by tag, 4-byte aligned, checksums and head's adjustment set). */
function writeFont(tables: Table[]): Uint8Array {
  tables.sort((a, b) => (a.tag < b.tag ? -1 : 1));
  const n = tables.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  let size = 12 + 16 * n;
  const offsets = tables.map((t) => {
    const o = size;
    size += (t.data.length + 3) & ~3;
    return o;
  });
  const out = new Uint8Array(size);
  const v = view(out);
  v.setUint32(0, 0x00010000);
  v.setUint16(4, n);
  v.setUint16(6, searchRange);
  v.setUint16(8, entrySelector);
  v.setUint16(10, n * 16 - searchRange);
  let headAt = -1;
  tables.forEach((t, i) => {
    const at = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[at + k] = t.tag.charCodeAt(k);
    out.set(t.data, offsets[i]);
    if (t.tag === 'head') {
      headAt = offsets[i];
      v.setUint32(headAt + 8, 0); // checkSumAdjustment is computed over the font with it zeroed
    }
    v.setUint32(at + 4, checksum(out.subarray(offsets[i], offsets[i] + t.data.length)));
    v.setUint32(at + 8, offsets[i]);
    v.setUint32(at + 12, t.data.length);
  });
  if (headAt >= 0) v.setUint32(headAt + 8, (0xb1b0afba - checksum(out)) >>> 0);
  return out;
}

/** The glyphs a browser may draw for `text` with this font: each character's, and every form shaping gives it. */
function glyphsFor(font: Font, text: string): Set<number> {
  const ids = new Set<number>([0]);
  const chars = new Set(Array.from(text));
  for (const c of chars) {
    const g = font.glyphForCodePoint(c.codePointAt(0)!);
    if (g && g.id) ids.add(g.id);
  }
  const arabic = [...chars].filter((c) => ARABIC.test(c));
  if (arabic.length) {
    // the words as written (ligatures, marks, and the local forms a browser picks for a
    // colon or a digit in either script), and each letter in its four joining forms
    const words = [...new Set(text.split(/\s+/).filter(Boolean))];
    for (const w of words) for (const [script, dir] of SCRIPTS) for (const g of font.layout(w, undefined, script, undefined, dir).glyphs) ids.add(g.id);
    for (const c of arabic) for (const s of [c + TATWEEL, TATWEEL + c + TATWEEL, TATWEEL + c]) for (const g of font.layout(s, undefined, 'arab', undefined, 'rtl').glyphs) ids.add(g.id);
  }
  return ids;
}

/**
 * A copy of the TrueType font `bytes` with only the glyphs `text` needs, glyph ids unchanged.
 * Shaping tables are kept when the text has Arabic script; otherwise dropped with the rest
 * a page does not need.
 */
export function subsetFont(bytes: Uint8Array, text: string): Uint8Array {
  const font = fontkit.create(bytes) as Font;
  const tables = readTables(bytes);
  const table = (tag: string) => tables.find((t) => t.tag === tag)?.data;
  const head = table('head');
  const loca = table('loca');
  const glyf = table('glyf');
  const maxp = table('maxp');
  if (!head || !loca || !glyf || !maxp) throw new Error('Not a TrueType font with outlines');
  const long = view(head).getInt16(50) === 1;
  const numGlyphs = view(maxp).getUint16(4);
  const lv = view(loca);
  const offset = (i: number) => (long ? lv.getUint32(i * 4) : lv.getUint16(i * 2) * 2);
  const glyph = (i: number) => glyf.subarray(offset(i), offset(i + 1));

  // printable ASCII too: a browser measures some of its letters to lay out a line (its
  // renderings differed from the whole font's without them), and they cost a few kilobytes
  const keep = glyphsFor(font, text + ASCII);
  for (const id of [...keep]) {
    const stack = [id];
    while (stack.length) {
      for (const c of components(glyph(stack.pop()!))) {
        if (keep.has(c) || c >= numGlyphs) continue;
        keep.add(c);
        stack.push(c);
      }
    }
  }

  const parts: Uint8Array[] = [];
  const newOffsets: number[] = [];
  let at = 0;
  for (let i = 0; i < numGlyphs; i++) {
    newOffsets.push(at);
    if (!keep.has(i)) continue;
    const g = glyph(i);
    const padded = new Uint8Array((g.length + 3) & ~3);
    padded.set(g);
    parts.push(padded);
    at += padded.length;
  }
  newOffsets.push(at);
  const newGlyf = new Uint8Array(at);
  let pos = 0;
  for (const p of parts) {
    newGlyf.set(p, pos);
    pos += p.length;
  }
  const newLoca = new Uint8Array(newOffsets.length * (long ? 4 : 2));
  const nv = view(newLoca);
  newOffsets.forEach((o, i) => (long ? nv.setUint32(i * 4, o) : nv.setUint16(i * 2, o / 2)));

  const shaping = ARABIC.test(text);
  const out: Table[] = [];
  for (const t of tables) {
    if (DROP.has(t.tag) || (!shaping && SHAPING.has(t.tag))) continue;
    if (t.tag === 'glyf') out.push({ tag: 'glyf', data: newGlyf });
    else if (t.tag === 'loca') out.push({ tag: 'loca', data: newLoca });
    else if (t.tag === 'post') {
      // version 3: no glyph names (they are most of the table)
      const post = t.data.slice(0, 32);
      view(post).setUint32(0, 0x00030000);
      out.push({ tag: 'post', data: post });
    } else out.push({ tag: t.tag, data: t.tag === 'head' ? t.data.slice() : t.data });
  }
  return writeFont(out);
}
