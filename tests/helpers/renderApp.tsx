/** Renders the whole app in the browser with its own IndexedDB database. */
import { I18nextProvider } from 'react-i18next';
import { render } from 'vitest-browser-react';
import Konva from 'konva';
import { i18n } from '../../src/i18n';
import { App } from '../../src/ui/App';

export async function renderApp(dbName: string) {
  return render(
    <I18nextProvider i18n={i18n}>
      <App dbName={dbName} />
    </I18nextProvider>,
  );
}

/** The editor's Konva stage. */
export function stage(): Konva.Stage {
  const s = Konva.stages.find((st) => st.container().isConnected);
  if (!s) throw new Error('no stage');
  return s;
}

/** The element nodes on the canvas; none while the editor is not open yet. */
export const elementNodes = () => (Konva.stages.some((st) => st.container().isConnected) ? stage().find('.element') : []);

/** Screen position (client px) of a point given in stage (page point) coordinates. */
export function clientPoint(x: number, y: number): { x: number; y: number } {
  const s = stage();
  const r = s.container().getBoundingClientRect();
  const p = s.getAbsoluteTransform().point({ x, y });
  return { x: r.left + p.x, y: r.top + p.y };
}

/** Waits until a condition holds (the app works asynchronously: fetches, IndexedDB). */
export async function until(cond: () => boolean, timeout = 5000): Promise<void> {
  const t0 = performance.now();
  while (!cond()) {
    if (performance.now() - t0 > timeout) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Home → New document → Blank page. */
export async function newBlankDocument(): Promise<void> {
  const { page } = await import('vitest/browser');
  await page.getByRole('button', { name: 'New document' }).click();
  await page.getByRole('button', { name: /^Blank page/ }).click();
}
