/**
 * The title as a heading in the editor (issue 13): a new Easy Read document shows its title on
 * the canvas as it prints; it takes no clicks, so everything under it is still picked by
 * clicking; it is turned off and on again from the page's settings, with undo; and the PDF
 * follows.
 */
import { describe, expect, it } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import Konva from 'konva';
import { clientPoint, elementNodes, renderApp, stage, until } from '../helpers/renderApp';

declare module 'vitest/browser' {
  interface BrowserCommands {
    pdfToText: (pdfBase64: string) => Promise<string>;
  }
}

/** Clicks Export PDF → Export and returns the PDF's text (pdftotext), catching the download. */
async function exportedText(): Promise<string> {
  const blobs: Blob[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    if (b instanceof Blob) blobs.push(b);
    return create.call(URL, b);
  };
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    if (!this.download) click.call(this);
  };
  try {
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await until(() => blobs.length === 1, 20_000);
  } finally {
    URL.createObjectURL = create;
    HTMLAnchorElement.prototype.click = click;
  }
  const bytes = new Uint8Array(await blobs[0].arrayBuffer());
  let b64 = '';
  for (let k = 0; k < bytes.length; k += 0x8000) b64 += String.fromCharCode(...bytes.subarray(k, k + 0x8000));
  return commands.pdfToText(btoa(b64));
}

const titleNodes = () => stage().find('.page-item');
const firstLine = (text: string) => text.split('\n').map((l) => l.trim()).find(Boolean);

describe('the title heading in the editor', () => {
  it('a new Easy Read document shows its title as it prints; off and on again, undoable; the PDF follows', async () => {
    await renderApp(`title-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^Easy Read/ }).click();
    await expect.element(page.getByRole('textbox', { name: 'Document title' })).toHaveValue('My rules');
    await until(() => elementNodes().length === 1, 15_000);
    const toggle = page.getByRole('checkbox', { name: 'Print the title as a heading on page 1' });
    await expect.element(toggle).toBeChecked();
    expect(titleNodes()).toHaveLength(1);
    // drawn at the top margin, above the rows, and nothing is said to overlap it
    const title = titleNodes()[0] as Konva.Group;
    const rows = elementNodes()[0];
    expect(title.y()).toBeCloseTo((12 * 72) / 25.4, 1);
    expect(title.y()).toBeLessThan(rows.y());
    expect(title.find('.overflow')).toHaveLength(0);
    await page.screenshot({ path: '../output/title-heading-editor.png' });
    expect(firstLine(await exportedText())).toBe('My rules');

    // the heading takes no clicks: a click on it selects nothing, a click on the rows selects them
    const onTitle = clientPoint(title.x() + 20, title.y() + 10);
    const canvas = page.getByRole('region', { name: 'Page canvas' });
    const box = canvas.element().getBoundingClientRect();
    await userEvent.click(canvas, { position: { x: onTitle.x - box.left, y: onTitle.y - box.top } });
    await expect.element(toggle).toBeVisible();
    const onRows = clientPoint(rows.x() + 150, rows.y() + 30);
    await userEvent.click(canvas, { position: { x: onRows.x - box.left, y: onRows.y - box.top } });
    await expect.element(page.getByRole('combobox', { name: 'Layout' })).toBeVisible();

    // renamed, the heading says the new title
    await page.getByRole('textbox', { name: 'Document title' }).fill('My bail conditions');
    expect(firstLine(await exportedText())).toBe('My bail conditions');

    // off: gone from the canvas and the PDF; undo brings it back
    await userEvent.click(page.getByRole('region', { name: 'Page canvas' }), { position: { x: 5, y: 5 } });
    await toggle.click();
    await expect.element(toggle).not.toBeChecked();
    await until(() => titleNodes().length === 0);
    expect(await exportedText()).not.toContain('My bail conditions');
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.element(toggle).toBeChecked();
    await until(() => titleNodes().length === 1);
    expect(firstLine(await exportedText())).toBe('My bail conditions');
  }, 90_000);

  it('a blank document prints no title heading until asked (negative control)', async () => {
    await renderApp(`title-blank-${crypto.randomUUID()}`);
    await page.getByRole('button', { name: 'New document' }).click();
    await page.getByRole('button', { name: /^Blank page/ }).click();
    const toggle = page.getByRole('checkbox', { name: 'Print the title as a heading on page 1' });
    await expect.element(toggle).not.toBeChecked();
    expect(titleNodes()).toHaveLength(0);
    await toggle.click();
    await until(() => titleNodes().length === 1);
  }, 60_000);
});
