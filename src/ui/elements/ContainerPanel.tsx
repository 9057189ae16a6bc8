/** Editing a container: its layout switches and its items (add, reorder, remove, words, picture). */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { addContainerItem, runCommand } from '../../editor/commands';
import { moveItem, removeItem, updateItem } from '../../model/containers';
import { LIMITS, type Container } from '../../model/schema';
import type { PanelProps } from './types';
import { LimitNote } from '../LimitFields';
import { PictureThumb } from '../PictureThumb';
import { PictureOffer } from '../PictureOffer';
import { keepPicture, setItemPicture } from '../../model/pictures';
import { SymbolPicker } from '../SymbolPicker';
import { Icon } from '../Icon';
import { useServices } from '../services';
import { downloadBytes, safeFileName } from '../fileIo';
import { columnsShown } from '../../layout/containers';
import { resolveStyle } from '../../profile/resolve';

/**
 * For an item that leads to another page (a board's button that opens another board): a
 * button that shows that page, its board's grid selected, so the link can be followed and
 * checked while editing. Nothing when the item leads nowhere, or its page was deleted.
 */
function LinkButton({ editor, pageId }: { editor: PanelProps<'container'>['editor']; pageId: string | null | undefined }) {
  const { t } = useTranslation();
  const index = pageId ? editor.doc.pages.findIndex((p) => p.id === pageId) : -1;
  if (!pageId || index < 0) return null;
  const go = () => {
    editor.setPage(pageId);
    const grid = editor.page.elements.find((e) => e.type === 'container');
    if (grid) editor.select([grid.id]);
  };
  return (
    <button type="button" className="go-to-page" onClick={go}>
      <Icon name="arrow" /> {t('container.goToPage', { page: index + 1 })}
    </button>
  );
}

export function ContainerPanel({ editor, element: c, set, profile }: PanelProps<'container'>) {
  const { t } = useTranslation();
  return (
    <div className="container-panel">
      <p className="muted">{t(`container.kind.${c.kind}`)}</p>
      {c.kind === 'sequence' && <SequenceFields c={c} set={set} />}
      {(c.kind === 'grid' || c.kind === 'sequence') && <ColumnsField c={c} set={set} profile={profile} />}
      {c.kind === 'timeline' && <TimelineFields c={c} set={set} />}
      <h3 className="small-heading">{t('container.items')}</h3>
      <ContainerItems editor={editor} c={c} />
      <AddItemButton editor={editor} c={c} />
      <p className="muted small">{t('container.dropHint')}</p>
      {(c.kind === 'grid' || c.kind === 'sequence') && <SaveBoardButton editor={editor} c={c} />}
    </div>
  );
}

type FieldsProps = { c: Container; set: PanelProps<'container'>['set'] };

