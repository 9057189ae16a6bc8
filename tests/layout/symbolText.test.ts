import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { layoutElement } from '../../src/layout/layout';
import { rowPicture } from '../../src/layout/symbolText';
import { DEFAULT_STYLE } from '../../src/layout/style';
import { createDocument, createSymbolText } from '../../src/model/factory';
import { exportPdf } from '../../src/pdf/exportPdf';
import type { SymbolText } from '../../src/model/schema';
import type { Prim, TextPrim } from '../../src/layout/scene';
import { pdfText, qpdfCheck } from '../helpers/pdfTools';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const TEXT = 'You must be at home by 7pm. You must not go to the park. Your worker will meet you on Monday.';
const texts = (prims: Prim[]) => prims.filter((p): p is TextPrim => p.t === 'text' && !p.inPicture);

async function laid(e: SymbolText) {
  await s.scene({ ...createDocument('t'), pages: [{ id: 'p', elements: [e] }] });
  return layoutElement(e, DEFAULT_STYLE, s.deps);
}

describe('symbolised text', () => {
  it('puts a picture above each key word and wraps like text', async () => {
    const e = { ...createSymbolText(TEXT, 10, 10, 'above'), width: 120, height: 200 };
    const item = await laid(e);
    const words = texts(item.prims);
    expect(words.map((w) => w.text).join(' ')).toBe(TEXT);
    const lines = new Set(words.map((w) => Math.round(w.y)));
    expect(lines.size).toBeGreaterThan(2); // it wrapped
    for (const w of words) expect(w.x + (s.measurer.width(w.text, w.font, w.size)) <= item.width + 0.5).toBe(true);
    // each picture sits above a word, never beside the text line
    const pics = item.prims.filter((p) => p.t === 'symbol');
    expect(pics.length).toBeGreaterThanOrEqual(7); // home, 7pm, go, park, worker, meet, Monday
    expect(item.overflow).toBe(false);
    // "must not" is one token; the red bar is over what it forbids
    expect(words.some((w) => w.text === 'must not')).toBe(true);
    expect(item.prims.some((p) => p.t === 'line' && p.color === '#d32f2f')).toBe(true);
  });

  it('lays Easy Read out as one row per sentence, a picture on the left', async () => {
    const e = { ...createSymbolText(TEXT, 10, 10, 'easy-read'), width: 170, height: 200 };
    const item = await laid(e);
    const lines = texts(item.prims);
    expect(lines.map((l) => l.text)).toEqual(['You must be at home by 7pm.', 'You must not go to the park.', 'Your worker will meet you on Monday.']);
    const pics = item.prims.filter((p): p is Extract<Prim, { t: 'symbol' }> => p.t === 'symbol');
    expect(Math.max(...pics.map((p) => p.x + p.w))).toBeLessThan(Math.min(...lines.map((l) => l.x)));
  });

  it('uses a choice made in the document, or no picture', async () => {
    const base = createSymbolText('Go to the park', 0, 0, 'above');
    const chosen = await laid({ ...base, choices: { park: { set: 'openmoji', ids: ['1F333'] } } });
    expect(chosen.prims.some((p) => p.t === 'symbol' && p.key.startsWith('openmoji/1F333/'))).toBe(true);
    const none = await laid({ ...base, choices: { park: null, go: null } });
    expect(none.prims.filter((p) => p.t === 'symbol')).toHaveLength(0);
  });

  it('marks overflow when the box is too small', async () => {
    const item = await laid({ ...createSymbolText(TEXT, 0, 0, 'above'), width: 60, height: 30 });
    expect(item.overflow).toBe(true);
  });

  it('prints, with the sentences extractable in order', async () => {
    const doc = { ...createDocument('Bail'), pages: [{ id: 'p', elements: [{ ...createSymbolText(TEXT, 12, 12, 'easy-read'), width: 180, height: 120 }] }] };
    const scene = await s.scene(doc);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    qpdfCheck(pdf);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    expect(text.indexOf('home by 7pm')).toBeLessThan(text.indexOf('not go to the park'));
  });
});

