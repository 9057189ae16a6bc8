/**
 * The curated vocabulary in Welsh, Polish and Urdu: every entry points at an English term
 * and says whether a native speaker reviewed it; symbolising sentences of the field in
 * each language finds the pictures the English vocabulary would.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SymbolLibrary } from '../../src/symbols/library';
import { GENERATED_DIR, nodeJsonLoader } from '../../src/symbols/nodeLoader';
import type { VocabularyFile } from '../../src/symbols/vocabulary';
import { wordFormsFor } from '../../src/symbols/wordForms';

let lib: SymbolLibrary;
beforeAll(() => {
  lib = new SymbolLibrary(nodeJsonLoader);
});

const source = (lang: string) => JSON.parse(readFileSync(join(__dirname, '../../symbols/vocabulary', `${lang}.json`), 'utf8'));
const built = (lang: string): VocabularyFile => JSON.parse(readFileSync(join(GENERATED_DIR, 'vocabulary', `${lang}.json`), 'utf8'));

/** Symbolises and returns "word→first symbol id" for each token with a picture. */
async function pictured(lang: string, text: string): Promise<Record<string, string>> {
  const s = await lib.symboliser(lang);
  const out: Record<string, string> = {};
  for (const t of s.symbolise(text, { mode: 'key-words' })) if (t.picture && 'ids' in t.picture) out[t.text.toLowerCase()] = t.picture.ids.join('+') + (t.picture.modifier ? `!${t.picture.modifier}` : '');
  return out;
}

/** The English vocabulary's "solicitor": the Signpost solicitor (was a man in a tuxedo + a briefcase). */
const SOLICITOR = 'solicitor';
/** The English vocabulary's "court": the Signpost court room (was a classical building). */
const COURT = 'court-room';

