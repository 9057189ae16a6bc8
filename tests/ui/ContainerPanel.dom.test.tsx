import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../src/i18n';
import { Editor } from '../../src/editor/editor';
import { PropertiesPanel } from '../../src/ui/PropertiesPanel';
import type { ScenePage } from '../../src/layout/scene';
import { ServicesContext, type Services } from '../../src/ui/services';
import { createDocument } from '../../src/model/factory';
import { addElements } from '../../src/model/operations';
import { newItem } from '../../src/model/containers';
import { createProfile } from '../../src/model/profile';
import type { Container } from '../../src/model/schema';
import { readBoardSet } from '../../src/storage/obf';
import { documentFromBoardSet } from '../../src/model/boardDocument';
import { boardSetObz, pagesOf } from '../helpers/obfFixtures';

function gridDoc(columns: number) {
  const doc = createDocument('Grid', new Date('2026-01-01T00:00:00Z'));
  const grid: Container = { id: 'g', type: 'container', kind: 'grid', x: 12, y: 30, width: 186, height: 120, rotation: 0, direction: 'horizontal', columns, numbered: false, arrows: false, ticks: false, marker: null, markerLabel: '', items: ['Sam', 'Jo', 'Ali', 'Kim'].map((w) => newItem(null, w)) };
  return addElements(doc, doc.pages[0].id, [grid]);
}

/** Enough of the app's services for the panel: symbolisers that never finish loading. */
const services = { symbolisers: { get: () => undefined, ensure: () => new Promise(() => undefined), ensureTagger: () => new Promise(() => undefined) } } as unknown as Services;

const emptyScene: ScenePage = { pageId: 'p', width: 595, height: 842, background: '#ffffff', items: [], footer: [] };

/** The properties panel with the grid selected. */
const show = (ed: Editor, profile: ReturnType<typeof createProfile> | null) => {
  ed.select([ed.page.elements[0].id]);
  return render(
    <I18nextProvider i18n={i18n}>
      <ServicesContext.Provider value={services}>
        <PropertiesPanel editor={ed} scene={emptyScene} profile={profile} />
      </ServicesContext.Provider>
    </I18nextProvider>,
  );
};

afterEach(cleanup);

describe('ContainerPanel', () => {
  it('says when the page draws fewer columns than the Columns field asks for (issue 18 item 8)', () => {
    // 4 columns of 186 mm fit at the default text size: nothing to say
    const plain = show(new Editor(gridDoc(4)), null);
    expect(screen.getByRole('spinbutton', { name: /Columns/ })).toHaveProperty('value', '4');
    expect(screen.queryByText(/The page shows/)).toBeNull();
    plain.unmount();
    // at 24 pt, cells need more room: the canvas draws 3, and the panel says so
    show(new Editor(gridDoc(4)), { ...createProfile('Ash'), textSize: 24 });
    expect(screen.getByText(/The page shows 3 columns: 4 do not fit/)).toBeTruthy();
  });

  it('offers "Go to page N" for a board button that opens another board, and shows that page', () => {
    // Home (page 1) opens Food (page 2) and Feelings (page 3); each leads back home
    const { doc } = documentFromBoardSet(pagesOf(readBoardSet(boardSetObz())));
    const ed = new Editor(doc);
    const gridOf = (i: number) => doc.pages[i].elements.find((e) => e.type === 'container')!.id;
    ed.select([gridOf(0)]);
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={services}>
          <PropertiesPanel editor={ed} scene={emptyScene} profile={null} />
        </ServicesContext.Provider>
      </I18nextProvider>,
    );
    // only the two linked buttons offer it, each beside its own words
    const goes = screen.getAllByRole('button', { name: /^Go to page/ });
    expect(goes.map((b) => b.textContent?.trim())).toEqual(['Go to page 2', 'Go to page 3']);
    expect(goes.map((b) => (b.closest('li')!.querySelector('input[type=text]') as HTMLInputElement).value)).toEqual(['Food', 'Feelings']);
    act(() => fireEvent.click(goes[1]));
    expect(ed.getState().pageId).toBe(doc.pages[2].id);
    // Feelings' grid is selected: its "home" button leads back to page 1
    expect(ed.getState().selection).toEqual([gridOf(2)]);
    const back = screen.getByRole('button', { name: 'Go to page 1' });
    expect((back.closest('li')!.querySelector('input[type=text]') as HTMLInputElement).value).toBe('home');
    act(() => fireEvent.click(back));
    expect(ed.getState().pageId).toBe(doc.pages[0].id);
    // a grid whose items lead nowhere offers nothing (negative control)
    act(() => ed.load(gridDoc(4)));
    act(() => ed.select([ed.page.elements[0].id]));
    expect(screen.getAllByRole('textbox', { name: /Words for item/ })).toHaveLength(4);
    expect(screen.queryByRole('button', { name: /^Go to page/ })).toBeNull();
  });
});
