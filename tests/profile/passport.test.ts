/** The communication passport holds what the people it is handed to need (issue 18 item 13). */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { layoutPassport, type PassportLabels } from '../../src/layout/passport';
import { resolveStyle } from '../../src/profile/resolve';
import { exportPdf } from '../../src/pdf/exportPdf';
import { parseProfile, type Profile } from '../../src/model/profile';
import { pdfText, renderPage } from '../helpers/pdfTools';
import { emerging, TINY_PNG } from '../helpers/profiles';

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

const WORDS: [string, string][] = [['my mum', '1F469'], ['home', '1F3E0'], ['my dog', '1F415'], ['school', '1F3EB'], ['football', '26BD'], ['bus', '1F68C'], ['chips', '1F35F'], ['bed', '1F6CF']];

/** A profile filled in as a key worker would. */
function ash(): Profile {
  return parseProfile({
    ...emerging(),
    languages: ['pl', 'en-GB'],
    notes: {
      likes: 'Football, my dog Rex and chips.',
      helpMe: 'Speak slowly. Show me pictures. Give me time to answer.',
      dont: 'Shout, or stand too close.',
      reading: 'Photos of real places help more than drawings.',
      contact: 'Jo Evans, youth justice worker: 01234 567890. Out of hours: the duty team, 01234 000111.',
    },
    avoid: [
      { word: 'police', symbol: null, reason: 'Reminds him of the arrest' },
      { word: 'cell', symbol: null, reason: '' },
    ],
    vocabulary: WORDS.map(([phrase, id]) => ({ phrase, picture: { kind: 'symbol', symbol: { set: 'openmoji', id } } })),
    photos: [{ id: 'face', mime: 'image/png', data: TINY_PNG, width: 1, height: 1 }],
    photoId: 'face',
  });
}

/** The labels the app passes, in English (the Profiles dialog makes them the same way). */
const LABELS: PassportLabels = {
  title: 'Communication passport',
  name: 'My name is Ash',
  likes: 'I like…',
  helpMe: 'Help me by…',
  dont: "Please don't…",
  words: 'My words',
  languages: 'My languages',
  languageNames: 'polski (Polish), British English',
  reading: 'How I read',
  readingText: 'I am starting to read. Use short words and show me pictures. A picture for every word helps me. Black outline pictures work best for me. Photos of real places help more than drawings.',
  avoid: 'Words to avoid',
  contact: 'Who to contact',
  made: 'Made on 1 December 2026',
};

describe('communication passport', () => {
  it('prints languages, how they read, words to avoid, who to contact, the date and the licence line, the words on a second page at 22 pt', async () => {
    const p = ash();
    await s.library.loadAll(WORDS.map(([, id]) => ({ set: 'openmoji', id })), 'black');
    const scene = layoutPassport(p, LABELS, resolveStyle(p), s.deps);
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
    if (process.env.PASSPORT_PNG) writeFileSync(process.env.PASSPORT_PNG, renderPage(pdf, 1, Number(process.env.PASSPORT_DPI ?? 60)));
    // at the profile's 22 pt the notes fill the first page: the words go on a second
    expect(scene.pages).toHaveLength(2);
    for (const page of scene.pages) expect(page.items.every((i) => !i.overflow)).toBe(true);
    const text = pdfText(pdf).replace(/\s+/g, ' ');
    for (const t of ['My languages', 'polski (Polish), British English', 'How I read', 'Words to avoid', 'police, cell', 'Who to contact', 'Made on 1 December 2026', 'OpenMoji', 'CC BY-SA 4.0', 'my mum', 'bed'])
      expect(text).toContain(t);
    // notes that wrap in the narrower columns at 22 pt: text extraction interleaves the two columns, the Scene does not
    const notes = scene.pages.flatMap((pg) => pg.items.flatMap((i) => i.parts.flatMap((pt) => ('text' in pt && pt.text ? [pt.text] : [])))).join(' ');
    for (const t of ['Photos of real places help more than drawings.', 'Jo Evans, youth justice worker: 01234 567890.']) expect(notes).toContain(t);
    // why a word is avoided is the professional's note, not for whoever holds the passport
    expect(text).not.toContain('Reminds him of the arrest');
  });

  it('has a footer with the licence only when pictures are printed (negative control)', () => {
    const p = { ...ash(), vocabulary: [] };
    const scene = layoutPassport(p, LABELS, resolveStyle(p), s.deps);
    const footer = scene.pages[0].footer.map((f) => f.text).join('');
    expect(footer).toContain('Made on 1 December 2026');
    expect(footer).not.toContain('OpenMoji');
  });
});
