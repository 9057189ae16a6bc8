/** The page's settings when nothing is selected: paper, orientation, languages; and new containers. */
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { addContainer, runCommand } from '../editor/commands';
import { setLanguage, setPageSetup, setSecondLanguage, setTitleHeading } from '../model/operations';
import { useEditorState } from '../editor/useEditorState';
import { DOCUMENT_LANGUAGES } from './languages';
import { LanguageOptions } from './LanguageOptions';
import { Icon } from './Icon';

const CONTAINER_KINDS = ['sequence', 'grid', 'timeline', 'scale'] as const;

/** `titleOverlaps`: something on the page is where the title heading prints. */
export function PagePanel({ editor, titleOverlaps = false }: { editor: Editor; titleOverlaps?: boolean }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  return (
    <section className="panel" aria-labelledby="props-h">
      <h2 id="props-h">{t('props.page')}</h2>
      <label className="field">
        {t('toolbar.pageSize')}
        <select value={state.doc.page.size} onChange={(e) => editor.change((d) => setPageSetup(d, { size: e.target.value as 'A4' }), { label: 'command.pageSetup' })}>
          <option value="A4">A4</option>
          <option value="A5">A5</option>
          <option value="Letter">{t('toolbar.letter')}</option>
        </select>
      </label>
      <label className="field">
        {t('toolbar.orientation')}
        <select value={state.doc.page.orientation} onChange={(e) => editor.change((d) => setPageSetup(d, { orientation: e.target.value as 'portrait' }), { label: 'command.pageSetup' })}>
          <option value="portrait">{t('toolbar.portrait')}</option>
          <option value="landscape">{t('toolbar.landscape')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={state.doc.titleHeading === true} onChange={(e) => editor.change((d) => setTitleHeading(d, e.target.checked), { label: 'command.titleHeading' })} /> {t('props.titleHeading')}
      </label>
      {titleOverlaps && (
        <p className="warning" role="status">
          {t('props.titleOverlaps')}
        </p>
      )}
      <label className="field">
        {t('props.language')}
        <select value={state.doc.language} onChange={(e) => editor.change((d) => setLanguage(d, e.target.value), { label: 'command.language' })}>
          <LanguageOptions codes={DOCUMENT_LANGUAGES} />
        </select>
      </label>
      <label className="field">
        {t('props.secondLanguage')}
        <select value={state.doc.secondLanguage ?? ''} onChange={(e) => editor.change((d) => setSecondLanguage(d, e.target.value || null), { label: 'command.language' })}>
          <option value="">{t('props.noSecondLanguage')}</option>
          <LanguageOptions codes={DOCUMENT_LANGUAGES.filter((l) => l !== state.doc.language)} />
        </select>
      </label>
      <h3 className="small-heading">{t('props.addContainer')}</h3>
      <div className="button-row">
        {CONTAINER_KINDS.map((kind) => (
          <button key={kind} type="button" disabled={state.readOnly} onClick={() => runCommand(editor, addContainer, { kind })}>
            <Icon name="plus" /> {t(`container.kind.${kind}`)}
          </button>
        ))}
      </div>
      <p className="muted">{t('props.none')}</p>
    </section>
  );
}