/** A sequence's direction, numbers, arrows and ticks. */
function SequenceFields({ c, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        {t('container.direction')}
        <select value={c.direction} onChange={(e) => set({ direction: e.target.value as Container['direction'] })}>
          <option value="horizontal">{t('container.horizontal')}</option>
          <option value="vertical">{t('container.vertical')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={c.numbered} onChange={(e) => set({ numbered: e.target.checked })} /> {t('container.numbered')}
      </label>
      <label className="check">
        <input type="checkbox" checked={c.arrows} onChange={(e) => set({ arrows: e.target.checked })} /> {t('container.arrows')}
      </label>
      <label className="check">
        <input type="checkbox" checked={c.ticks} onChange={(e) => set({ ticks: e.target.checked })} /> {t('container.ticks')}
      </label>
    </>
  );
}

/** Columns asked for; the page may draw fewer (cells for large text need room), and says so. */
function ColumnsField({ c, set, profile }: FieldsProps & { profile: PanelProps<'container'>['profile'] }) {
  const { t } = useTranslation();
  const shown = columnsShown(c, resolveStyle(profile));
  const fewerColumns = shown < c.columns && (c.kind === 'grid' || shown < c.items.length);
  const { min, max } = LIMITS.columns;
  return (
    <label className="field">
      {t('container.columns')}
      <input type="number" min={min} max={max} value={c.columns} aria-describedby={fewerColumns ? `cols-${c.id}` : undefined} onChange={(e) => set({ columns: Math.min(max, Math.max(min, Math.round(Number(e.target.value)) || 1)) })} />
      {fewerColumns && (
        <span id={`cols-${c.id}`} className="field-note" role="status">
          {t('container.columnsShown', { count: shown, asked: c.columns })}
        </span>
      )}
    </label>
  );
}

/** A timeline's marker: which event it points at, and the words under it. */
function TimelineFields({ c, set }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        {t('container.marker')}
        <select value={c.marker ?? ''} onChange={(e) => set({ marker: e.target.value === '' ? null : Number(e.target.value) })}>
          <option value="">{t('container.noMarker')}</option>
          {c.items.map((it, i) => (
            <option key={it.id} value={i}>
              {it.caption || i + 1}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        {t('container.markerLabel')}
        <input type="text" value={c.markerLabel} maxLength={LIMITS.markerLabel} onChange={(e) => set({ markerLabel: e.target.value.slice(0, LIMITS.markerLabel) }, { mergeKey: `marker:${c.id}` })} />
        <LimitNote length={c.markerLabel.length} max={LIMITS.markerLabel} />
      </label>
    </>
  );
}

type ItemsProps = { editor: PanelProps<'container'>['editor']; c: Container };

/** The container's items; one at a time has its symbol picker open. */
function ContainerItems({ editor, c }: ItemsProps) {
  const [picking, setPicking] = useState<string | null>(null);
  return (
    <ol className="container-items">
      {c.items.map((it, i) => (
        <ContainerItemRow key={it.id} editor={editor} c={c} index={i} picking={picking === it.id} onPicking={(on) => setPicking(on ? it.id : null)} />
      ))}
    </ol>
  );
}

/** One item: its picture and words, the page it leads to, a picture on offer, move, picture, remove. */
function ContainerItemRow({ editor, c, index: i, picking, onPicking }: ItemsProps & { index: number; picking: boolean; onPicking: (on: boolean) => void }) {
  const { t } = useTranslation();
  const it = c.items[i];
  const pid = editor.page.id;
  return (
    <li>
      <div className="item-row">
        {it.symbol ? <PictureThumb picture={{ set: it.symbol.set, ids: [it.symbol.id, ...(it.also ?? []).map((a) => a.id)], modifier: it.modifier ?? undefined }} size={28} /> : <span className="no-picture" aria-hidden="true" />}
        <input
          type="text"
          aria-label={t('container.itemWords', { n: i + 1 })}
          value={it.caption}
          placeholder={it.gap ? t('container.emptyPlace') : undefined}
          maxLength={LIMITS.caption}
          // words typed into a board's empty place make it a button
          onChange={(e) => editor.change((d) => updateItem(d, pid, c.id, it.id, { caption: e.target.value.slice(0, LIMITS.caption), ...(it.gap ? { gap: false } : {}) }), { mergeKey: `item:${it.id}` })}
          onBlur={() => editor.sealHistory()}
        />
      </div>
      <LimitNote length={it.caption.length} max={LIMITS.caption} />
      <LinkButton editor={editor} pageId={it.link} />
      <PictureOffer
        holder={it}
        language={editor.doc.language}
        onUse={(pic, words) => editor.change((d) => setItemPicture(d, pid, c.id, it.id, pic, words))}
        onKeep={() => editor.change((d) => keepPicture(d, pid, c.id, it.id))}
        onNone={() => editor.change((d) => setItemPicture(d, pid, c.id, it.id, null))}
      />
      <ItemButtons editor={editor} c={c} index={i} picking={picking} onPicking={onPicking} />
      {picking && (
        <SymbolPicker
          label={t('container.findPicture', { n: i + 1 })}
          language={editor.doc.language}
          onPick={(ref, _label, composed) => {
            // a person chose it: it is kept whatever the words become (and an empty place becomes a button)
            editor.change((d) => {
              const next = setItemPicture(d, pid, c.id, it.id, { set: ref.set, ids: [ref.id, ...composed.also.slice(0, 2).map((a) => a.id)], modifier: composed.modifier ?? undefined });
              return it.gap ? updateItem(next, pid, c.id, it.id, { gap: false }) : next;
            });
            onPicking(false);
          }}
        />
      )}
    </li>
  );
}

function ItemButtons({ editor, c, index: i, picking, onPicking }: ItemsProps & { index: number; picking: boolean; onPicking: (on: boolean) => void }) {
  const { t } = useTranslation();
  const it = c.items[i];
  const pid = editor.page.id;
  return (
    <div className="button-row">
      <button type="button" className="icon-only" disabled={i === 0} onClick={() => editor.change((d) => moveItem(d, pid, c.id, it.id, -1))} aria-label={t('container.moveUp', { n: i + 1 })} title={t('container.moveUp', { n: i + 1 })}>
        <Icon name="up" />
      </button>
      <button type="button" className="icon-only" disabled={i === c.items.length - 1} onClick={() => editor.change((d) => moveItem(d, pid, c.id, it.id, 1))} aria-label={t('container.moveDown', { n: i + 1 })} title={t('container.moveDown', { n: i + 1 })}>
        <Icon name="down" />
      </button>
      <button type="button" onClick={() => onPicking(!picking)} aria-expanded={picking}>
        {t('container.picture')}
      </button>
      <button type="button" className="icon-only" onClick={() => editor.change((d) => removeItem(d, pid, c.id, it.id))} aria-label={t('container.remove', { n: i + 1 })} title={t('container.remove', { n: i + 1 })}>
        <Icon name="trash" />
      </button>
    </div>
  );
}

/** Adds an item, up to the limit, which is then said. */
function AddItemButton({ editor, c }: ItemsProps) {
  const { t } = useTranslation();
  const full = c.items.length >= LIMITS.containerItems;
  return (
    <>
      <button type="button" disabled={full} onClick={() => runCommand(editor, addContainerItem, { id: c.id, symbol: null, caption: t('container.newItem') })}>
        <Icon name="plus" /> {t('container.add')}
      </button>
      {full && (
        <p className="field-note" role="status">
          {t('limits.items', { max: LIMITS.containerItems })}
        </p>
      )}
    </>
  );
}

/** Saves a grid or sequence as a communication board (.obz). */
function SaveBoardButton({ editor, c }: ItemsProps) {
  const { t } = useTranslation();
  const services = useServices();
  return (
    <button
      type="button"
      onClick={async () => {
        const { boardFromContainer } = await import('../boards');
        const bytes = await boardFromContainer(services, c, editor.doc.language, editor.doc.title, editor.doc);
        downloadBytes(bytes, `${safeFileName(editor.doc.title)}.obz`, 'application/zip');
      }}
    >
      <Icon name="save" /> {t('boards.save')}
    </button>
  );
}
