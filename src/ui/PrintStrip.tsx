/**
 * The pages the current page prints as, when it prints as more than one (a profile's "most
 * pictures on one page", its text size, or symbol text longer than its box): small renders of
 * the printed pages, laid out by the print layout and drawn by the canvas's own Scene drawing.
 */
import { memo, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import type { SceneCache } from '../editor/sceneCache';
import { useEditorState } from '../editor/useEditorState';
import { footerText } from '../layout/layout';
import type { ScenePage } from '../layout/scene';
import type { LayoutStyle } from '../layout/style';
import type { SignpostDocument } from '../model/schema';
import { useServices } from './services';
import { drawPageThumbnail } from './thumbnail';

/** Edits this close together are laid out for print once: typing must not lay out every page at every key. */
const SETTLE_MS = 300;

/**
 * The document once edits pause. A timer rather than an event: there is no event for "the user
 * stopped typing", and the canvas itself follows every key.
 */
function useSettled(doc: SignpostDocument): SignpostDocument {
  const [settled, setSettled] = useState(doc);
  useEffect(() => {
    if (settled === doc) return;
    const timer = setTimeout(() => setSettled(doc), SETTLE_MS);
    return () => clearTimeout(timer);
  }, [doc, settled]);
  return settled;
}

/** Pictures on a printed page (what a profile's "most pictures on one page" counts). */
const picturesOn = (page: ScenePage) => page.items.reduce((n, it) => n + it.parts.filter((p) => p.role === 'figure').length, 0);

const PrintedPage = memo(function PrintedPage({ page, n }: { page: ScenePage; n: number }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) drawPageThumbnail(ref.current, page, 112);
  }, [page]);
  return (
    <li>
      <canvas ref={ref} className="page-thumb" role="img" aria-label={t('printStrip.pictures', { n, count: picturesOn(page) })} data-printed-page={n} />
      <span aria-hidden="true">{t('printStrip.page', { n })}</span>
    </li>
  );
});

export function PrintStrip({ editor, cache, style, version }: { editor: Editor; cache: SceneCache; style: LayoutStyle; version: number }) {
  const { t } = useTranslation();
  const services = useServices();
  const state = useEditorState(editor);
  const doc = useSettled(state.doc);
  const index = doc.pages.findIndex((p) => p.id === state.pageId);
  const page = doc.pages[index];
  // only a page that prints as several is laid out again for print (its count is remembered)
  const count = page ? cache.printedPages(doc, page, style) : 1;
  const pages = useMemo(
    () => (page && count > 1 ? cache.printedScenes(doc, page, style, footerText(doc, services.layoutDeps, {}, style)) : []),
    // version: laid out again once drawings arrive
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [doc, page, count, cache, style, services, version],
  );
  if (pages.length < 2) return null;
  // the printed number of this page's first part
  const first = 1 + doc.pages.slice(0, index).reduce((n, p) => n + cache.printedPages(doc, p, style), 0);
  return (
    // focusable, so the strip can be scrolled from the keyboard
    <section className="print-strip" aria-labelledby="print-strip-h" tabIndex={0}>
      <h2 id="print-strip-h">{t('printStrip.heading', { page: index + 1, count: pages.length })}</h2>
      <ol>
        {pages.map((p, i) => (
          <PrintedPage key={p.pageId} page={p} n={first + i} />
        ))}
      </ol>
    </section>
  );
}
