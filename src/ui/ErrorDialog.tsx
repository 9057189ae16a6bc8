/** A plain-language message that must be acknowledged. */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

export function ErrorDialog({ message, onClose, titleKey = 'errors.title' }: { message: string; onClose: () => void; titleKey?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLButtonElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="dialog-backdrop">
      <div role="alertdialog" aria-modal="true" aria-labelledby="err-title" aria-describedby="err-msg" className="dialog">
        <h2 id="err-title">{t(titleKey)}</h2>
        <p id="err-msg">{message}</p>
        <button ref={ref} type="button" className="primary" onClick={onClose}>
          {t('errors.dismiss')}
        </button>
      </div>
    </div>
  );
}
