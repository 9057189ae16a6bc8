/** A shape's fields: fill (or none) and outline colour. */
import { useTranslation } from 'react-i18next';
import type { PanelProps } from './types';

export function ShapePanel({ element: e, set }: PanelProps<'shape'>) {
  const { t } = useTranslation();
  return (
    <>
      <label className="check">
        <input type="checkbox" checked={e.fill === null} onChange={(ev) => set({ fill: ev.target.checked ? null : '#fff4c2' })} /> {t('props.noFill')}
      </label>
      {e.fill !== null && (
        <label className="field">
          {t('props.fill')}
          <input type="color" value={e.fill} onChange={(ev) => set({ fill: ev.target.value }, { mergeKey: `fill:${e.id}` })} />
        </label>
      )}
      <label className="field">
        {t('props.stroke')}
        <input type="color" value={e.stroke ?? '#1a1a1a'} onChange={(ev) => set({ stroke: ev.target.value }, { mergeKey: `stroke:${e.id}` })} />
      </label>
    </>
  );
}
