import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { i18n } from '../../src/i18n';
import { ExportDialog } from '../../src/ui/ExportDialog';
import { ServicesContext, type Services } from '../../src/ui/services';
import type { ExportChoice } from '../../src/ui/exportClient';

describe('ExportDialog', () => {
  it('writes the footer date in the interface’s English (UK), not American English (issue 18 item 8)', () => {
    const onExport = vi.fn<(c: ExportChoice) => void>();
    const none: never[] = [];
    const profiles = { subscribe: () => () => undefined, all: () => none };
    render(
      <I18nextProvider i18n={i18n}>
        <ServicesContext.Provider value={{ profiles } as unknown as Services}>
          <ExportDialog current={null} onExport={onExport} onCancel={() => undefined} />
        </ServicesContext.Provider>
      </I18nextProvider>,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: /today’s date/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Export' }));
    const note = onExport.mock.calls[0][0].footerNote ?? '';
    const today = new Date();
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long' }).format(today);
    // "1 December 2026": day first; American English would write "December 1, 2026"
    expect(note).toBe(`${today.getDate()} ${month} ${today.getFullYear()}`);
  });
});
