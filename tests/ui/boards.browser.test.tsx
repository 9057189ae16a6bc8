import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { strToU8, unzipSync, zipSync, strFromU8 } from 'fflate';
import { TINY_PNG } from '../helpers/profiles';
import { svgOf } from '../helpers/packs';
import { elementNodes, renderApp, until } from '../helpers/renderApp';

function obz(): Uint8Array {
  const board = {
    format: 'open-board-0.1', id: 'snacks', locale: 'en', name: 'Snacks',
    buttons: [{ id: 1, label: 'apple', image_id: 'a' }, { id: 2, label: 'crisps', image_id: 'c' }, { id: 3, label: 'juice', image_id: 'j' }, { id: 4, label: 'water' }],
    grid: { rows: 2, columns: 2, order: [[1, 2], [3, 4]] },
    images: [{ id: 'a', data: `data:image/png;base64,${TINY_PNG}` }, { id: 'c', path: 'images/c.svg', content_type: 'image/svg+xml' }, { id: 'j', url: 'https://example.org/j.png' }],
    sounds: [],
  };
  return zipSync({ 'manifest.json': strToU8(JSON.stringify({ root: 'boards/b.obf' })), 'boards/b.obf': strToU8(JSON.stringify(board)), 'images/c.svg': strToU8(svgOf(2)) });
}

describe('Open Board Format in the app', () => {
  it('opens an .obz as a grid, saying which pictures are web links, and saves it back as a board', async () => {
    const downloads: { name: string; bytes: Uint8Array }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      const name = this.download;
      void fetch(this.href).then(async (r) => downloads.push({ name, bytes: new Uint8Array(await r.arrayBuffer()) }));
    };
    try {
      await renderApp(`obz-${crypto.randomUUID()}`);
      await userEvent.upload(page.getByLabelText('Open file…'), new File([obz() as BlobPart], 'snacks.obz'));
      await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('Snacks');
      const note = page.getByRole('alertdialog', { name: 'The board is open' });
      await expect.element(note).toHaveTextContent('1 picture in this board is a web link. Signpost works offline, so it shows the words only.');
      await page.getByRole('button', { name: 'OK' }).click();
      await until(() => elementNodes().length === 2);
      await page.getByRole('button', { name: 'Grid (4)' }).click();
      await page.getByRole('button', { name: 'Save as a board (.obz)' }).click();
      await until(() => downloads.length === 1);
      expect(downloads[0].name).toBe('Snacks.obz');
      const files = unzipSync(downloads[0].bytes);
      const board = JSON.parse(strFromU8(files['boards/board.obf']));
      expect(board.buttons.map((b: { label: string }) => b.label)).toEqual(['apple', 'crisps', 'juice', 'water']);
      expect(board.images).toHaveLength(2);
      // each picture's own size (a 1 × 1 PNG, a 100 × 100 SVG), not 300 × 300 whatever it is
      expect(board.images.map((im: { width: number; height: number }) => [im.width, im.height])).toEqual([[1, 1], [100, 100]]);
      expect(board.grid).toMatchObject({ rows: 2, columns: 2 });
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
  });
});
