/** A symbol card's fields: caption (and its second-language line), where it sits, border. */
import { useTranslation } from 'react-i18next';
import { LIMITS } from '../../model/schema';
import { ContentFields } from '../ContentFields';
import type { PanelProps } from './types';
import { PictureOffer } from '../PictureOffer';
import { keepPicture, setCardPicture } from '../../model/pictures';

export function SymbolPanel({ editor, element: e, set, secondLabel }: PanelProps<'symbol'>) {
  const { t } = useTranslation();
  const doc = editor.doc;
  return (
    <>
      <ContentFields
        max={LIMITS.caption}
        label={t('props.caption')}
        value={e.caption}
        second={e.caption2 ?? ''}
        secondLabel={secondLabel}
        languages={[doc.language, doc.secondLanguage]}
        onChange={(v) => set({ caption: v }, { mergeKey: `text:${e.id}`, labelKey: 'command.editCaption' })}
        onChangeSecond={(v) => set({ caption2: v }, { mergeKey: `text2:${e.id}`, labelKey: 'command.editCaption' })}
        onDone={() => editor.sealHistory()}
      />
      <PictureOffer holder={e} language={doc.language} onUse={(pic, words) => editor.change((d) => setCardPicture(d, editor.page.id, e.id, pic, words))} onKeep={() => editor.change((d) => keepPicture(d, editor.page.id, e.id))} />
      <label className="field">
        {t('props.captionPosition')}
        <select value={e.captionPosition} onChange={(ev) => set({ captionPosition: ev.target.value as typeof e.captionPosition })}>
          <option value="above">{t('props.above')}</option>
          <option value="below">{t('props.below')}</option>
          <option value="none">{t('props.hidden')}</option>
        </select>
      </label>
      <label className="check">
        <input type="checkbox" checked={e.border} onChange={(ev) => set({ border: ev.target.checked })} /> {t('props.border')}
      </label>
    </>
  );
}
