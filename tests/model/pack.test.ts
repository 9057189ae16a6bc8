/**
 * Packs are cut to what the pack schema accepts, so an import that says it worked is still
 * there after a reload (issue 19, item 3): a 620-character licence, a file named `_.svg`,
 * long labels, more than 50 tags and a long id.
 */
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { analysePack } from '../../src/storage/packReader';
import { clipText, normalisePack, PACK_LIMITS, PACK_SCHEMA_VERSION, PackSchema, shortenId, type Pack } from '../../src/model/pack';
import { TINY_PNG } from '../helpers/profiles';

const longId = `a${'b'.repeat(260)}`;
const tags = Array.from({ length: 60 }, (_, i) => `tag${i}`).join(',');
const csv = ['file,label,tags', `_.png,,`, `long.png,${'word '.repeat(80)},"${tags}"`, `${longId}.png,x,`].join('\n');
const files = [
  { path: 'words.csv', bytes: strToU8(csv) },
  { path: 'LICENCE.txt', bytes: strToU8('Licensed to the hub '.repeat(31)) },
  ...['_', 'long', longId].map((stem) => ({ path: `${stem}.png`, bytes: new Uint8Array([1]) })),
];

/** The pack importPack builds from the analysis, before normalising (its pictures stand in). */
function rawPack(): Pack {
  const a = analysePack(files, 'Hostile');
  const symbols = a.entries.map((e) => ({ id: e.id, label: e.label, keywords: e.keywords, category: e.category, mime: 'image/png' as const, data: TINY_PNG, width: 1, height: 1 }));
  return { schemaVersion: PACK_SCHEMA_VERSION, id: 'pack-hostile-1', name: 'Hostile', attribution: a.licence?.text ?? '', enabled: true, symbols };
}

describe('normalisePack', () => {
  it('turns a hostile pack into one the schema accepts (negative control: the raw pack is refused)', () => {
    const raw = rawPack();
    expect(raw.attribution.length).toBeGreaterThan(600);
    expect(PackSchema.safeParse(raw).success).toBe(false);
    const { pack, changed } = normalisePack(raw);
    expect(PackSchema.safeParse(pack).success).toBe(true);
    expect(changed).toBeGreaterThan(0);
    const byLabel = pack.symbols.map((s) => s.label);
    expect(byLabel).toContain('_'); // an empty label is filled in from the file name
    expect(pack.attribution.length).toBeLessThanOrEqual(PACK_LIMITS.attribution);
    expect(pack.attribution.endsWith('…')).toBe(true);
    expect(Math.max(...pack.symbols.map((s) => s.keywords.length))).toBe(50);
    expect(Math.max(...pack.symbols.map((s) => s.id.length))).toBeLessThanOrEqual(PACK_LIMITS.symbolId);
  });

  it('shortens ids deterministically and keeps them apart', () => {
    expect(shortenId(longId, 200)).toBe(shortenId(longId, 200));
    expect(shortenId(longId, 200)).not.toBe(shortenId(`${longId}c`, 200));
    expect(shortenId('short', 200)).toBe('short');
    expect(clipText('one two three', 8)).toBe('one two…');
  });

  it('leaves a valid pack as it is', () => {
    const { pack, changed } = normalisePack(normalisePack(rawPack()).pack);
    expect(changed).toBe(0);
    expect(PackSchema.safeParse(pack).success).toBe(true);
  });
});
