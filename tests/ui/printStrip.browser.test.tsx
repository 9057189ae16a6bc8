/**
 * Page splits are visible before printing (issue 13): the editor shows the pages a page prints
 * as, from the print layout, and marks where long symbol text continues on the next page.
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import axe from 'axe-core';
import Konva from 'konva';
import { LocalStore } from '../../src/storage/db';
import { createDocument, createSymbolText } from '../../src/model/factory';
import type { Container, SignpostDocument } from '../../src/model/schema';
import type { Profile } from '../../src/model/profile';
import { emerging, fluent } from '../helpers/profiles';
import { BAIL_CONDITIONS } from '../helpers/sampleDocs';
import { elementNodes, renderApp, stage, until } from '../helpers/renderApp';

const STEPS = [
  ['1F6BF', 'Wake up'],
  ['1FAA5', 'Brush teeth'],
  ['1F455', 'Get dressed'],
  ['1F963', 'Breakfast'],
  ['1F392', 'Pack my bag'],
  ['1F68C', 'Bus to school'],
  ['1F3EB', 'School'],
  ['1F3E0', 'Home'],
  ['1F6CF', 'Bed'],
];

/** A morning routine of nine steps in one sequence. */
function routine(): SignpostDocument {
  const d = createDocument('My routine', new Date('2026-01-01T00:00:00Z'));
  const steps: Container = {
    id: 'steps',
    type: 'container',
    kind: 'sequence',
    x: 12,
    y: 30,
    width: 186,
    height: 240,
    rotation: 0,
    direction: 'horizontal',
    columns: 3,
    numbered: true,
    arrows: false,
    ticks: false,
    marker: null,
    markerLabel: '',
    items: STEPS.map(([id, caption], i) => ({ id: `i${i}`, symbol: { set: 'openmoji', id }, also: [], modifier: null, caption, color: null })),
  };
  return { ...d, pages: [{ id: 'p1', elements: [steps] }] };
}

async function open(doc: SignpostDocument, profile: Profile | null): Promise<void> {
  const db = `strip-${crypto.randomUUID()}`;
  const s = await LocalStore.open(db);
  if (profile) await s.putProfile(profile);
  await s.put({ ...doc, profileId: profile?.id ?? null });
  await s.setSetting('openDocument', doc.id);
  s.close();
  await renderApp(db);
  await until(() => elementNodes().length > 0, 15_000);
}

/** Share of a canvas's pixels that are not (nearly) the page's colour: 0 for a blank render. */
function inked(canvas: HTMLCanvasElement): number {
  const ctx = canvas.getContext('2d')!;
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  let n = 0;
  for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 600) n++;
  return n / (data.length / 4);
}

describe('the printed pages beside the canvas', () => {
  it('shows a nine-step routine as the three pages it prints as for four pictures a page, 3, 3 and 3', async () => {
    await open(routine(), emerging());
    const strip = page.getByRole('region', { name: 'Page 1 prints as 3 pages' });
    await expect.element(strip).toBeVisible();
    for (const n of [1, 2, 3]) await expect.element(strip.getByRole('img', { name: `Printed page ${n}: 3 pictures` })).toBeVisible();
    expect(strip.getByRole('img').elements()).toHaveLength(3);
    // drawn, not empty boxes: each render has its pictures on it
    await until(() => strip.getByRole('img').elements().every((c) => inked(c as HTMLCanvasElement) > 0.02), 10_000);
    // the canvas still shows the page as made, all nine steps
    expect(stage().find('.element')).toHaveLength(1);
    // reachable from the keyboard (to scroll), labelled, and clean for axe
    expect(strip.element().getAttribute('tabindex')).toBe('0');
    const a11y = await axe.run(strip.element(), { resultTypes: ['violations'] });
    expect(a11y.violations.map((v) => v.id)).toEqual([]);
    await page.screenshot({ path: '../output/print-strip-routine.png' });
  }, 60_000);

  it('shows nothing beside the canvas when the page prints as one (negative control)', async () => {
    await open(routine(), fluent());
    await expect.element(page.getByRole('button', { name: 'Page 1', exact: true })).toBeVisible();
    expect(document.body.textContent).not.toMatch(/prints as/);
    expect(document.querySelector('.print-strip')).toBeNull();
  }, 60_000);

  it('marks where long symbol text continues on the next page, and shows the pages it prints as', async () => {
    const d = createDocument('Bail', new Date('2026-01-01T00:00:00Z'));
    const rows = { ...createSymbolText(BAIL_CONDITIONS, 12, 20, 'easy-read'), id: 'rows', width: 186, height: 150, fontSize: 20 };
    await open({ ...d, pages: [{ id: 'p1', elements: [rows] }] }, null);
    const strip = page.getByRole('region', { name: /^Page 1 prints as [2-9] pages$/ });
    await expect.element(strip).toBeVisible();
    const printed = strip.getByRole('img').elements().length;
    // one dashed page break for each page the text continues on, inside the box, and no red
    // "does not fit" mark: nothing prints cut off
    const node = stage().findOne('#rows') as Konva.Group;
    const marks = () => stage().findOne('#breaks-rows') as Konva.Group | undefined;
    await until(() => marks()?.find('.page-break').length === printed - 1, 10_000);
    const ys = marks()!.find('.page-break').map((b) => b.y());
    const height = (150 * 72) / 25.4;
    expect(ys[0]).toBeGreaterThan(height * 0.5);
    expect(ys[0]).toBeLessThanOrEqual(height);
    expect(node.find('.overflow')).toHaveLength(0);
    // the marks are not part of the element; its node is as tall as its words as drawn (all
    // of them, running on below the box), so the selection frame wraps them
    expect(node.findOne('.page-break')).toBeUndefined();
    expect(node.getClientRect({ skipTransform: true }).height).toBeGreaterThan(height * 1.2);
    // selected, its panel says so in words
    await page.getByRole('region', { name: 'On this page' }).getByRole('button').first().click();
    await expect.element(page.getByText(`The words continue onto ${printed - 1} more printed page`, { exact: false })).toBeVisible();
    await page.screenshot({ path: '../output/print-strip-continues.png' });
  }, 60_000);
});
