/** The <option>s of a language menu: each language named in itself and in the interface's language. */
import { useTranslation } from 'react-i18next';
import { languageLabel } from './languages';

export function LanguageOptions({ codes }: { codes: readonly string[] }) {
  const { i18n } = useTranslation();
  return (
    <>
      {codes.map((l) => (
        <option key={l} value={l} lang={l}>
          {languageLabel(l, i18n.language)}
        </option>
      ))}
    </>
  );
}
