/**
 * A profile's symbol sets: which sets the young person knows, most preferred first. Symbol
 * text, search and the word picker put the first set's pictures first.
 */
import { useTranslation } from 'react-i18next';
import { useServices } from './services';

export function SymbolSetsField({ value, onChange }: { value: readonly string[] | undefined; onChange: (sets: string[]) => void }) {
  const { t } = useTranslation();
  const { library } = useServices();
  const names = new Map<string, string>([['openmoji', 'OpenMoji'], ...library.packList().map((p): [string, string] => [p.id, p.name])]);
  // no choice yet is OpenMoji alone; sets since removed are dropped
  const chosen = (value?.length ? value : ['openmoji']).filter((id) => names.has(id));
  const rest = [...names.keys()].filter((id) => !chosen.includes(id));
  if (names.size < 2) return null;
  const toggle = (id: string, on: boolean) => onChange(on ? [...chosen, id] : chosen.filter((x) => x !== id));
  const up = (i: number) => onChange([...chosen.slice(0, i - 1), chosen[i], chosen[i - 1], ...chosen.slice(i + 1)]);
  return (
    <fieldset className="field symbol-sets">
      <legend>{t('profile.symbolSets')}</legend>
      <p className="muted">{t('profile.symbolSetsHint')}</p>
      <ol>
        {chosen.map((id, i) => (
          <li key={id}>
            <label className="check">
              <input type="checkbox" checked disabled={chosen.length === 1} onChange={(e) => toggle(id, e.target.checked)} /> {names.get(id)}
            </label>
            {i > 0 && (
              <button type="button" onClick={() => up(i)} aria-label={t('profile.symbolSetUp', { name: names.get(id) })}>
                {t('profile.up')}
              </button>
            )}
          </li>
        ))}
      </ol>
      <ul>
        {rest.map((id) => (
          <li key={id}>
            <label className="check">
              <input type="checkbox" checked={false} onChange={(e) => toggle(id, e.target.checked)} /> {names.get(id)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
