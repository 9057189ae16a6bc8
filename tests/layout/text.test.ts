import { beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TextMeasurer, type FontMetricsFile } from '../../src/layout/fontMetrics';
import { breakLines } from '../../src/layout/text';
import { layoutElement } from '../../src/layout/layout';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { createSymbolCard } from '../../src/model/factory';
import type { TextPrim } from '../../src/layout/scene';
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

  // a card's caption: shrinks before it wraps, never below the minimum, and says when it cannot fit
  const caption = (text: string, widthMm: number) => {
    const card = { ...createSymbolCard({ set: 'openmoji', id: '1F46E' }, text, 0, 0), width: widthMm, height: widthMm };
    const item = layoutElement(card, DEFAULT_STYLE, { measurer: m, drawing: () => undefined, attribution: () => undefined });
    return { lines: item.prims.filter((p): p is TextPrim => p.t === 'text'), overflow: item.overflow };
  };

  it('shrinks a caption before wrapping it, down to the minimum', () => {
    // a card just too narrow for "appointment" at the usual size (2 mm padding each side)
    const inner = m.width('appointment', 'atkinson', DEFAULT_STYLE.captionSize) - 4;
    const r = caption('appointment', inner / (72 / 25.4) + 4);
    expect(r.lines.map((l) => l.text)).toEqual(['appointment']);
    expect(r.lines[0].size).toBeLessThan(DEFAULT_STYLE.captionSize);
    expect(r.lines[0].size).toBeGreaterThanOrEqual(DEFAULT_STYLE.minTextSize);
    expect(r.overflow).toBe(false);
  });

  it('reports overflow instead of spilling silently', () => {
    const r = caption('This sentence is far too long to fit in a tiny box at any size we allow', 30);
    expect(r.lines[0].size).toBe(DEFAULT_STYLE.minTextSize);
    expect(r.overflow).toBe(true);
  });
});
