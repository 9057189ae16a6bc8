/** Home-screen thumbnails show the pictures, not the "?" placeholders drawn while they load (issue 18 item 4). */
import { describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { LocalStore } from '../../src/storage/db';
import { docWithCards } from '../helpers/docs';
import { elementNodes, renderApp, until } from '../helpers/renderApp';
import { imagePixels } from '../helpers/pixels';

/** Share of clearly coloured pixels in an image (OpenMoji is colourful; placeholders are grey). */
async function colourful(dataUrl: string): Promise<number> {
  const { data: d } = await imagePixels(dataUrl);
  let n = 0;
  for (let i = 0; i < d.length; i += 4) if (Math.max(d[i], d[i + 1], d[i + 2]) - Math.min(d[i], d[i + 1], d[i + 2]) > 60) n++;
  return n / (d.length / 4);
}

describe('home-screen thumbnails', () => {
  it('are remade once the pictures have loaded', async () => {
    const db = `thumb-${crypto.randomUUID()}`;
    const doc = docWithCards(6); // police officers: blue and skin tones
    const s = await LocalStore.open(db);
    await s.put(doc);
    await s.setSetting('openDocument', doc.id);
    s.close();
    await renderApp(db);
    await until(() => elementNodes().length === 6, 10_000);
    await page.getByRole('button', { name: 'Documents' }).click();
    await expect.element(page.getByRole('button', { name: 'Open: Test' })).toBeVisible();
    const check = await LocalStore.open(db);
    const [summary] = await check.list();
    check.close();
    expect(summary.thumbnail).toMatch(/^data:image\/png/);
    expect(await colourful(summary.thumbnail!)).toBeGreaterThan(0.002);
  });
});
