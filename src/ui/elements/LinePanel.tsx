/** A line's fields: arrow heads and colour. */
import { useTranslation } from 'react-i18next';
import type { PanelProps } from './types';

export function LinePanel({ element: e, set }: PanelProps<'line'>) {
  const { t } = useTranslation();
  return (
    <>
      <label className="field">
        {t('props.arrow')}
        <select value={e.arrow} onChange={(ev) => set({ arrow: ev.target.value as typeof e.arrow })}>
          <option value="none">{t('props.arrowNone')}</option>
          <option value="end">{t('props.arrowEnd')}</option>
          <option value="both">{t('props.arrowBoth')}</option>
        </select>
      </label>
      <label className="field">
        {t('props.color')}
        <input type="color" value={e.color} onChange={(ev) => set({ color: ev.target.value }, { mergeKey: `color:${e.id}` })} />
      </label>
    </>
  );
}
