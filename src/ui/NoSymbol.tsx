/** What a symbol search says when nothing fits: "No symbol for “X”. Try: …". */
import { useTranslation } from 'react-i18next';

/** "No symbol for “X”. Try: …", each suggestion a button that searches it. */
export function NoSymbol({ query, suggestions, onTry }: { query: string; suggestions: string[]; onTry: (term: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="no-symbol" role="status">
      <p>{t('library.noSymbol', { query })}</p>
      <p>
        {t('library.try')}{' '}
        {suggestions.map((s) => (
          <button key={s} type="button" className="link suggestion" aria-label={t('library.trySearch', { term: s })} onClick={() => onTry(s)}>
            {s}
          </button>
        ))}
      </p>
    </div>
  );
}
