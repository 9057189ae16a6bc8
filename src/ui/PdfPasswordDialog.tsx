/**
 * Opening a file the user chose, asking for the password of a PDF that has one (the app's
 * own password PDFs): one hook for the home screen and the toolbar, with its dialog.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignpostDocument } from '../model/schema';
import { PdfPasswordError } from '../storage/pdfPassword';
import { FormDialog } from './FormDialog';
import { openErrorKey } from './fileIo';
import { openUserFile, settleClash, type ClashChoice, type OpenedFile } from './openUserFile';
import { OpenClashDialog } from './OpenClashDialog';
import type { BoardNotes } from './boards';
import type { Services } from './services';

export function PdfPasswordDialog({ name, wrong, onSubmit, onCancel }: { name: string; wrong: boolean; onSubmit: (password: string) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const ref = useRef<HTMLInputElement>(null);
  useEffect(() => ref.current?.focus(), [wrong]);
  return (
    <FormDialog titleId="pdf-password-title" title={t('pdfPassword.title')} onSubmit={() => value && onSubmit(value)} onCancel={onCancel}>
      <p>{t('pdfPassword.prompt', { name })}</p>
      <label className="field">
        {t('pdfPassword.label')}
        <input ref={ref} type="password" autoComplete="off" value={value} aria-invalid={wrong} aria-describedby={wrong ? 'pdf-password-wrong' : undefined} onChange={(e) => setValue(e.target.value)} />
      </label>
      {wrong && (
        <p id="pdf-password-wrong" role="alert" className="warning">
          {t('pdfPassword.wrong')}
        </p>
      )}
      <div className="button-row dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
        <button type="submit" className="primary" disabled={!value}>
          {t('pdfPassword.open')}
        </button>
      </div>
    </FormDialog>
  );
}

/**
 * `openFile` opens a file like openUserFile; a PDF with a password shows `dialog` until
 * the right password is given or the user cancels, and a file whose document is already on
 * this device asks which to keep.
 */
export function useOpenFile(
  services: Services,
  onOpen: (doc: SignpostDocument, notes: BoardNotes | null) => void,
  onError: (messageKey: string) => void,
): { openFile: (file: File) => Promise<void>; dialog: ReactNode } {
  const { t } = useTranslation();
  const [pending, setPending] = useState<{ file: File; wrong: boolean } | null>(null);
  const [clash, setClash] = useState<OpenedFile | null>(null);
  const openFile = async (file: File, password?: string) => {
    try {
      const opened = await openUserFile(services, file, password);
      setPending(null);
      if (opened.existing) setClash(opened);
      else onOpen(opened.doc, opened.notes);
    } catch (e) {
      if (e instanceof PdfPasswordError) {
        setPending({ file, wrong: e.code === 'wrong-password' });
        return;
      }
      setPending(null);
      onError(openErrorKey(e));
    }
  };
  const settle = async (c: OpenedFile, choice: ClashChoice) => {
    setClash(null);
    try {
      onOpen(await settleClash(services, c.doc, choice, t('home.copyOf', { title: c.doc.title })), c.notes);
    } catch (e) {
      onError(openErrorKey(e));
    }
  };
  const dialog = pending ? (
    <PdfPasswordDialog key={pending.file.name} name={pending.file.name} wrong={pending.wrong} onSubmit={(p) => void openFile(pending.file, p)} onCancel={() => setPending(null)} />
  ) : clash?.existing ? (
    <OpenClashDialog incoming={clash.doc} existing={clash.existing} onChoose={(choice) => void settle(clash, choice)} onCancel={() => setClash(null)} />
  ) : null;
  return { openFile: (file) => openFile(file), dialog };
}
