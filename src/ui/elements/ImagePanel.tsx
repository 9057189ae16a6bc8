/** A placed photo: crop to a square or circle, make it brighter or darker (rotate with the handles). */
import { useTranslation } from 'react-i18next';
import { addAsset, updateElements } from '../../model/operations';
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
  return (
    <>
      {!asset && <p className="warning">{t('image.missing')}</p>}
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
