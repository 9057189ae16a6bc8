/** A placed photo: what it shows in words, crop to a square or circle, make it brighter or darker (rotate with the handles). */
import { useTranslation } from 'react-i18next';
import { addAsset, updateElements } from '../../model/operations';
import { LIMITS } from '../../model/schema';
import { LimitNote } from '../LimitFields';
import { adjustBrightness } from '../photos';
import type { PanelProps } from './types';

export function ImagePanel({ editor, element: e, set }: PanelProps<'image'>) {
  const { t } = useTranslation();
  const asset = editor.doc.assets?.[e.assetId];
  const brighten = async (amount: number) => {
    if (!asset) return;
    const next = await adjustBrightness(asset, amount);
    // a new picture, so undo brings the old one back
    editor.change((d) => updateElements(addAsset(d, next), editor.page.id, { [e.id]: { assetId: next.id } }));
  };
  const describe = (description: string) => set({ description }, { mergeKey: `description:${e.id}`, labelKey: 'command.editText' });
  const description = e.description ?? '';
  return (
    <>
      {!asset && <p className="warning">{t('image.missing')}</p>}
      <label className="field">
        {t('image.description')}
        <textarea rows={2} dir="auto" lang={editor.doc.language} value={description} maxLength={LIMITS.description} onChange={(ev) => describe(ev.target.value.slice(0, LIMITS.description))} onBlur={() => editor.sealHistory()} aria-describedby={`describe-${e.id}`} />
        <LimitNote length={description.length} max={LIMITS.description} />
      </label>
      <p className="muted" id={`describe-${e.id}`}>
        {t('image.descriptionHelp')}
      </p>
      <label className="field">
        {t('image.crop')}
        <select value={e.crop} onChange={(ev) => set({ crop: ev.target.value as typeof e.crop })}>
          <option value="none">{t('image.none')}</option>
          <option value="square">{t('image.square')}</option>
          <option value="circle">{t('image.circle')}</option>
        </select>
      </label>
      <div className="button-row">
        <button type="button" onClick={() => void brighten(0.15)} disabled={!asset}>
          {t('image.brighter')}
        </button>
        <button type="button" onClick={() => void brighten(-0.15)} disabled={!asset}>
          {t('image.darker')}
        </button>
      </div>
    </>
  );
}
