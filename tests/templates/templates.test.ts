import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { nodeDeflate, nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { exportPdf } from '../../src/pdf/exportPdf';
import { parseDocument } from '../../src/model/validate';
import { fromTemplate } from '../../src/model/templates';
import { emerging, fluent, highContrast } from '../helpers/profiles';
import { qpdfCheck } from '../helpers/pdfTools';

const DIR = join(import.meta.dirname, '..', '..', 'public', 'templates');
const index: { templates: string[]; languages: string[] } = JSON.parse(readFileSync(join(DIR, 'index.json'), 'utf8'));
/** A template in a language: English at the top level, the others in their own folder. */
const load = (slug: string, lang = 'en-GB') => parseDocument(JSON.parse(readFileSync(join(DIR, lang === 'en-GB' ? '' : lang, `${slug}.json`), 'utf8')));
const everyTemplate = index.languages.flatMap((lang) => index.templates.map((slug) => [lang, slug] as const));

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
});

describe('templates', () => {
  it('has the thirteen templates for the real jobs, Easy Read first', () => {
    expect(index.templates).toEqual([
      'easy-read', 'court-order', 'bail-card', 'police-station', 'what-happens-next', 'my-day', 'now-next',
      'choice-board', 'review-meeting', 'feelings-scale', 'social-story', 'passport', 'moving-home',
    ]);
  });

  it('is written in English, Welsh and Urdu, each template in its language', () => {
    expect(index.languages).toEqual(['en-GB', 'cy', 'ur']);
    for (const [lang, slug] of everyTemplate) expect(load(slug, lang).language).toBe(lang);
    // the translations are translations: no English heading left in them
    expect(load('bail-card', 'cy').title).toBe('Fy amodau mechnïaeth');
    expect(load('bail-card', 'ur').title).toBe('میری ضمانت کی شرائط');
  });

  /**
   * Boxes whose words do not fit since a profile's size is a floor for all text (issue 18 item
   * 11): a Welsh word wider than a card at 22 pt ('nghyfreithiwr'), captions of four lines in a
   * row of three. Export lists them; they are known, so a new one (or a fixed one) fails here.
   */
  const KNOWN_CUT_OFF = new Set(['cy court-order Ash ta', 'cy court-order Ash co', 'cy police-station Ash c16', 'cy review-meeting Cal c2f']);

  it.each(everyTemplate)('%s %s loads, lays out without overflow for three contrasting profiles (but the known ones), and exports', async (lang, slug) => {
    const doc = load(slug, lang);
    const cut = new Set<string>();
    for (const profile of [emerging(), fluent(), highContrast()]) {
      const scene = await s.scene(doc, { profile });
      for (const page of scene.pages) {
        for (const item of page.items) {
          const key = `${lang} ${slug} ${profile.name} ${item.elementId}`;
          if (item.overflow) cut.add(key);
          if (!KNOWN_CUT_OFF.has(key)) expect(item.overflow, `${slug} for ${profile.name}: ${item.elementId} overflows`).toBe(false);
          for (const p of item.prims) if (p.t === 'symbol') expect(p.drawing, `${slug}: ${p.key} missing`).not.toBeNull();
        }
      }
      const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts), deflate: nodeDeflate });
      qpdfCheck(pdf);
    }
    // each known one still does not fit (remove it from the list once it does)
    expect([...KNOWN_CUT_OFF].filter((k) => k.startsWith(`${lang} ${slug} `) && !cut.has(k))).toEqual([]);
  }, 30_000);

  it('fills the Welsh passport from the profile too', () => {
    const p = { ...fluent(), notes: { likes: 'Pêl-droed', helpMe: 'Dangos lluniau', dont: 'Gweiddi' } };
    const texts = fromTemplate(load('passport', 'cy'), p).pages[0].elements.flatMap((e) => (e.type === 'text' ? [e.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['Fy enw i yw Bea', 'Rydw i’n hoffi: Pêl-droed']));
  });

  it('fills the passport from the profile, and starts each document afresh', () => {
    const t = load('passport');
    const p = { ...fluent(), notes: { likes: 'Football', helpMe: 'Show me pictures', dont: 'Shout' } };
    const doc = fromTemplate(t, p);
    expect(doc.id).not.toBe(t.id);
    expect(doc.profileId).toBe(p.id);
    const texts = doc.pages[0].elements.flatMap((e) => (e.type === 'text' ? [e.text] : []));
    expect(texts).toEqual(expect.arrayContaining(['My name is Bea', 'I like: Football', 'Help me by: Show me pictures', 'Please don’t: Shout']));
    expect(JSON.stringify(fromTemplate(t, null))).not.toContain('{name}');
  });
});

describe('template attribution', () => {
  it.each(index.templates)('%s names OpenMoji in its footer', async (slug) => {
    const scene = await s.scene(load(slug));
    expect(scene.pages[0].footer.map((f) => f.text).join(' ')).toContain('OpenMoji');
  });
});
