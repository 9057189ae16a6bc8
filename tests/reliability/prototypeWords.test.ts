/**
 * Words that are also names on Object.prototype must be plain words everywhere: typed as
 * text, used as labels, ids, choice keys and asset ids, in every language with data.
 * ("constructor" once blanked the app for good: `IRREGULAR[w]` returned a function.)
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { parseDocument } from '../../src/model/validate';
import { exportPdf } from '../../src/pdf/exportPdf';
import { lemmaCandidates } from '../../src/symbols/lemma';
import type { SignpostDocument } from '../../src/model/schema';
import { pdfText } from '../helpers/pdfTools';

export const PROTOTYPE_WORDS = ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', '__defineGetter__'];
const LANGUAGES = ['en', 'cy', 'pl', 'ur'];
const sentence = PROTOTYPE_WORDS.map((w) => `The ${w} fixed the roof.`).join(' ');

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

/** A document that uses every prototype word as text, caption, id, choice key and asset id. */
function hostileDoc(language: string): SignpostDocument {
  const doc = { ...createDocument(`constructor ${language}`), language };
  const symtext = { ...createSymbolText(sentence, 10, 10, 'above'), id: 'constructor', width: 180, height: 150 };
  const choices = Object.fromEntries(PROTOTYPE_WORDS.filter((w) => w !== '__proto__').map((w) => [w.toLowerCase(), null]));
  return addElements(doc, doc.pages[0].id, [
    { ...symtext, choices },
    { ...createSymbolText('toString valueOf', 10, 170, 'easy-read'), id: 'toString' },
    { ...createSymbolCard({ set: 'openmoji', id: 'constructor' }, 'constructor', 10, 200), id: 'valueOf' },
    { ...createTextBox('hasOwnProperty __proto__ constructor', 80, 200), id: 'hasOwnProperty' },
    { id: '__proto__x', type: 'image', assetId: 'constructor', x: 140, y: 200, width: 30, height: 30, rotation: 0, crop: 'none' },
  ]);
}

describe('prototype words', () => {
  it('are ordinary words to the English lemmatiser', () => {
    for (const w of PROTOTYPE_WORDS) for (const c of lemmaCandidates(w)) expect(typeof c).toBe('string');
    expect(lemmaCandidates('constructor')[0]).toBe('constructor');
  });

  it.each(LANGUAGES)('symbolise in %s without a picture from Object.prototype', async (lang) => {
    const sym = await s.library.symboliser(lang);
    for (const t of sym.symbolise(sentence, { mode: 'key-words', choices: {} })) {
      if (t.picture) expect('ids' in t.picture ? t.picture.ids.every((id) => typeof id === 'string') : typeof t.picture.photoId === 'string').toBe(true);
      for (const a of t.alternatives) expect(Array.isArray(a.ids)).toBe(true);
    }
  });

  it.each(LANGUAGES)('search in %s', async (lang) => {
    for (const w of PROTOTYPE_WORDS) {
      const found = await s.library.searchInLanguage(w, lang, 10);
      for (const e of found) expect(typeof e.id).toBe('string');
    }
  });

  it.each(LANGUAGES)('a %s document with them as words, labels and ids opens, lays out and prints', async (lang) => {
    const doc = parseDocument(JSON.parse(JSON.stringify(hostileDoc(lang))));
    const scene = await s.scene(doc);
    expect(scene.pages.length).toBeGreaterThan(0);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    const text = await pdfText(pdf);
    expect(text).toContain('constructor');
    expect(text).toContain('hasOwnProperty');
  });
});
