/** Chooses the language of Signpost's own interface (not of the document). */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { setUiLanguage, UI_LANGUAGES } from '../i18n';
import { saveUiLanguage } from '../storage/uiPrefs';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <span className="language-switch">
      <label htmlFor={id}>{t('app.uiLanguage')}</label>
      <select id={id} value={i18n.language} onChange={(e) => {
          saveUiLanguage(e.target.value);
          void setUiLanguage(e.target.value);
        }}>
        {UI_LANGUAGES.map((l) => (
          <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
            {l.name}
          </option>
        ))}
      </select>
    </span>
  );
}
