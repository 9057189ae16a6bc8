/** One element laid out through its kind's layout, as an item of the Scene. */
import { elementBoundsPt } from './units';
import type { TextMeasurer } from './fontMetrics';
import type { LayoutStyle } from './style';
import type { LayoutDeps } from './deps';
import { layoutOf } from './elements';
import type { Prim, SceneItem, TextPrim } from './scene';
import type { Asset, Element } from '../model/schema';

/**
 * A line of text in a mixed font (Urdu with an English name in it) as one prim per run, each
 * in its own plain font, placed left to right as measured; other prims pass through.
 */
export function splitRuns(m: TextMeasurer, p: TextPrim): TextPrim[] {
  if (!p.font.includes('+')) return [p];
  const out: TextPrim[] = [];
  let x = p.x;
  for (const run of m.runs(p.text, p.font, p.size)) {
    if (run.text.trim()) out.push({ ...p, x, text: run.text, font: run.font });
    x += run.width;
  }
  return out;
}

/** Lays out one element through its kind's layout; image elements find their pictures in `assets`. */
export function layoutElement(e: Element, style: LayoutStyle, deps: LayoutDeps, assets: Readonly<Record<string, Asset>> = {}, order = 0): SceneItem {
  const b = elementBoundsPt(e);
  const laid = layoutOf(e).layout(e, b.width, b.height, { style, deps, assets });
  const prims = laid.prims.flatMap((p): Prim[] => (p.t === 'text' ? splitRuns(deps.measurer, p) : [p]));
  return {
    elementId: e.id,
    kind: e.type,
    order,
    x: b.x,
    y: b.y,
    rotation: e.type === 'line' ? 0 : e.rotation,
    width: b.width,
    height: b.height,
    prims,
    parts: laid.parts,
    overflow: laid.overflow,
    ...(laid.words ? { words: true as const } : {}),
    ...(laid.hotspots ? { hotspots: laid.hotspots } : {}),
    ...(laid.links?.length ? { links: laid.links } : {}),
    ...(laid.needHeight !== undefined ? { needHeight: laid.needHeight } : {}),
  };
}
