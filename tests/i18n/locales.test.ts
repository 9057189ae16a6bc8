/**
 * Every interface language is complete: the same keys as English (with the plural forms
 * that language needs), the same {{placeholders}}, nothing empty, and a note that the
 * translation still needs a native speaker's review.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentText, readerWords, UI_LANGUAGES } from '../../src/i18n';
import reader from '../../src/i18n/reader.json';

const dir = join(__dirname, '../../src/i18n/locales');
type Tree = { [k: string]: string | Tree };
const load = (code: string): Tree => JSON.parse(readFileSync(join(dir, `${code}.json`), 'utf8'));

function flatten(t: Tree, prefix = '', out = new Map<string, string>()): Map<string, string> {
  for (const [k, v] of Object.entries(t)) {
    if (!prefix && k === '_meta') continue;
    if (typeof v === 'string') out.set(prefix + k, v);
    else flatten(v, `${prefix}${k}.`, out);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = flatten(load('en'));
const enBase = new Set([...en.keys()].map((k) => k.replace(PLURAL, '')));
const enPlural = new Set([...en.keys()].filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')));

describe('interface languages', () => {
  it('has a locale file for each language in the switch, and no other', () => {
    const files = readdirSync(dir).map((f) => f.replace(/\.json$/, '')).sort();
    expect(files).toEqual(UI_LANGUAGES.map((l) => l.code).sort());
  });

  for (const { code } of UI_LANGUAGES.filter((l) => l.code !== 'en')) {
    describe(code, () => {
      const raw = load(code);
      const strings = flatten(raw);
      const categories = new Intl.PluralRules(code).resolvedOptions().pluralCategories;

      it('is marked for native-speaker review', () => {
        expect(String((raw._meta as Tree | undefined)?.review ?? '')).toMatch(/native-speaker review/);
      });

      it('has every English string, with every plural form the language needs', () => {
        const missing: string[] = [];
        for (const base of enBase) {
          if (enPlural.has(base)) {
            for (const c of categories) if (!strings.has(`${base}_${c}`)) missing.push(`${base}_${c}`);
          } else if (!strings.has(base)) missing.push(base);
        }
        expect(missing).toEqual([]);
      });

      it('has no string English does not have', () => {
        const extra = [...strings.keys()].filter((k) => !enBase.has(k.replace(PLURAL, '')) && !en.has(k));
        expect(extra).toEqual([]);
      });

      it('keeps every placeholder and leaves nothing empty', () => {
        const wrong: string[] = [];
        for (const [k, v] of strings) {
          if (!v.trim()) wrong.push(`${k}: empty`);
          const base = k.replace(PLURAL, '');
          const source = en.get(k) ?? en.get(`${base}_other`) ?? en.get(base);
          if (source === undefined) continue;
          // a zero form may leave out the count ("nothing to look at")
          const want = placeholders(source).filter((p) => !(k.endsWith('_zero') && p === 'count'));
          const have = placeholders(v).filter((p) => !(k.endsWith('_zero') && p === 'count'));
          if (want.join() !== have.join()) wrong.push(`${k}: ${have.join()} ≠ ${want.join()}`);
        }
        expect(wrong).toEqual([]);
      });
    });
  }

  it('writes placeholder content in the document’s language, not the interface’s', () => {
    expect(contentText('newSymbolText', 'en-GB')).toBe('I go to school on the bus.');
    expect(contentText('newSymbolText', 'cy')).toMatch(/ysgol/);
    expect(contentText('newSymbolText', 'pl-PL')).toMatch(/szkoły/);
    expect(contentText('newText', 'ur')).toBe('یہاں لکھیں');
    expect(contentText('newText', 'so')).toBe('Type here'); // no Somali yet: English
  });

  it('says what an export says to its reader in the document’s language, every string in every language, placeholders kept', async () => {
    const langs = Object.keys(reader).filter((k) => !k.startsWith('_')) as ('en' | 'cy' | 'pl' | 'ur' | 'ar')[];
    expect(langs).toEqual(['en', 'cy', 'pl', 'ur', 'ar']);
    for (const l of langs) {
      for (const group of ['phone', 'alt'] as const) {
        expect(Object.keys(reader[l][group]).sort(), `${l}.${group}`).toEqual(Object.keys(reader.en[group]).sort());
        for (const [k, v] of Object.entries(reader[l][group] as Record<string, string>)) {
          expect(v.trim(), `${l}.${group}.${k}`).not.toBe('');
          const english = (reader.en[group] as Record<string, string>)[k];
          for (const ph of english.match(/\{\{\w+\}\}/g) ?? []) expect(v, `${l}.${group}.${k}`).toContain(ph);
        }
      }
    }
    expect((await readerWords('ur')).pictures.modifiers.not).toBe('{{name}}: اجازت نہیں');
    expect((await readerWords('cy-GB')).phone.readAll).toBe('Darllen y cyfan i mi');
    expect((await readerWords('so')).phone.readAll).toBe('Read it all to me'); // no Somali yet: English
    expect((await readerWords('constructor')).phone.read).toBe('Read'); // a user's language code is never a lookup into the object
  });
});
