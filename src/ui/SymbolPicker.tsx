/** A small symbol search for choosing one picture. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SymbolRef } from '../model/schema';
import type { SymbolEntry } from '../symbols/types';
import { useServices } from './services';
import { SymbolThumb } from './SymbolThumb';

export function SymbolPicker({ label, onPick }: { label: string; onPick: (ref: SymbolRef, label: string) => void }) {
  const { t } = useTranslation();
  const { library } = useServices();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<SymbolEntry[]>([]);
  return (
    <div className="symbol-picker">
      <label className="field">
        {label}
        <input
          type="search"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            void library.search(e.target.value, { limit: 6 }).then(setFound);
          }}
        />
      </label>
      {found.length > 0 && (
        <ul className="symbol-grid">
          {found.map((e) => (
            <li key={e.id}>
              <button type="button" className="symbol-button" aria-label={t('container.use', { label: e.label })} onClick={() => onPick({ set: 'openmoji', id: e.id }, e.label)}>
                <SymbolThumb symbol={{ set: 'openmoji', id: e.id }} size={32} />
                <span className="symbol-label">{e.label}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
