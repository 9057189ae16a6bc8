import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../src/i18n';
import { Editor } from '../../src/editor/editor';
import { PropertiesPanel } from '../../src/ui/PropertiesPanel';
import { docWithCards } from '../helpers/docs';
import type { ScenePage } from '../../src/layout/scene';

const emptyScene: ScenePage = { pageId: 'p', width: 595, height: 842, background: '#ffffff', items: [], footer: [] };

describe('PropertiesPanel', () => {
  it('shows page settings with nothing selected, and edits a caption as one undo step', () => {
    const ed = new Editor(docWithCards(1));
    render(
      <I18nextProvider i18n={i18n}>
        <PropertiesPanel editor={ed} scene={emptyScene} />
      </I18nextProvider>,
    );
    expect(screen.getByRole('combobox', { name: 'Paper size' })).toHaveProperty('value', 'A4');
    fireEvent.change(screen.getByRole('combobox', { name: 'Orientation' }), { target: { value: 'landscape' } });
    expect(ed.doc.page.orientation).toBe('landscape');

    act(() => ed.select([ed.page.elements[0].id]));
    const caption = screen.getByRole('textbox', { name: 'Caption' });
    fireEvent.change(caption, { target: { value: 'b' } });
    fireEvent.change(caption, { target: { value: 'bail' } });
    expect(ed.page.elements[0]).toMatchObject({ caption: 'bail' });
    act(() => ed.undo());
    expect(ed.page.elements[0]).toMatchObject({ caption: 'card 0' });
  });

  it('warns in plain words when text overflows', () => {
    const ed = new Editor(docWithCards(1));
    const id = ed.page.elements[0].id;
    ed.select([id]);
    const scene: ScenePage = { ...emptyScene, items: [{ kind: 'text', order: 0, parts: [], elementId: id, x: 0, y: 0, rotation: 0, width: 10, height: 10, prims: [], overflow: true }] };
    render(
      <I18nextProvider i18n={i18n}>
        <PropertiesPanel editor={ed} scene={scene} />
      </I18nextProvider>,
    );
    expect(screen.getByText(/do not fit/)).toBeTruthy();
  });
});
