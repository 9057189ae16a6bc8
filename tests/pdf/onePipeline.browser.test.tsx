/**
 * One print pipeline (issue 15): the app and the command line make the same Scene for the same
 * document, an Urdu one (Arabic script measured the same way), and one with a large photo and
 * a pack's SVG picture (made print-ready on each side). Pictures' bytes may differ (a canvas
 * and resvg encode differently); their places, sizes and everything else may not.
 */
import { describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import { createServices, type Services } from '../../src/ui/services';
import { sceneFor } from '../../src/ui/exportClient';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import type { Element, SignpostDocument } from '../../src/model/schema';
import type { Pack } from '../../src/model/pack';
import type { Scene } from '../../src/layout/scene';
import { svgOf } from '../helpers/packs';
import { fluent } from '../helpers/profiles';

declare module 'vitest/browser' {
  interface BrowserCommands {
    cliScene: (docJson: string, profileJson: string | null, packJson: string | null) => Promise<string>;
  }
}

function docOf(title: string, language: string, elements: Element[], assets: SignpostDocument['assets'] = {}): SignpostDocument {
  const d = createDocument(title);
  return { ...d, language, assets, pages: [{ ...d.pages[0], elements }] };
}

/** A 3000 × 2000 JPEG: far more than 300 dpi at 60 mm, so both sides downscale it. */
async function bigPhoto(): Promise<{ data: string; width: number; height: number }> {
  const c = document.createElement('canvas');
  c.width = 3000;
  c.height = 2000;
  const g = c.getContext('2d')!;
  g.fillStyle = '#2a7ab0';
  g.fillRect(0, 0, 3000, 2000);
  g.fillStyle = '#f5c542';
  g.fillRect(600, 400, 1800, 1200);
  const url = c.toDataURL('image/jpeg', 0.9);
  return { data: url.slice(url.indexOf(',') + 1), width: 3000, height: 2000 };
}

const PACK: Pack = {
  schemaVersion: 1,
  id: 'pack-test',
  name: 'Test pack',
  attribution: 'Test pack, CC BY 4.0',
  enabled: true,
  symbols: [{ id: 'circle', label: 'circle', keywords: [], category: '', mime: 'image/svg+xml', data: btoa(svgOf(3)), width: 100, height: 100 }],
};

/** The Scene with numbers to 0.01 pt and pictures named by place and size, not bytes. */
function comparable(scene: Scene): unknown {
  return JSON.parse(
    JSON.stringify(scene, (_key, v) => {
      if (typeof v === 'number') return Math.round(v * 100) / 100;
      if (v && typeof v === 'object' && (v as { t?: string }).t === 'image') {
        const { data: _d, mime: _m, ...rest } = v as Record<string, unknown>;
        return rest;
      }
      return v;
    }),
  );
}

async function both(services: Services, doc: SignpostDocument, pack: Pack | null = null): Promise<[unknown, unknown, Scene]> {
  const profile = fluent();
  const app = await sceneFor(services, doc, profile);
  const cli = JSON.parse(await commands.cliScene(JSON.stringify(doc), JSON.stringify(profile), pack ? JSON.stringify(pack) : null)) as Scene;
  return [comparable(app), comparable(cli), app];
}

describe('the app and the command line print through one pipeline', () => {
  it('make the same Scene for an Urdu document', async () => {
    const services = await createServices(`pipe-${crypto.randomUUID()}`);
    const doc = docOf('ضمانت', 'ur', [
      { ...createTextBox('آپ کو ہر رات آٹھ بجے تک گھر پر ہونا چاہیے۔ اپنے سوشل ورکر Sam سے بات کریں۔', 12, 12), id: 't', width: 120, height: 40 },
      { ...createSymbolCard({ set: 'openmoji', id: '1F3E0' }, 'گھر', 12, 60, 45), id: 'c' },
      { ...createSymbolText('آپ کو اسکول جانا ہے۔', 70, 60), id: 's' },
    ]);
    const [app, cli, scene] = await both(services, doc);
    // the Urdu lines really were shaped and broken (a negative check that the test sees text)
    expect(scene.pages[0].items.find((i) => i.elementId === 't')!.prims.filter((p) => p.t === 'text').length).toBeGreaterThan(1);
    expect(app).toEqual(cli);
  }, 60_000);

  it('make the same Scene for a document with a photo and a pack picture', async () => {
    const services = await createServices(`pipe-${crypto.randomUUID()}`);
    services.library.addPack(PACK);
    services.attributions.set(PACK.id, PACK.attribution);
    const photo = await bigPhoto();
    const doc = docOf(
      'Photo',
      'en-GB',
      [
        { id: 'img', type: 'image', x: 12, y: 12, width: 60, height: 40, rotation: 0, assetId: 'a1', crop: 'none' },
        { ...createSymbolCard({ set: PACK.id, id: 'circle' }, 'Circle', 80, 12, 40), id: 'p' },
        { ...createSymbolCard({ set: 'openmoji', id: '1F46E' }, 'Police', 130, 12, 40), id: 'o' },
      ] as Element[],
      { a1: { id: 'a1', mime: 'image/jpeg', data: photo.data, width: photo.width, height: photo.height } },
    );
    const [app, cli, scene] = await both(services, doc, PACK);
    // both made the photo print-ready: smaller than the 3000 px original
    const img = scene.pages[0].items.find((i) => i.elementId === 'img')!.prims.find((p) => p.t === 'image')!;
    expect(img.t === 'image' && img.data.length).toBeLessThan(photo.data.length);
    expect(scene.attributions.join(' ')).toContain('Test pack');
    expect(app).toEqual(cli);
  }, 60_000);

  it('tell documents apart (negative control: one word changed)', async () => {
    const services = await createServices(`pipe-${crypto.randomUUID()}`);
    const doc = docOf('Words', 'en-GB', [{ ...createTextBox('Be home by 8 pm.', 12, 12), id: 't' }]);
    const other = docOf('Words', 'en-GB', [{ ...createTextBox('Be home by 9 pm.', 12, 12), id: 't' }]);
    const profile = fluent();
    const app = comparable(await sceneFor(services, doc, profile));
    const cli = comparable(JSON.parse(await commands.cliScene(JSON.stringify(other), JSON.stringify(profile), null)) as Scene);
    expect(app).not.toEqual(cli);
  }, 60_000);
});