describe('translated curated vocabulary', () => {
  const english = built('en');
  const englishPictures = new Map(english.terms.map((t) => [t.term, t.pictures]));

  for (const lang of ['cy', 'pl', 'ur']) {
    it(`${lang}: every entry translates an English term, says whether it was reviewed, and covers most of the vocabulary`, () => {
      const src = source(lang);
      expect(src.translates).toBe('en');
      for (const [term, en, reviewed] of src.terms as [string, string, boolean][]) {
        expect(typeof reviewed, term).toBe('boolean');
        expect(englishPictures.has(en.toLowerCase()), `${term} → ${en}`).toBe(true);
      }
      const file = built(lang);
      // the build carries the source term, the pictures and the review flag through
      for (const t of file.terms) {
        expect(t.reviewed).toBe(false); // nobody has reviewed them yet: see the source file
        expect(t.pictures).toEqual(expect.arrayContaining(englishPictures.get(t.source!)!.slice(0, 1)));
      }
      const covered = new Set(file.terms.map((t) => t.source));
      // nearly every English term and sense has a translation (unreviewed); room for terms added since
      expect(covered.size / english.terms.length).toBeGreaterThan(0.9);
    });
  }

  it('symbolises a Welsh bail condition, undoing mutations (gyfreithiwr → cyfreithiwr, ddydd Llun → dydd Llun)', async () => {
    const p = await pictured('cy', "Rhaid i ti fod gartref erbyn saith o'r gloch. Mae dy gyfreithiwr yn y llys ddydd Llun. Paid â mynd i'r parc.");
    expect(p['gyfreithiwr']).toBe(SOLICITOR);
    expect(p['llys']).toBe(COURT);
    expect(p['gartref']).toBe('1F3E0'); // home
    expect(p['ddydd llun']).toBeDefined(); // Monday
    // seven o'clock, drawn as a clock; the evening is not yet inferred from Welsh words around it
    expect(p["saith o'r gloch"]).toBe('clock:07:00');
    // "don't" shows nothing: the not-mark is on what is forbidden, going and the park (issue 12),
    // never a crossed-out hand, which would say the opposite (issue 18 item 8)
    expect(p['paid']).toBeUndefined();
    expect(p['mynd']).toBe('1F6B6!not');
    expect(p['parc']).toBe('1F3DE!not');
    // and nothing outside the prohibition is crossed out
    expect(Object.entries(p).filter(([, v]) => v.endsWith('!not')).map(([k]) => k).sort()).toEqual(['mynd', 'parc']);
    // every word has a key, even one no word-form rule knows ("â" had none, and choices for it were lost)
    for (const t of (await lib.symboliser('cy')).symbolise('Paid â siarad â Tyler.')) expect(typeof t.key, t.text).toBe('string');
    expect(wordFormsFor('cy').candidates('nghar')).toContain('car');
    expect(wordFormsFor('cy').candidates('fam')).toContain('mam');
  });

  it('symbolises a Polish bail condition, matching inflected words by stem (sądzie → sąd, rowerem → rower)', async () => {
    const p = await pictured('pl', 'Musisz być w domu po 19:00. Twój adwokat spotka się z tobą w sądzie w poniedziałek. Nie wolno ci jeździć rowerem.');
    expect(p['w domu']).toBe('1F3E0');
    expect(p['sądzie']).toBe(COURT);
    expect(p['adwokat']).toBe(SOLICITOR);
    // "you must not ride a bike": the bike is crossed out, "nie wolno ci" itself shows nothing
    expect(p['rowerem']).toBe('1F6B2!not');
    expect(p['nie wolno ci']).toBeUndefined();
    expect(p['sądzie']).not.toContain('!not');
    expect(p['musisz']).toBeDefined();
  });

  it('crosses out what an Urdu rule forbids, before its verb, and leaves the rest plain', async () => {
    // you may not go to the park after seven in the evening; don't drink alcohol; don't skip school
    const p = await pictured('ur', 'تم شام سات بجے کے بعد پارک میں نہیں جا سکتے۔ شراب مت پیو۔ اسکول مت چھوڑو۔');
    expect(p['پارک']).toBe('1F3DE!not');
    expect(p['شراب']).toBe('1F37A!not');
    expect(p['clock']).toBeUndefined();
    expect(Object.values(p)).toContain('clock:19:00'); // the time is not forbidden
    // not skipping school is going to school: no mark
    expect(p['اسکول']).toBe('1F3EB');
  });

  it('crosses out every item of a list a rule forbids, in Urdu (before the verb) and Welsh', async () => {
    // you cannot bring knives, lighters or alcohol
    const ur = await pictured('ur', 'تم چاقو، لائٹر یا شراب نہیں لا سکتے۔');
    expect(ur['چاقو']).toBe('1F52A!not');
    expect(ur['شراب']).toBe('1F37A!not');
    // don't bring knives, lighters or energy drinks into the building
    const cy = await pictured('cy', "Paid â dod â chyllyll, tanwyr na diodydd egni i'r adeilad.");
    expect(cy['diodydd egni']).toBe('1F9C3!not'); // energy drinks, one phrase: the English term's can
  });

  it('symbolises an Urdu bail condition, with imperatives and grammar words left alone', async () => {
    const p = await pictured('ur', 'تم شام سات بجے کے بعد گھر پر رہو۔ پیر کو عدالت جاؤ۔ اپنے وکیل سے ملو۔');
    expect(p['گھر']).toBe('1F3E0');
    expect(p['عدالت']).toBe(COURT);
    expect(p['وکیل']).toBe(SOLICITOR);
    expect(Object.values(p)).toContain('clock:19:00'); // شام سات بجے: seven in the evening
    expect(p['ملو']).toBe('1F91D'); // meet: handshake
    expect(p['سے']).toBeUndefined(); // "from", not a picture
  });

  it('gives a language without a translated vocabulary no English pictures for its words', async () => {
    const s = await lib.symboliser('so'); // Somali: symbol names from CLDR, no curated vocabulary
    const tokens = s.symbolise('police court home', { mode: 'every-word' });
    expect(tokens.filter((t) => t.picture).length).toBeLessThan(3);
  });
});
