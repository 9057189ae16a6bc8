/**
 * Element kinds are defined once per layer, in registries typed over the kind union (issue 15):
 * a kind missing from a layer fails to compile, and a new kind added through the registries
 * alone is laid out, exported, listed and checked without touching any other file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ELEMENT_MODELS, ELEMENT_TYPES, textsOf, type ElementModels } from '../../src/model/elements';
import { symbolCardModel } from '../../src/model/elements/symbol';
import { textBoxModel } from '../../src/model/elements/text';
import { symbolTextModel } from '../../src/model/elements/symtext';
import { shapeModel } from '../../src/model/elements/shape';
import { lineModel } from '../../src/model/elements/line';
import { containerModel } from '../../src/model/elements/container';
import { ELEMENT_LAYOUTS } from '../../src/layout/elements';
import { ELEMENT_UIS, describeElement } from '../../src/ui/elements';
import { layoutDocument } from '../../src/layout/layout';
import { exportPdf } from '../../src/pdf/exportPdf';
import { avoidWarningsAsDrawn } from '../../src/layout/checks';
import { replaceWords } from '../../src/model/operations';
import { createDocument } from '../../src/model/factory';
import { nodeServices, type NodeServices } from '../../src/cli/nodeServices';
import { i18n } from '../../src/i18n';
import type { Element, SignpostDocument } from '../../src/model/schema';
import { fluent } from '../helpers/profiles';

// @ts-expect-error a registry that forgets a kind (here `image`) does not compile
const incomplete: ElementModels = { symbol: symbolCardModel, text: textBoxModel, symtext: symbolTextModel, shape: shapeModel, line: lineModel, container: containerModel };

/** A speech bubble, defined only through the three registries. */
interface Bubble {
  id: string;
  type: 'bubble';
  x: number;
  y: number;
  width: number;
  height: number;
  rotation: number;
  says: string;
}

const registries = [ELEMENT_MODELS, ELEMENT_LAYOUTS, ELEMENT_UIS] as unknown as Record<string, unknown>[];

let s: NodeServices;
beforeAll(async () => {
  s = await nodeServices();
  const bubble = {
    model: {
      schema: null,
      inlineField: 'says',
      create: ({ x, y }: { x: number; y: number }) => ({ id: 'b', type: 'bubble', x, y, width: 60, height: 30, rotation: 0, says: '' }),
      texts: (e: Bubble) => [{ field: 'says', text: e.says, limit: 500, language: 'main', shown: true }],
      withTexts: (e: Bubble, f: (slot: { text: string }) => string) => {
        const says = f({ text: e.says });
        return says === e.says ? e : { ...e, says };
      },
      symbols: () => [],
      assets: () => [],
    },
    layout: {
      layout: (e: Bubble, w: number, h: number, ctx: { style: { font: string }; deps: NodeServices['deps'] }) => ({
        prims: [
          { t: 'ellipse', x: 0, y: 0, w, h, fill: '#ffffff', stroke: '#000000', strokeWidth: 1 },
          { t: 'text', x: 10, y: h / 2, text: e.says, font: ctx.style.font, size: 14, color: '#000000', part: 0 },
        ],
        parts: [{ role: 'text', text: e.says }],
        overflow: false,
      }),
      pictures: () => [],
    },
    ui: { Panel: () => null, describe: (e: Bubble) => `Speech bubble: ${e.says}` },
  };
  registries[0].bubble = bubble.model;
  registries[1].bubble = bubble.layout;
  registries[2].bubble = bubble.ui;
});
afterAll(() => {
  for (const r of registries) delete r.bubble;
});

function docWith(elements: unknown[]): SignpostDocument {
  const d = createDocument('Bubbles');
  return { ...d, pages: [{ ...d.pages[0], elements: elements as Element[] }] };
}

describe('element registries', () => {
  it('list the same kinds in every layer', () => {
    expect(incomplete).toBeDefined();
    for (const t of ELEMENT_TYPES) {
      expect(Object.hasOwn(ELEMENT_LAYOUTS, t), `layout of ${t}`).toBe(true);
      expect(Object.hasOwn(ELEMENT_UIS, t), `panel of ${t}`).toBe(true);
    }
  });

  it('lay out, export, list and check a kind added through them alone', async () => {
    const bubble = { id: 'b1', type: 'bubble', x: 20, y: 20, width: 80, height: 30, rotation: 0, says: 'Ring Sam at the police station' };
    const doc = docWith([bubble]);
    // laid out, with its reading part
    const scene = layoutDocument(doc, s.deps);
    const item = scene.pages[0].items[0];
    expect(item.kind).toBe('bubble');
    expect(item.prims.map((p) => p.t)).toEqual(['ellipse', 'text']);
    expect(item.parts).toEqual([{ role: 'text', text: 'Ring Sam at the police station' }]);
    // exported: the words are in the PDF
    const pdf = await exportPdf(scene, { fonts: await s.fontBytes(scene.fonts) });
    const dir = mkdtempSync(join(tmpdir(), 'bubble-'));
    writeFileSync(join(dir, 'b.pdf'), pdf);
    expect(execFileSync('pdftotext', [join(dir, 'b.pdf'), '-']).toString()).toContain('Ring Sam at the police station');
    // listed in "On this page"
    expect(describeElement(bubble as unknown as Element, i18n.t)).toBe('Speech bubble: Ring Sam at the police station');
    // checked: its words are searched for words to avoid, and replaced with the rest
    expect(textsOf(bubble as unknown as Element).map((t) => t.text)).toEqual(['Ring Sam at the police station']);
    const profile = { ...fluent(), avoid: [{ word: 'police', symbol: null, reason: 'Scared' }] };
    expect(avoidWarningsAsDrawn(doc, profile, s.deps).map((w) => w.elementId)).toEqual(['b1']);
    const replaced = replaceWords(doc, 'police station', 'station');
    expect(replaced.count).toBe(1);
    expect((replaced.doc.pages[0].elements[0] as unknown as Bubble).says).toBe('Ring Sam at the station');
  });
});
