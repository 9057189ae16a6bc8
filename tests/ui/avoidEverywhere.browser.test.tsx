/**
 * Words and symbols a profile avoids are warned about in every kind of element, on screen and
 * before export (issue 15): a text box, a symbol card, symbol text, a sequence step and a grid
 * cell each hold one.
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LocalStore } from '../../src/storage/db';
import { createDocument, createSymbolCard, createSymbolText, createTextBox } from '../../src/model/factory';
import { createContainer } from '../../src/model/elements/container';
import type { Element, SignpostDocument } from '../../src/model/schema';
import type { Profile } from '../../src/model/profile';
import { fluent } from '../helpers/profiles';
import { renderApp, until } from '../helpers/renderApp';

const COURT = { set: 'openmoji', id: '1F3DB' };

function fiveKinds(): SignpostDocument {
  const d = createDocument('Bail');
  const step = createContainer('sequence', 10, 150);
  const grid = createContainer('grid', 10, 200);
  const elements: Element[] = [
    { ...createTextBox('Your curfew starts at 8.', 10, 10), id: 'text' },
    { ...createSymbolCard(COURT, 'Building', 10, 40, 40), id: 'card' },
    { ...createSymbolText('You must keep to your curfew.', 60, 40), id: 'symtext' },
    { ...step, id: 'step', items: [{ ...step.items[0], caption: 'Home for curfew' }] },
    { ...grid, id: 'cell', height: 60, items: [{ ...grid.items[0], symbol: COURT, caption: 'Where you go' }] },
  ];
  return { ...d, pages: [{ ...d.pages[0], elements }] };
}

const avoiding = (): Profile => ({ ...fluent(), avoid: [{ word: 'curfew', symbol: null, reason: 'A word he does not know yet' }, { word: '', symbol: COURT, reason: 'The building scares him' }] });

async function openWith(profile: Profile) {
  const db = `avoid-${crypto.randomUUID()}`;
  const doc = { ...fiveKinds(), profileId: profile.id };
  const s = await LocalStore.open(db);
  await s.putProfile(profile);
  await s.put(doc);
  await s.setSetting('openDocument', doc.id);
  s.close();
  await renderApp(db);
  await until(() => !!document.querySelector('.canvas-wrap'), 20_000);
}

/** The element each "Show" link of a warning list selects, in order. */
async function shownElements(list: HTMLElement): Promise<string[]> {
  const ids: string[] = [];
  for (const button of [...list.querySelectorAll<HTMLButtonElement>('li button')]) {
    button.click();
    await until(() => !!document.querySelector('.element-list [aria-pressed="true"]'));
    ids.push(document.querySelector('.element-list [aria-pressed="true"]')!.textContent ?? '');
  }
  return ids;
}

describe('words and symbols to avoid, in every kind of element', () => {
  it('are listed on screen and before export, one warning per element', async () => {
    await openWith(avoiding());
    const list = document.querySelector<HTMLElement>('.avoid-warnings');
    await until(() => (document.querySelector('.avoid-warnings')?.querySelectorAll('li').length ?? 0) >= 5, 20_000);
    expect(list ?? document.querySelector('.avoid-warnings')).not.toBeNull();
    const items = [...document.querySelectorAll('.avoid-warnings li')].map((li) => li.textContent ?? '');
    expect(items).toHaveLength(5);
    expect(items.filter((i) => i.includes('“curfew”'))).toHaveLength(3);
    expect(items.filter((i) => i.includes('The building scares him'))).toHaveLength(2);
    // each warning leads to a different element: all five kinds are there
    const shown = await shownElements(document.querySelector<HTMLElement>('.avoid-warnings')!);
    expect(new Set(shown).size).toBe(5);

    await page.getByRole('button', { name: 'Export PDF' }).click();
    const dialog = page.getByRole('dialog');
    await expect.element(dialog.getByText(/5 words or pictures that Bea's profile says to avoid/)).toBeVisible();
    expect(dialog.element().querySelectorAll('.warning li').length).toBeGreaterThanOrEqual(5);
  });

  it('say nothing for a profile that avoids nothing (negative control)', async () => {
    await openWith(fluent());
    await expect.element(page.getByRole('button', { name: 'Export PDF' })).toBeVisible();
    expect(document.querySelector('.avoid-warnings')).toBeNull();
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await expect.element(page.getByRole('dialog')).toBeVisible();
    expect(document.body.textContent).not.toMatch(/says to avoid/);
  });
});
