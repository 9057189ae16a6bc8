/**
 * Issue 17, in Chromium: a profile that knows an imported pack gets its pictures in symbol
 * text, and first in the word picker's search; a document for nobody keeps OpenMoji.
 */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { strToU8 } from 'fflate';
import { LocalStore } from '../../src/storage/db';
import { PACK_SCHEMA_VERSION, type Pack } from '../../src/model/pack';
import { createProfile } from '../../src/model/profile';
import { toBase64 } from '../../src/model/base64';
import { svgOf } from '../helpers/packs';
import { elementNodes, newBlankDocument, renderApp, until } from '../helpers/renderApp';

const PACK = 'pack-park-1';

async function seed(db: string) {
  const store = await LocalStore.open(db);
  const pic = (i: number) => ({ mime: 'image/svg+xml' as const, data: toBase64(strToU8(svgOf(i))), width: 100, height: 100 });
  const pack: Pack = {
    schemaVersion: PACK_SCHEMA_VERSION,
    id: PACK,
    name: 'Our park pack',
    attribution: 'Our park pack, CC BY 4.0',
    enabled: false,
    language: 'en',
    symbols: [
      { id: 'park_1a', label: 'park', keywords: ['park 1a'], category: 'Places', ...pic(2) },
      { id: 'tree', label: 'tree', keywords: [], category: 'Places', ...pic(4) },
    ],
  };
  await store.putPack(pack);
  await store.putProfile({ ...createProfile('Sam'), symbolSets: [PACK, 'openmoji'] });
  store.close();
}

describe('a profile that knows an imported pack', () => {
  it('pictures symbol text with the pack, and the word picker finds the pack first; for nobody, OpenMoji', async () => {
    const db = `pickerpacks-${crypto.randomUUID()}`;
    await seed(db);
    await renderApp(db);
    await newBlankDocument();
    await page.getByRole('button', { name: 'Symbol text', exact: true }).click();
    await until(() => elementNodes().length === 1);
    await page.getByRole('textbox', { name: 'Text' }).fill('Go to the park.');
    const parkButton = page.getByRole('button', { name: 'park: change picture' });
    await expect.element(parkButton).toBeVisible();
    const setsShown = () => [...document.querySelectorAll('.word-picker .picker-part')].map((e) => e.getAttribute('data-set'));
    const resultSets = () => [...document.querySelectorAll('.word-picker .picker-results button')].map((e) => e.getAttribute('data-set'));

    // for nobody: OpenMoji's park, and the switched-off pack is not searched
    await parkButton.click();
    const picker = page.getByRole('dialog', { name: 'Pictures for “park”' });
    await until(() => setsShown().length > 0);
    expect(setsShown()).toEqual(['openmoji']);
    await picker.getByRole('searchbox', { name: 'Find any picture' }).fill('tree');
    await until(() => resultSets().length > 0);
    expect(resultSets()).not.toContain(PACK);
    await picker.getByRole('button', { name: 'Close' }).click();

    // for Sam, who knows the pack: its park in the text, its tree first in the search
    await page.getByRole('combobox', { name: 'Made for' }).selectOptions('Sam');
    await parkButton.click();
    await until(() => setsShown()[0] === PACK);
    await page.getByRole('dialog', { name: 'Pictures for “park”' }).getByRole('searchbox', { name: 'Find any picture' }).fill('tree');
    await until(() => resultSets()[0] === PACK);
    await page.getByRole('dialog', { name: 'Pictures for “park”' }).getByRole('button', { name: 'Close' }).click();
  });
});
