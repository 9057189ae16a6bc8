/** Changing the selected element: caption, text, colours, arrow heads, order. */
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { bringForward, bringToFront, deleteSelection, duplicateSelection, runCommand, sendBackward, sendToBack } from '../editor/commands';
import { setLanguage, setPageSetup, setSecondLanguage, updateElements, type ElementPatch } from '../model/operations';
import type { ScenePage } from '../layout/scene';
import { useEditorState } from '../canvas/useEditorState';
import { Icon } from './Icon';
import { TokenPictures } from './TokenPictures';
import { ContainerPanel } from './ContainerPanel';
import { ImagePanel } from './ImagePanel';
import { DOCUMENT_LANGUAGES } from './languages';
import { LanguageOptions } from './LanguageOptions';
import type { Profile } from '../model/profile';
import { LIMITS } from '../model/schema';
import { LimitNote, NumberField } from './LimitFields';


export function PropertiesPanel({ editor, scene, profile = null }: { editor: Editor; scene: ScenePage; profile?: Profile | null }) {
  const { t, i18n } = useTranslation();
  const state = useEditorState(editor);
  const sel = editor.selectedElements;
  const patch = (p: ElementPatch, mergeKey?: string) =>
    editor.change((d) => updateElements(d, editor.page.id, Object.fromEntries(state.selection.map((id) => [id, p]))), { mergeKey });

  if (sel.length === 0) {
    return (
      <section className="panel" aria-labelledby="props-h">
        <h2 id="props-h">{t('props.page')}</h2>
        <label className="field">
          {t('toolbar.pageSize')}
          <select value={state.doc.page.size} onChange={(e) => editor.change((d) => setPageSetup(d, { size: e.target.value as 'A4' }))}>
            <option value="A4">A4</option>
            <option value="A5">A5</option>
            <option value="Letter">{t('toolbar.letter')}</option>
          </select>
        </label>
        <label className="field">
          {t('toolbar.orientation')}
          <select value={state.doc.page.orientation} onChange={(e) => editor.change((d) => setPageSetup(d, { orientation: e.target.value as 'portrait' }))}>
            <option value="portrait">{t('toolbar.portrait')}</option>
            <option value="landscape">{t('toolbar.landscape')}</option>
          </select>
        </label>
        <label className="field">
          {t('props.language')}
          <select value={state.doc.language} onChange={(e) => editor.change((d) => setLanguage(d, e.target.value))}>
            <LanguageOptions codes={DOCUMENT_LANGUAGES} />
          </select>
        </label>
        <label className="field">
          {t('props.secondLanguage')}
          <select value={state.doc.secondLanguage ?? ''} onChange={(e) => editor.change((d) => setSecondLanguage(d, e.target.value || null))}>
            <option value="">{t('props.noSecondLanguage')}</option>
            <LanguageOptions codes={DOCUMENT_LANGUAGES.filter((l) => l !== state.doc.language)} />
          </select>
        </label>
        <p className="muted">{t('props.none')}</p>
      </section>
    );
  }
  const e = sel[0];
  const single = sel.length === 1;
  const second = state.doc.secondLanguage ? (new Intl.DisplayNames([i18n.language], { type: 'language' }).of(state.doc.secondLanguage) ?? state.doc.secondLanguage) : null;
  const overflow = single && scene.items.find((i) => i.elementId === e.id)?.overflow;

  return (
    <section className="panel" aria-labelledby="props-h">
      <h2 id="props-h">{single ? t('props.label') : t('props.many', { count: sel.length })}</h2>
      {overflow && (
        <p className="warning" role="status">
          {t('props.overflow')}
        </p>
      )}
      {single && e.type === 'symbol' && (
        <>
          <ContentFields max={LIMITS.caption} label={t('props.caption')} value={e.caption} second={e.caption2 ?? ''} secondLabel={second} languages={[state.doc.language, state.doc.secondLanguage]} onChange={(v) => patch({ caption: v }, `text:${e.id}`)} onChangeSecond={(v) => patch({ caption2: v }, `text2:${e.id}`)} onDone={() => editor.sealHistory()} />
          <label className="field">
            {t('props.captionPosition')}
            <select value={e.captionPosition} onChange={(ev) => patch({ captionPosition: ev.target.value })}>
              <option value="above">{t('props.above')}</option>
              <option value="below">{t('props.below')}</option>
              <option value="none">{t('props.hidden')}</option>
            </select>
          </label>
          <label className="check">
            <input type="checkbox" checked={e.border} onChange={(ev) => patch({ border: ev.target.checked })} /> {t('props.border')}
          </label>
        </>
      )}
      {single && e.type === 'text' && (
        <>
          <ContentFields multiline max={LIMITS.text} label={t('props.text')} value={e.text} second={e.text2 ?? ''} secondLabel={second} languages={[state.doc.language, state.doc.secondLanguage]} onChange={(v) => patch({ text: v }, `text:${e.id}`)} onChangeSecond={(v) => patch({ text2: v }, `text2:${e.id}`)} onDone={() => editor.sealHistory()} />
          <NumberField label={t('props.fontSize')} value={e.fontSize} min={LIMITS.textFontSize.min} max={LIMITS.textFontSize.max} onChange={(n) => patch({ fontSize: n })} />
          <label className="check">
            <input type="checkbox" checked={e.bold} onChange={(ev) => patch({ bold: ev.target.checked })} /> {t('props.bold')}
          </label>
          <label className="field">
            {t('props.align')}
            <select value={e.align} onChange={(ev) => patch({ align: ev.target.value })}>
              <option value="left">{t('props.left')}</option>
              <option value="center">{t('props.center')}</option>
              <option value="right">{t('props.right')}</option>
            </select>
          </label>
        </>
      )}
      {single && e.type === 'symtext' && (
        <>
          <label className="field">
            {t('props.text')}
            <textarea rows={3} dir="auto" lang={state.doc.language} value={e.text} maxLength={LIMITS.symbolText} onChange={(ev) => patch({ text: ev.target.value.slice(0, LIMITS.symbolText) }, `text:${e.id}`)} onBlur={() => editor.sealHistory()} />
            <LimitNote length={e.text.length} max={LIMITS.symbolText} />
          </label>
          <label className="field">
            {t('symtext.layout')}
            <select value={e.layout} onChange={(ev) => patch({ layout: ev.target.value })}>
              <option value="above">{t('symtext.above')}</option>
              <option value="easy-read">{t('symtext.easyRead')}</option>
            </select>
          </label>
          <NumberField label={t('props.fontSize')} value={e.fontSize} min={LIMITS.symbolFontSize.min} max={LIMITS.symbolFontSize.max} onChange={(n) => patch({ fontSize: n })} />
          <TokenPictures editor={editor} element={e} profile={profile} />
        </>
      )}
      {single && e.type === 'container' && <ContainerPanel editor={editor} c={e} />}
      {single && e.type === 'image' && <ImagePanel editor={editor} e={e} />}
      {single && e.type === 'shape' && (
        <>
          <label className="check">
            <input type="checkbox" checked={e.fill === null} onChange={(ev) => patch({ fill: ev.target.checked ? null : '#fff4c2' })} /> {t('props.noFill')}
          </label>
          {e.fill !== null && (
            <label className="field">
              {t('props.fill')}
              <input type="color" value={e.fill} onChange={(ev) => patch({ fill: ev.target.value }, `fill:${e.id}`)} />
            </label>
          )}
          <label className="field">
            {t('props.stroke')}
            <input type="color" value={e.stroke ?? '#1a1a1a'} onChange={(ev) => patch({ stroke: ev.target.value }, `stroke:${e.id}`)} />
          </label>
        </>
      )}
      {single && e.type === 'line' && (
        <>
          <label className="field">
            {t('props.arrow')}
            <select value={e.arrow} onChange={(ev) => patch({ arrow: ev.target.value })}>
              <option value="none">{t('props.arrowNone')}</option>
              <option value="end">{t('props.arrowEnd')}</option>
              <option value="both">{t('props.arrowBoth')}</option>
            </select>
          </label>
          <label className="field">
            {t('props.color')}
            <input type="color" value={e.color} onChange={(ev) => patch({ color: ev.target.value }, `color:${e.id}`)} />
          </label>
        </>
      )}
      <div className="button-row">
        <button type="button" onClick={() => runCommand(editor, duplicateSelection, undefined)}>
          <Icon name="copy" /> {t('command.duplicate')}
        </button>
        <button type="button" onClick={() => runCommand(editor, deleteSelection, undefined)}>
          <Icon name="trash" /> {t('command.delete')}
        </button>
        <button type="button" onClick={() => runCommand(editor, bringForward, undefined)}>
          <Icon name="front" /> {t('command.bringForward')}
        </button>
        <button type="button" onClick={() => runCommand(editor, sendBackward, undefined)}>
          <Icon name="back" /> {t('command.sendBackward')}
        </button>
        <button type="button" onClick={() => runCommand(editor, bringToFront, undefined)}>
          {t('command.bringToFront')}
        </button>
        <button type="button" onClick={() => runCommand(editor, sendToBack, undefined)}>
          {t('command.sendToBack')}
        </button>
      </div>
    </section>
  );
}

