/**
 * The canvas draws each run of a line where layout placed it (issue 15), in its own font and
 * direction, without splitting the line or measuring it: runs pulled apart by hand in the
 * Scene come out apart on the canvas, with nothing drawn between them.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createServices, type Services } from '../../src/ui/services';
import { drawText } from '../../src/canvas/draw';
import { withRuns } from '../../src/layout/runs';
import { fontForText } from '../../src/layout/fontMetrics';
import type { TextPrim } from '../../src/layout/scene';

let services: Services;
beforeAll(async () => {
  services = await createServices(`canvas-runs-${crypto.randomUUID()}`);
});

const GAP = 60;

/** Which columns of a 700 × 100 canvas have ink after drawing `line`. */
function inkColumns(line: TextPrim): boolean[] {
  const c = document.createElement('canvas');
  c.width = 700;
  c.height = 100;
  const ctx = c.getContext('2d')!;
  drawText(ctx, line);
  const { data } = ctx.getImageData(0, 0, c.width, c.height);
  const cols = new Array<boolean>(c.width).fill(false);
  for (let i = 3; i < data.length; i += 4) if (data[i] > 40) cols[((i - 3) / 4) % c.width] = true;
  return cols;
}

const anyInk = (cols: boolean[], from: number, to: number) => cols.slice(Math.max(0, Math.round(from)), Math.round(to)).some(Boolean);

describe('canvas text runs', () => {
  it('draws each run at the x layout gave it, nothing between', () => {
    const text = 'آپ کو Friday کو 5 بجے';
    const line = withRuns(services.measurer, { t: 'text', x: 20, y: 60, text, font: fontForText(text, 'atkinson'), size: 24, color: '#000000' });
    expect(line.runs!.filter((r) => r.text.trim()).length).toBeGreaterThanOrEqual(4);
    // GAP points more before each run than before the last
    const moved: TextPrim = { ...line, runs: line.runs!.map((r, i) => ({ ...r, x: r.x + GAP * i })) };
    const drawn = moved.runs!.filter((r) => r.text.trim());
    const cols = inkColumns(moved);
    for (const r of drawn) expect(anyInk(cols, r.x + 2, r.x + r.w - 2)).toBe(true);
    // the gaps (less a few points either side, where Naskh's letters may reach past their advance)
    const gaps = moved.runs!.slice(1).map((r) => [r.x - GAP + 4, r.x - 4]);
    for (const [from, to] of gaps) expect(anyInk(cols, from, to)).toBe(false);
    // the check can fail: drawn edge to edge from the line's x (as a canvas that measured the
    // runs itself would draw them), the runs ink those gaps
    const unmoved = inkColumns(line);
    expect(gaps.filter(([from, to]) => anyInk(unmoved, from, to)).length).toBeGreaterThan(0);
  });
});
