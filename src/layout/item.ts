/** One element laid out through its kind's layout, as an item of the Scene. */
import { elementBoundsPt } from './units';
import type { LayoutStyle } from './style';
import type { LayoutDeps } from './deps';
import { layoutOf } from './elements';
import type { Prim, SceneItem } from './scene';
import { withRuns } from './runs';
import type { Asset, Element } from '../model/schema';

/** Lays out one element through its kind's layout; image elements find their pictures in `assets`. */
export function layoutElement(e: Element, style: LayoutStyle, deps: LayoutDeps, assets: Readonly<Record<string, Asset>> = {}, order = 0): SceneItem {
  const b = elementBoundsPt(e);
  const laid = layoutOf(e).layout(e, b.width, b.height, { style, deps, assets });
  // each line that needs it is placed run by run here, once, for every renderer
  const prims = laid.prims.map((p): Prim => (p.t === 'text' ? withRuns(deps.measurer, p) : p));
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