/**
 * A caption or text in the document's language, and its line in the second language when
 * the document has one (marked while it is missing). Both take either direction.
 */
function ContentFields(props: {
  label: string;
  value: string;
  second: string;
  /** Name of the second language, or null when the document has none. */
  secondLabel: string | null;
  languages: [string, string | null];
  multiline?: boolean;
  /** Longest text the schema accepts. */
  max: number;
  onChange: (v: string) => void;
  onChangeSecond: (v: string) => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const { label, value, second, secondLabel, languages, multiline, max, onChange, onChangeSecond, onDone } = props;
  const input = (v: string, lang: string, set: (v: string) => void, className?: string) => (
    <>
      {multiline ? (
        <textarea rows={3} dir="auto" lang={lang} value={v} maxLength={max} onChange={(ev) => set(ev.target.value.slice(0, max))} onBlur={onDone} className={className} />
      ) : (
        <input type="text" dir="auto" lang={lang} value={v} maxLength={max} onChange={(ev) => set(ev.target.value.slice(0, max))} onBlur={onDone} className={className} />
      )}
      <LimitNote length={v.length} max={max} />
    </>
  );
  return (
    <>
      <label className="field">
        {label}
        {input(value, languages[0], onChange)}
      </label>
      {secondLabel && languages[1] && (
        <label className="field">
          {t('props.inLanguage', { what: label, language: secondLabel })}
          {input(second, languages[1], onChangeSecond, !second.trim() && value.trim() ? 'missing' : undefined)}
        </label>
      )}
    </>
  );
}
