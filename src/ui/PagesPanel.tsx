/** Pages of the document as thumbnails: choose, add, duplicate, reorder, delete. */
import { memo, useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addPage, deletePage, duplicatePage, movePage, runCommand } from '../editor/commands';
import type { SceneCache } from '../editor/sceneCache';
import type { LayoutStyle } from '../layout/style';
import { LIMITS, type Page, type SignpostDocument } from '../model/schema';
import { useEditorState } from '../editor/useEditorState';
import { drawPageThumbnail } from './thumbnail';
import { Icon } from './Icon';

/** What a page's thumbnail depends on besides the page: not the title or the other pages. */
type Setup = Pick<SignpostDocument, 'page' | 'language' | 'secondLanguage' | 'assets'>;

/**
 * One page's thumbnail, redrawn only when that page (an immutable object), the page setup
 * or the drawings change: typing in a 100-page document must not redraw 100 pages.
 */
const PageThumb = memo(function PageThumb({ editor, cache, page, style, setup, version }: { editor: Editor; cache: SceneCache; page: Page; style: LayoutStyle; setup: Setup; version: number }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    if (ref.current) drawPageThumbnail(ref.current, cache.page({ ...editor.doc, ...setup }, page, style, ''), 96);
  }, [editor, page, cache, version, style, setup]);
  return <canvas ref={ref} className="page-thumb" aria-hidden="true" />;
});

interface RowProps {
  editor: Editor;
  cache: SceneCache;
  page: Page;
  index: number;
  count: number;
  current: boolean;
  full: boolean;
  style: LayoutStyle;
  setup: Setup;
  version: number;
  /** Pages it prints as: more than 1 when a profile or long symbol text splits it. */
  prints: number;
}

/** One page in the list; unchanged pages are not rendered again as the document changes. */
const PageRow = memo(function PageRow({ editor, cache, page: p, index: i, count, current, full, style, setup, version, prints }: RowProps) {
  const { t } = useTranslation();
  return (
    <li className={current ? 'current' : undefined}>
      <button type="button" className="page-button" aria-current={current ? 'page' : undefined} onClick={() => editor.setPage(p.id)} aria-label={t('pages.page', { n: i + 1 })}>
        <PageThumb editor={editor} cache={cache} page={p} style={style} setup={setup} version={version} />
        <span>{t('pages.page', { n: i + 1 })}</span>
        {prints > 1 && <span className="prints-as">{t('pages.printsAs', { count: prints })}</span>}
      </button>
      <div className="page-actions">
        <button type="button" className="icon-only" disabled={i === 0} onClick={() => runCommand(editor, movePage, { pageId: p.id, by: -1 })} aria-label={`${t('pages.moveUp')} ${i + 1}`} title={t('pages.moveUp')}>
          <Icon name="up" />
        </button>
        <button type="button" className="icon-only" disabled={i === count - 1} onClick={() => runCommand(editor, movePage, { pageId: p.id, by: 1 })} aria-label={`${t('pages.moveDown')} ${i + 1}`} title={t('pages.moveDown')}>
          <Icon name="down" />
        </button>
        <button type="button" className="icon-only" disabled={full} onClick={() => runCommand(editor, duplicatePage, { pageId: p.id })} aria-label={`${t('pages.duplicate')} ${i + 1}`} title={t('pages.duplicate')}>
          <Icon name="copy" />
        </button>
        <button type="button" className="icon-only" disabled={count < 2} onClick={() => runCommand(editor, deletePage, { pageId: p.id })} aria-label={`${t('pages.delete')} ${i + 1}`} title={t('pages.delete')}>
          <Icon name="trash" />
        </button>
      </div>
    </li>
  );
});

export function PagesPanel({ editor, cache, style }: { editor: Editor; cache: SceneCache; style: LayoutStyle }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const pages = state.doc.pages;
  const full = pages.length >= LIMITS.pages;
  const { page: pageSetup, language, secondLanguage, assets } = state.doc;
  const setup = useMemo<Setup>(() => ({ page: pageSetup, language, secondLanguage, assets }), [pageSetup, language, secondLanguage, assets]);
  // how each page prints, so a split is seen before printing
  const prints = useMemo(() => pages.map((p) => cache.printedPages({ ...editor.doc, ...setup }, p, style)), [pages, cache, editor, setup, style]);
  return (
    <section className="panel pages" aria-labelledby="pages-h">
      <h2 id="pages-h">{t('pages.label')}</h2>
      <ol className="page-list">
        {pages.map((p, i) => (
          <PageRow key={p.id} editor={editor} cache={cache} page={p} index={i} count={pages.length} current={p.id === state.pageId} full={full} style={style} setup={setup} version={cache.version} prints={prints[i]} />
        ))}
      </ol>
      <button type="button" disabled={full} onClick={() => runCommand(editor, addPage, undefined)}>
        <Icon name="plus" /> {t('pages.add')}
      </button>
      {full && (
        <p className="field-note" role="status">
          {t('limits.pages', { max: LIMITS.pages })}
        </p>
      )}
    </section>
  );
}
