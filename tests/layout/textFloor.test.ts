/** A profile's text size is a floor for every text a young person reads (issue 18 item 11). */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { parseDocument } from '../../src/model/validate';
import { createDocument, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { createProfile, type Profile } from '../../src/model/profile';
import { layoutPassport } from '../../src/layout/passport';
import { resolveStyle } from '../../src/profile/resolve';
import { overflowing } from '../../src/layout/overflow';
import type { Scene, TextPrim } from '../../src/layout/scene';
import type { SymbolText } from '../../src/model/schema';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const BIG = 24;
const profile = (): Profile => ({
  ...createProfile('Dee', 'developing'),
  textSize: BIG,
  notes: { likes: 'Football and chips.', helpMe: 'Speak slowly. Show me pictures.', dont: 'Shout.', contact: 'Jo Evans: 01234 567890.' },
  vocabulary: [['home', '1F3E0'], ['school', '1F3EB'], ['bus', '1F68C'], ['bed', '1F6CF']].map(([phrase, id]) => ({ phrase, picture: { kind: 'symbol' as const, symbol: { set: 'openmoji', id } } })),
});
/**
 * Every text prim a young person reads: not the footer's licence line (for adults), nor the
 * letters drawn inside a picture (a calendar page's weekday), which scale with the picture.
 */
const texts = (scene: Scene): TextPrim[] => scene.pages.flatMap((p) => p.items.flatMap((i) => i.prims.filter((x): x is TextPrim => x.t === 'text' && (x.part === undefined || i.parts[x.part]?.role !== 'figure'))));
const template = (slug: string) => parseDocument(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'public', 'templates', `${slug}.json`), 'utf8')));

function headingAndSymbolText() {
  const doc = createDocument('Going to court');
  const heading = { ...createTextBox('Going to court', 12, 12), fontSize: 26, bold: true, width: 186, height: 14 };
  const body: SymbolText = { id: 'st', type: 'symtext', x: 12, y: 30, width: 186, height: 60, rotation: 0, text: 'I will go to court on Monday. My lawyer will meet me there. I must tell the truth.', layout: 'easy-read', fontSize: 16, choices: {} };
  return addElements(doc, doc.pages[0].id, [heading, body]);
}

describe('the profile text size as a floor', () => {
  it.each([
    ['the bail card', () => template('bail-card')],
    ['a heading over symbol text', headingAndSymbolText],
  ])('sets every text of %s at 24 pt or more for a 24 pt profile, headings larger, nothing cut off', async (_, make) => {
    const doc = make();
    const scene = await s.scene(doc, { profile: profile() });
    const all = texts(scene);
    expect(all.length).toBeGreaterThan(3);
    for (const t of all) expect(t.size, `"${t.text}"`).toBeGreaterThanOrEqual(BIG);
    // the heading stays larger than the text under it
    const heading = scene.pages[0].items.find((i) => i.kind === 'text' && i.parts.some((p) => p.role === 'heading'))!;
    expect(Math.min(...heading.prims.flatMap((p) => (p.t === 'text' ? [p.size] : [])))).toBeGreaterThan(BIG);
    expect(overflowing(scene.pages)).toEqual([]);
    // negative control: with no profile the same document has smaller text
    expect(Math.min(...texts(await s.scene(doc)).map((t) => t.size))).toBeLessThan(BIG);
  });

  it('prints the passport at 24 pt or more, the words on a second page when one does not hold them', async () => {
    const p = profile();
    await s.library.loadAll(p.vocabulary.map((v) => (v.picture.kind === 'symbol' ? v.picture.symbol : { set: 'openmoji', id: '' })), 'color');
    const labels = { title: 'Communication passport', name: 'My name is Dee', likes: 'I like…', helpMe: 'Help me by…', dont: "Please don't…", words: 'My words', contact: 'Who to contact' };
    const scene = layoutPassport(p, labels, resolveStyle(p), s.deps);
    for (const t of texts(scene)) expect(t.size, `"${t.text}"`).toBeGreaterThanOrEqual(BIG);
    expect(scene.pages.every((pg) => pg.items.every((i) => !i.overflow))).toBe(true);
    expect(texts(scene).map((t) => t.text)).toEqual(expect.arrayContaining(['home', 'bed']));
  });
});
