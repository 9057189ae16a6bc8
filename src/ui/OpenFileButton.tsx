/**
 * "Open file…": a real file input styled as a button, so it works with the keyboard,
 * screen readers and drag-and-drop onto the button.
 */
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { OPEN_ACCEPT } from './fileIo';

export function OpenFileButton({ onFile, labelKey = 'toolbar.open' }: { onFile: (f: File) => void; labelKey?: string }) {
  const { t } = useTranslation();
  return (
    <label className="file-button">
      <input
        type="file"
        accept={OPEN_ACCEPT}
        aria-label={t('toolbar.open')}
        className="visually-hidden"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
      <Icon name="open" /> {t(labelKey)}
    </label>
  );
}
