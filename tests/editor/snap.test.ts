import { describe, expect, it } from 'vitest';
import { snapMove } from '../../src/editor/snap';

const page = { width: 210, height: 297 };

describe('snapMove', () => {
  it("snaps a box's edge to another element's edge and shows a guide", () => {
    const r = snapMove({ x: 0, y: 100, width: 20, height: 20 }, 48, 0, { others: [{ x: 70, y: 10, width: 30, height: 30 }], page, grid: 0, threshold: 3 });
    expect(r.dx).toBe(50); // right edge 68 → 70
    expect(r.guides).toContainEqual({ dir: 'v', pos: 70 });
  });

  it('snaps centres to the page centre', () => {
    const r = snapMove({ x: 0, y: 0, width: 40, height: 40 }, 84, 0, { others: [], page, grid: 0, threshold: 2 });
    expect(r.dx).toBe(85);
    expect(r.guides).toContainEqual({ dir: 'v', pos: 105 });
  });

  it('falls back to the grid, and leaves far moves alone without one', () => {
    expect(snapMove({ x: 0, y: 0, width: 10, height: 10 }, 12, 31, { others: [], page, grid: 5, threshold: 1 })).toMatchObject({ dx: 10, dy: 30 });
    expect(snapMove({ x: 0, y: 0, width: 10, height: 10 }, 12, 31, { others: [], page, grid: 0, threshold: 1 })).toMatchObject({ dx: 12, dy: 31 });
  });
});
