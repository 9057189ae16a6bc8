/**
 * The one print pipeline, for the app and the command line alike:
 * document → (what layout needs loaded) → layout → Scene → print-ready pictures → PDF.
 * What differs between a browser and Node (loading symbols and fonts, drawing pictures) is
 * handed in, so both run this same function and get the same Scene.
 */
import type { Profile } from '../model/profile';
import type { SignpostDocument } from '../model/schema';
import { resolveStyle } from '../profile/resolve';
import type { LayoutDeps } from './deps';
import { layoutDocument, type PrintOptions } from './layout';
import { layoutCardSheets, type CardSheet } from './cards';
import type { ImagePrim, Prim, Scene } from './scene';
import type { LayoutStyle } from './style';

/** Print resolution for photos. */
export const PRINT_DPI = 300;
/** A photo is never stored larger than this many pixels on its long side. */
const MAX_PRINT_PX = 2000;

/** Picture work that depends on the platform (a canvas in the browser, resvg in Node). */
export interface PictureTools {
  /** A pack's sanitised SVG drawn as a PNG (base64) for a box of w × h points. */
  rasterise(svg: string, w: number, h: number): Promise<string>;
  /** Pixel size of a JPEG or PNG. */
  pixelSize(mime: 'image/jpeg' | 'image/png', data: string): Promise<{ width: number; height: number }>;
  /** The picture redrawn with its long side `px` pixels (and no metadata). */
  downscale(mime: 'image/jpeg' | 'image/png', data: string, px: number): Promise<{ mime: 'image/jpeg' | 'image/png'; data: string }>;
  /** The picture's bytes without metadata (EXIF, XMP, text chunks). */
  clean(mime: 'image/jpeg' | 'image/png', data: string): string;
}

/** What a platform hands the pipeline. */
export interface PrintEnv {
  deps: LayoutDeps;
  /** Loads what layout needs for the document in the style: symbols, the symboliser, shaping. */
  prepare(doc: SignpostDocument, style: LayoutStyle): Promise<void>;
  pictures: PictureTools;
}

export interface PrintChoice extends PrintOptions {
  /** Card sheets instead of the pages as designed. */
  sheet?: CardSheet;
}

/** The Scene a document prints as, for a profile (or none). */
export async function printScene(doc: SignpostDocument, profile: Profile | null | undefined, choice: PrintChoice, env: PrintEnv): Promise<Scene> {
  const style = resolveStyle(profile);
  await env.prepare(doc, style);
  const scene = choice.sheet ? layoutCardSheets(doc, env.deps, choice.sheet, style, choice) : layoutDocument(doc, env.deps, style, choice);
  return printReady(scene, env.pictures);
}

/** Placed photos: the largest size each is drawn at, and whether any placement crops it. */
function photoPlacements(scene: Scene): { largest: Map<string, number>; cropped: Set<string> } {
  const largest = new Map<string, number>();
  const cropped = new Set<string>();
  for (const p of scene.pages) {
    for (const it of p.items) {
      for (const pr of it.prims) {
        if (pr.t !== 'image' || pr.mime === 'image/svg+xml' || !pr.key.startsWith('asset/')) continue;
        if (pr.src) cropped.add(pr.key);
        largest.set(pr.key, Math.max(largest.get(pr.key) ?? 0, pr.w, pr.h));
      }
    }
  }
  return { largest, cropped };
}

/**
 * Pictures ready for the PDF writer, which cannot draw: a pack's SVG becomes a PNG, every
 * picture loses its metadata, and a photo larger than 300 dpi at the largest size it is
 * placed at is downscaled to that (a cropped one keeps its pixels, so the crop stays true).
 */
export async function printReady(scene: Scene, tools: PictureTools): Promise<Scene> {
  const cache = new Map<string, Promise<Pick<ImagePrim, 'mime' | 'data'>>>();
  const { largest, cropped } = photoPlacements(scene);
  const once = (key: string, make: () => Promise<Pick<ImagePrim, 'mime' | 'data'>>) => {
    let p = cache.get(key);
    if (!p) cache.set(key, (p = make()));
    return p;
  };
  const ready = async (pr: ImagePrim): Promise<Pick<ImagePrim, 'mime' | 'data'>> => {
    const mime = pr.mime;
    if (mime === 'image/svg+xml') return once(`svg/${pr.key}/${pr.w}x${pr.h}`, async () => ({ mime: 'image/png', data: await tools.rasterise(pr.data, pr.w, pr.h) }));
    const big = largest.get(pr.key);
    return once(`photo/${pr.key}`, async () => {
      const clean = { mime, data: tools.clean(mime, pr.data) };
      if (!big || cropped.has(pr.key)) return clean;
      const target = Math.min(MAX_PRINT_PX, Math.ceil((big / 72) * PRINT_DPI));
      const px = await tools.pixelSize(mime, clean.data);
      return Math.max(px.width, px.height) <= target * 1.1 ? clean : tools.downscale(mime, clean.data, target);
    });
  };
  const prims = (list: Prim[]) => Promise.all(list.filter((pr) => pr.t !== 'image' || (pr.w > 0 && pr.h > 0)).map(async (pr) => (pr.t === 'image' ? { ...pr, ...(await ready(pr)) } : pr)));
  const pages = await Promise.all(scene.pages.map(async (p) => ({ ...p, items: await Promise.all(p.items.map(async (it) => ({ ...it, prims: await prims(it.prims) }))) })));
  return { ...scene, pages };
}
