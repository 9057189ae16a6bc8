import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextMeasurer, type FontMetricsFile } from '../../src/layout/fontMetrics';
import { breakLines, fitText } from '../../src/layout/text';
import { GENERATED_DIR } from '../../src/symbols/nodeLoader';

let m: TextMeasurer;
beforeAll(async () => {
  m = new TextMeasurer(JSON.parse(await readFile(join(GENERATED_DIR, 'fonts/metrics.json'), 'utf8')) as FontMetricsFile);
});

describe('text layout', () => {
  it('measures with the real advance widths', () => {
    // wider glyphs measure wider; size scales linearly
    expect(m.width('WWW', 'atkinson', 10)).toBeGreaterThan(m.width('iii', 'atkinson', 10));
    expect(m.width('Hello', 'atkinson', 20)).toBeCloseTo(2 * m.width('Hello', 'atkinson', 10), 6);
    expect(m.width('Hello', 'lexend', 10)).not.toBeCloseTo(m.width('Hello', 'opendyslexic', 10), 1);
    // Welsh and Polish letters have their own metrics, not the fallback
    expect(m.metrics('atkinson').advances[0x175]).toBeDefined();
  });

  it('breaks lines at spaces within the width', () => {
    const lines = breakLines(m, 'You must be home by seven o clock every night', 'atkinson', 16, 120);
    expect(lines.length).toBeGreaterThan(2);
    for (const l of lines) expect(m.width(l, 'atkinson', 16)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('You must be home by seven o clock every night');
  });

  it('shrinks a caption before wrapping it, down to the minimum', () => {
    const w = m.width('appointment', 'atkinson', 16) - 5;
    const f = fitText(m, 'appointment', 'atkinson', 16, 12, w, 40, 1.2);
    expect(f.size).toBeLessThan(16);
    expect(f.lines).toEqual(['appointment']);
    expect(f.overflow).toBe(false);
  });

  it('reports overflow instead of spilling silently', () => {
    const f = fitText(m, 'This sentence is far too long to fit in a tiny box at any size we allow', 'atkinson', 16, 14, 60, 20, 1.2);
    expect(f.size).toBe(14);
    expect(f.overflow).toBe(true);
  });
});
