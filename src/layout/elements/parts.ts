/** Building an element's reading parts alongside its primitives. */
import type { Prim, ScenePart } from '../scene';
import type { LaidOut } from './types';

/** Collects primitives and the parts they belong to, in reading order. */
export class PartsBuilder {
  readonly prims: Prim[] = [];
  readonly parts: ScenePart[] = [];

  /** Adds primitives as one new part (or as decoration when `part` is null). */
  add(part: ScenePart | null, prims: Prim[]): this {
    if (part === null) {
      this.prims.push(...prims);
      return this;
    }
    const i = this.parts.push(part) - 1;
    for (const p of prims) this.prims.push({ ...p, part: i });
    return this;
  }

  /** Adds another laid-out thing's primitives and parts (moved by dx, dy), its parts in `group`. */
  merge(laid: Pick<LaidOut, 'prims' | 'parts'>, dx = 0, dy = 0, group?: number): this {
    const base = this.parts.length;
    this.parts.push(...laid.parts.map((p) => (group === undefined ? p : { ...p, group })));
    for (const p of shiftPrims(laid.prims, dx, dy)) this.prims.push(p.part === undefined ? p : { ...p, part: p.part + base });
    return this;
  }
}

/** Primitives moved by (dx, dy). */
export function shiftPrims(prims: Prim[], dx: number, dy: number): Prim[] {
  if (!dx && !dy) return prims;
  return prims.map((p) => {
    if (p.t === 'line' || p.t === 'poly') return { ...p, points: p.points.map((v, i) => v + (i % 2 === 0 ? dx : dy)) };
    // a placed line's runs move with it
    if (p.t === 'text' && p.runs) return { ...p, x: p.x + dx, y: p.y + dy, runs: p.runs.map((r) => ({ ...r, x: r.x + dx })) };
    return { ...p, x: p.x + dx, y: p.y + dy };
  });
}
