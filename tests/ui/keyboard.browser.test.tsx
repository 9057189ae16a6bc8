import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { elementNodes, renderApp, until, newBlankDocument } from '../helpers/renderApp';

describe('editor by keyboard alone', () => {
  it('adds, selects, nudges, deletes and restores without a mouse', async () => {
    await renderApp(`kb-${crypto.randomUUID()}`);
    await newBlankDocument();
    const search = page.getByRole('searchbox', { name: 'Search symbols' });
    await search.click();
    await userEvent.keyboard('school');
    const result = page.getByRole('button', { name: 'school', exact: true });
    await expect.element(result).toBeVisible();
    (result.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await until(() => elementNodes().length === 1);

    const item = page.getByRole('button', { name: 'Picture: school' });
    (item.element() as HTMLElement).focus();
    await userEvent.keyboard('{Enter}');
    await expect.element(item).toHaveAttribute('aria-pressed', 'true');
    const x0 = elementNodes()[0].x();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{Shift>}{ArrowRight}{/Shift}');
    await until(() => elementNodes()[0].x() > x0);
    expect((elementNodes()[0].x() - x0) / (72 / 25.4)).toBeCloseTo(12, 1);

    // arrow keys on other controls do not move the page's contents
    (page.getByRole('button', { name: 'Add page' }).element() as HTMLElement).focus();
    await userEvent.keyboard('{ArrowLeft}');
    expect((elementNodes()[0].x() - x0) / (72 / 25.4)).toBeCloseTo(12, 1);

    (item.element() as HTMLElement).focus();
    await userEvent.keyboard('{Delete}');
    await until(() => elementNodes().length === 0);
    await expect.element(page.getByText('The page is empty.', { exact: false })).toBeVisible();
    await userEvent.keyboard('{Control>}z{/Control}');
    await until(() => elementNodes().length === 1);
  });
});

describe('landmark keys', () => {
  it('F6 cycles toolbar, library, page and side column; Shift+F6 goes back; / goes to the search', async () => {
    await renderApp(`f6-${crypto.randomUUID()}`);
    await newBlankDocument();
    // the editor loads in its own chunk: wait for the page to be there
    await until(() => !!document.querySelector('.canvas-wrap'), 10_000);
    const canvas = document.querySelector<HTMLElement>('.canvas-wrap')!;
    canvas.focus();
    const inside = (selector: string) => !!document.activeElement?.closest(selector);
    await userEvent.keyboard('{F6}');
    await until(() => inside('aside.side-column'));
    await userEvent.keyboard('{F6}');
    await until(() => inside('.toolbar'));
    await userEvent.keyboard('{F6}');
    await until(() => inside('nav.library'));
    await userEvent.keyboard('{F6}');
    await until(() => document.activeElement === canvas);
    await userEvent.keyboard('{Shift>}{F6}{/Shift}');
    await until(() => inside('nav.library'));
    // "/" from the page goes to the symbol search
    canvas.focus();
    await userEvent.keyboard('/');
    await until(() => document.activeElement === page.getByRole('searchbox', { name: 'Search symbols' }).element());
    expect((document.activeElement as HTMLInputElement).value).toBe('');
  });
});

describe('the symbol library by keyboard', () => {
  it('Down from the search goes to the first result, and the arrows move through the grid', async () => {
    await renderApp(`grid-${crypto.randomUUID()}`);
    await newBlankDocument();
    const search = page.getByRole('searchbox', { name: 'Search symbols' });
    await search.click();
    await userEvent.keyboard('house');
    await expect.element(page.getByRole('button', { name: 'house', exact: true })).toBeVisible();
    const buttons = () => [...document.querySelectorAll<HTMLElement>('nav.library .results .symbol-button')];
    await until(() => buttons().length > 3);
    await userEvent.keyboard('{ArrowDown}');
    await until(() => document.activeElement === buttons()[0]);
    await userEvent.keyboard('{ArrowRight}');
    await until(() => document.activeElement === buttons()[1]);
    const top = buttons()[0].offsetTop;
    const columns = buttons().filter((b) => b.offsetTop === top).length;
    await userEvent.keyboard('{ArrowDown}');
    await until(() => document.activeElement === buttons()[Math.min(buttons().length - 1, 1 + columns)]);
    await userEvent.keyboard('{Home}');
    await until(() => document.activeElement === buttons()[0]);
    await userEvent.keyboard('{Enter}');
    await until(() => elementNodes().length === 1);
  });
});