describe('Easy Read rows', () => {
  const BAIL =
    "You have been given bail. You must stay inside from 9 o'clock at night until 6 o'clock in the morning. You must not go to Hilltop Park. You must not contact Tyler in any way, not even online. You must go to Riverside police station every Friday at 5 o'clock and sign the book.";
  const MM = 72 / 25.4;

  it('picture what the rule says: the forbidden thing crossed out, the times of a curfew', async () => {
    const e = { ...createSymbolText(BAIL, 12, 12, 'easy-read'), width: 186 * MM, height: 260 * MM };
    const item = await laid(e);
    const rows = texts(item.prims).map((l) => l.text);
    expect(rows.join(' ')).toContain('You must not go to Hilltop Park.');
    const notBars = item.prims.filter((p) => p.t === 'line' && p.color === '#d32f2f');
    expect(notBars).toHaveLength(2); // the park, and contacting Tyler
    const sym = (id: string) => item.prims.filter((p): p is Extract<Prim, { t: 'symbol' }> => p.t === 'symbol' && p.key.includes(id));
    const park = sym('1F3DE')[0];
    const bar = notBars[0] as Extract<Prim, { t: 'line' }>;
    // the bar crosses the park
    expect(Math.min(bar.points[1], bar.points[3])).toBeLessThan(park.y + park.h);
    expect(Math.max(bar.points[1], bar.points[3])).toBeGreaterThan(park.y);
    // the curfew row shows two clocks (drawn as circles) and no not-mark
    expect(item.prims.filter((p) => p.t === 'ellipse').length).toBeGreaterThanOrEqual(3);
    // every picture is one the library has: a row whose words picture from two sets ("contact"
    // from OpenMoji, "online" from Signpost symbols) printed a dashed placeholder
    expect(item.prims.filter((p) => p.t === 'symbol' && !p.drawing).map((p) => (p as { key: string }).key)).toEqual([]);
  });

  it('pictures a rule of time by where it is about, then its day and its times', async () => {
    await laid({ ...createSymbolText('x', 12, 12, 'easy-read') });
    const row = (text: string) => {
      const pic = rowPicture(s.deps.symboliser!.symbolise(text, { mode: 'key-words' }));
      return pic && 'ids' in pic ? pic.ids : [];
    };
    // the place said first, not the last word ("book", "morning": the clocks show day and night)
    expect(row('You must go to Riverside police station every Friday at 5 o\'clock and sign the book.')).toEqual(['police-station', 'weekday:fri', expect.stringMatching(/^clock:(05|17):00$/)]);
    expect(row("You must stay inside from 9 o'clock at night until 6 o'clock in the morning.")).toEqual(['1F3E0', 'clock:21:00', 'clock:06:00']);
    expect(row("You must be at the youth court on Wednesday 3 June at 10 o'clock.")).toEqual(['youth-court', expect.stringMatching(/^(weekday:wed|date:06-03)$/), 'clock:10:00']);
    // a time denied beside one said is a contrast: the row shows the rule, not the crossed-out time
    const curfew = rowPicture(s.deps.symboliser!.symbolise('Your curfew is now 9 pm, not 7 pm.', { mode: 'key-words' }));
    expect(curfew && 'ids' in curfew ? curfew : null).toMatchObject({ ids: ['curfew', 'clock:21:00'] });
    expect(curfew).not.toHaveProperty('modifier', 'not');
  });

  it('pictures a rule of "if …, …" by what then happens, not by who does it or where it ends', async () => {
    await laid({ ...createSymbolText('x', 12, 12, 'easy-read') });
    const row = (text: string) => {
      const pic = rowPicture(s.deps.symboliser!.symbolise(text, { mode: 'key-words' }), text);
      return pic && 'ids' in pic ? pic.ids : [];
    };
    expect(row('If you break a rule, the police can arrest you and take you back to court.')).toEqual(['arrest']);
    expect(row('If you miss your curfew, the police may arrest you.')).toEqual(['arrest']);
    // without "if", the sentence's last specific word, as before
    expect(row('The police can take you back to court.')).toEqual(['court-room']);
    // a condition said last is not the sentence's idea: the court date, not "keep to the rules"
    expect(row('Bail means you can wait at home until your court date, if you keep to the rules.')).toEqual(['court-date']);
  });

  it('draws pictures at least 25 mm on A4, each part of a combined picture at least 12 mm', async () => {
    const e = { ...createSymbolText(BAIL, 12, 12, 'easy-read'), width: 186 * MM, height: 260 * MM };
    const item = await laid(e);
    const pics = item.prims.filter((p): p is Extract<Prim, { t: 'symbol' }> => p.t === 'symbol');
    const single = pics.filter((p) => p.key.includes('1F3DE'));
    expect(single[0].h).toBeGreaterThanOrEqual(25 * MM);
    // every part; the small sun or moon on a clock's rim is a badge of the clock, not a part
    const badge = (p: (typeof pics)[number]) => /\/(2600|1F319)\//.test(p.key) && p.h < 8 * MM;
    for (const p of pics.filter((x) => !badge(x))) expect(p.h).toBeGreaterThanOrEqual(12 * MM - 0.01);
  });
});
