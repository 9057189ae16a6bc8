/** A text box's fields: its words (and second-language line), size, bold, alignment. */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../model/schema';
import { ContentFields } from '../ContentFields';
import { NumberField } from '../LimitFields';
import type { PanelProps } from './types';

export function TextPanel({ editor, element: e, set, secondLabel }: PanelProps<'text'>) {
  const { t } = useTranslation();
  const doc = editor.doc;
  return (
    <>
      <ContentFields
        multiline
        max={LIMITS.text}
        label={t('props.text')}
        value={e.text}
        second={e.text2 ?? ''}
        secondLabel={secondLabel}
        languages={[doc.language, doc.secondLanguage]}
        onChange={(v) => set({ text: v }, { mergeKey: `text:${e.id}`, labelKey: 'command.editText' })}
        onChangeSecond={(v) => set({ text2: v }, { mergeKey: `text2:${e.id}`, labelKey: 'command.editText' })}
        onDone={() => editor.sealHistory()}
      />
      <NumberField label={t('props.fontSize')} value={e.fontSize} min={LIMITS.textFontSize.min} max={LIMITS.textFontSize.max} onChange={(n) => set({ fontSize: n })} />
      <label className="check">
        <input type="checkbox" checked={e.bold} onChange={(ev) => set({ bold: ev.target.checked })} /> {t('props.bold')}
      </label>
      <label className="field">
        {t('props.align')}
        <select value={e.align} onChange={(ev) => set({ align: ev.target.value as typeof e.align })}>
          <option value="left">{t('props.left')}</option>
          <option value="center">{t('props.center')}</option>
          <option value="right">{t('props.right')}</option>
        </select>
      </label>
    </>
  );
}
