/** Symbol text's fields: its words, layout (pictures above words or Easy Read), size, and each word's picture. */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../model/schema';
import { LimitNote, NumberField } from '../LimitFields';
import { TokenPictures } from '../TokenPictures';
import type { PanelProps } from './types';

export function SymbolTextPanel({ editor, element: e, set, profile }: PanelProps<'symtext'>) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        {t('props.text')}
        <textarea rows={3} dir="auto" lang={editor.doc.language} value={e.text} maxLength={LIMITS.symbolText} onChange={(ev) => set({ text: ev.target.value.slice(0, LIMITS.symbolText) }, { mergeKey: `text:${e.id}`, labelKey: 'command.editText' })} onBlur={() => editor.sealHistory()} />
        <LimitNote length={e.text.length} max={LIMITS.symbolText} />
      </label>
      <label className="field">
        {t('symtext.layout')}
        <select value={e.layout} onChange={(ev) => set({ layout: ev.target.value as typeof e.layout })}>
          <option value="above">{t('symtext.above')}</option>
          <option value="easy-read">{t('symtext.easyRead')}</option>
        </select>
      </label>
      <NumberField label={t('props.fontSize')} value={e.fontSize} min={LIMITS.symbolFontSize.min} max={LIMITS.symbolFontSize.max} onChange={(n) => set({ fontSize: n })} />
      <TokenPictures editor={editor} element={e} profile={profile} />
    </>
  );
}
