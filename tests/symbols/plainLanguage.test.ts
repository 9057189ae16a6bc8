import { beforeAll, describe, expect, it } from 'vitest';
import { applyFix, PlainLanguageChecker, syllables, type PlainRules } from '../../src/symbols/plainLanguage';
import { nodeJsonLoader } from '../../src/symbols/nodeLoader';

let c: PlainLanguageChecker;
let data: PlainRules;
beforeAll(async () => {
  data = await nodeJsonLoader<PlainRules>('plain-language/en.json');
  c = new PlainLanguageChecker(data);
});
const rules = (text: string) => c.check(text).map((f) => f.rule);

describe('plain-language check', () => {
  it('flags sentences over 15 words and says how long they are', () => {
    const long = 'You will need to go to the youth offending team office every single week on a Tuesday afternoon.';
    const f = c.check(long).find((x) => x.rule === 'long-sentence')!;
    expect(f.detail).toBe('18');
    expect(rules('You go to the office on Tuesday.')).not.toContain('long-sentence');
  });

  it('flags more than one idea in a sentence', () => {
    expect(rules('You must stay at home and you must not phone him, because the court said so.')).toContain('many-ideas');
    expect(rules('You must stay at home.')).not.toContain('many-ideas');
  });

  it('finds the passive voice, with or without an adverb', () => {
    const found = c.check('You were arrested on Monday. The form was quickly signed. You need to sign.').filter((f) => f.rule === 'passive');
    expect(found.map((f) => f.match)).toEqual(['were arrested', 'was quickly signed']);
  });

  it('finds long words, but not ones the glossary already explains', () => {
    const found = c.check('The psychologist will discuss the intervention.').filter((f) => f.rule === 'long-word');
    expect(found.map((f) => f.match)).toEqual(['psychologist']);
    expect(syllables('cat')).toBe(1);
    expect(syllables('understanding')).toBe(4);
  });

  it('suggests saying what to do instead of what not to do', () => {
    expect(c.check('Do not go to the park. Never phone him.').filter((f) => f.rule === 'negative').map((f) => f.match)).toEqual(['Do not', 'Never']);
  });

  it('leaves "must not" alone: bail conditions need it (issue 18 item 8)', () => {
    const negatives = (text: string) => c.check(text).filter((f) => f.rule === 'negative').map((f) => f.match);
    expect(negatives('You must not go to the park.')).toEqual([]);
    expect(negatives('You mustn’t phone him.')).toEqual([]);
    // "not" elsewhere in the same sentence is still flagged
    expect(negatives('You must not go out if you are not with your carer.')).toEqual(['not']);
  });

  it('flags bail, curfew and arrest as words to explain, once each, with what they mean (issue 18 item 8)', () => {
    const text = 'Your bail has a curfew. If you break your bail, the police can arrest you.';
    const explain = c.check(text).filter((f) => f.rule === 'explain');
    expect(explain.map((f) => f.match)).toEqual(['bail', 'curfew', 'arrest']);
    expect(explain[1].detail).toBe('a time when you must be at home');
    expect(explain[0].replacement).toBeUndefined(); // the word stays: it is explained, not replaced
    expect(c.check('You go home at 8.').filter((f) => f.rule === 'explain')).toEqual([]);
    for (const x of data.explain ?? []) expect(data.sources[x[2]]).toBeTruthy();
  });

  it('offers plainer words from the glossary, with a one-click fix that keeps the capital', () => {
    const text = 'Breach of your bail means you could be remanded in custody. The case was adjourned.';
    const jargon = c.check(text).filter((f) => f.rule === 'jargon');
    expect(jargon.map((f) => f.match)).toEqual(['Breach', 'remanded in custody', 'adjourned']);
    expect(applyFix(text, jargon[0])).toMatch(/^Breaking the rules of your bail/);
    expect(applyFix(text, jargon[1])).toContain('could be kept in a secure place until court.');
  });

  it('has a source for every rule and every glossary entry', () => {
    for (const r of data.rules) expect(data.sources[r.source]).toBeTruthy();
    for (const g of data.glossary) expect(data.sources[g[2]]).toBeTruthy();
    expect(c.check('Breach.')[0].source).toContain('Advocate');
  });

  it('checks only sentence length in another language, with Urdu sentences ending at ۔', () => {
    const short = 'تم گھر پر رہو۔ پیر کو عدالت جاؤ۔';
    expect(c.check(short, ['long-sentence'])).toEqual([]);
    const long = 'تم شام سات بجے کے بعد گھر پر رہو اور کسی سے بھی رابطہ نہ کرو جب تک تمہارا وکیل تمہیں نہ بتائے کہ عدالت نے کیا فیصلہ کیا ہے۔ پیر کو عدالت جاؤ۔';
    const found = c.check(long, ['long-sentence']);
    expect(found.map((f) => f.rule)).toEqual(['long-sentence']);
    expect(found[0].match.endsWith('ہے۔')).toBe(true); // the first sentence only
    // an English rule never fires on it, even where an English word would
    expect(c.check('Pedwar heddlu, not allowed.', ['long-sentence'])).toEqual([]);
  });
});

