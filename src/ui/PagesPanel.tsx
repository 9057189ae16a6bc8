/** Pages of the document as thumbnails: choose, add, duplicate, reorder, delete. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addPage, deletePage, duplicatePage, movePage, runCommand } from '../editor/commands';
import type { SceneCache } from '../editor/sceneCache';
import type { LayoutStyle } from '../layout/style';
import { LIMITS, type Page } from '../model/schema';
import { useEditorState } from '../canvas/useEditorState';
import { drawPageThumbnail } from './thumbnail';
import { Icon } from './Icon';

function PageThumb({ editor, cache, page, style }: { editor: Editor; cache: SceneCache; page: Page; style: LayoutStyle }) {
  const ref = useRef<HTMLCanvasElement>(null);
  const doc = editor.doc;
  useEffect(() => {
    if (ref.current) drawPageThumbnail(ref.current, cache.page(doc, page, style, ''), 96);
  }, [doc, page, cache, cache.version, style]);
  return <canvas ref={ref} className="page-thumb" aria-hidden="true" />;
}

export function PagesPanel({ editor, cache, style }: { editor: Editor; cache: SceneCache; style: LayoutStyle }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const pages = state.doc.pages;
  const full = pages.length >= LIMITS.pages;
  return (
    <section className="panel pages" aria-labelledby="pages-h">
      <h2 id="pages-h">{t('pages.label')}</h2>
      <ol className="page-list">
        {pages.map((p, i) => (
          <li key={p.id} className={p.id === state.pageId ? 'current' : undefined}>
            <button type="button" className="page-button" aria-current={p.id === state.pageId ? 'page' : undefined} onClick={() => editor.setPage(p.id)} aria-label={t('pages.page', { n: i + 1 })}>
              <PageThumb editor={editor} cache={cache} page={p} style={style} />
              <span>{t('pages.page', { n: i + 1 })}</span>
            </button>
            <div className="page-actions">
              <button type="button" className="icon-only" disabled={i === 0} onClick={() => runCommand(editor, movePage, { pageId: p.id, by: -1 })} aria-label={`${t('pages.moveUp')} ${i + 1}`} title={t('pages.moveUp')}>
                <Icon name="up" />
              </button>
              <button type="button" className="icon-only" disabled={i === pages.length - 1} onClick={() => runCommand(editor, movePage, { pageId: p.id, by: 1 })} aria-label={`${t('pages.moveDown')} ${i + 1}`} title={t('pages.moveDown')}>
                <Icon name="down" />
              </button>
              <button type="button" className="icon-only" disabled={full} onClick={() => runCommand(editor, duplicatePage, { pageId: p.id })} aria-label={`${t('pages.duplicate')} ${i + 1}`} title={t('pages.duplicate')}>
                <Icon name="copy" />
              </button>
              <button type="button" className="icon-only" disabled={pages.length < 2} onClick={() => runCommand(editor, deletePage, { pageId: p.id })} aria-label={`${t('pages.delete')} ${i + 1}`} title={t('pages.delete')}>
                <Icon name="trash" />
              </button>
            </div>
          </li>
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
