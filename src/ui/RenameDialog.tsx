/** Renaming a document: a small dialog with the title selected, ready to type over. */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from './FormDialog';

export function RenameDialog({ title, onRename, onCancel }: { title: string; onRename: (title: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState(title);
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.select(), []);
  return (
    <FormDialog titleId="rename-title" title={t('home.renameTitle')} onSubmit={() => onRename(value)} onCancel={onCancel}>
      <label className="field">
        {t('home.renamePrompt', { title })}
        <input ref={ref} type="text" value={value} maxLength={200} onChange={(e) => setValue(e.target.value)} />
      </label>
      <div className="button-row dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
        <button type="submit" className="primary">
          {t('home.rename')}
        </button>
      </div>
    </FormDialog>
  );
}
