/**
 * A figure's words on the phone page (a weekday's name on a calendar page) are drawn run by
 * run where layout placed them (issue 15): the page neither guesses a line's direction from
 * its letters nor loses the runs' places.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { bounds, figureSvg, SymbolDefs } from '../../src/phone/svg';
import { withRuns } from '../../src/layout/runs';
import { fontForText } from '../../src/layout/fontMetrics';
import type { TextPrim } from '../../src/layout/scene';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const family = (font: string) => `sp-${font}`;

describe('phone page figures', () => {
  it('draws a mixed line run by run at the runs’ places, each in its font and direction', () => {
    const text = 'Sam کو 7:30 بجے';
    const line = withRuns(s.measurer, { t: 'text', x: 10, y: 40, text, font: fontForText(text, 'atkinson'), size: 20, color: '#000000' });
    // pulled apart by hand, so that places the page worked out itself could not match
    const moved: TextPrim = { ...line, runs: line.runs!.map((r, i) => ({ ...r, x: r.x + 30 * i })) };
    const svg = figureSvg([moved], 'a line', new SymbolDefs(), family, () => 'c0');
    const attr = (attrs: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs)?.[1];
    const texts = [...svg.matchAll(/<text ([^>]*)>([^<]*)<\/text>/g)].map(([, attrs, t]) => ({ x: Number(attr(attrs, 'x')), font: attr(attrs, 'font-family'), rtl: attr(attrs, 'direction') === 'rtl', text: t }));
    const drawn = moved.runs!.filter((r) => r.text.trim());
    expect(texts).toEqual(drawn.map((r) => ({ x: Math.round(r.x * 100) / 100, font: family(r.font), rtl: r.rtl, text: r.text })));
    // the figure's box reaches the right end of the last run
    const last = moved.runs!.at(-1)!;
    expect(bounds([moved]).x + bounds([moved]).w).toBeCloseTo(last.x + last.w, 6);
  });
});
