/** Choosing what to make (a PDF to print or a phone page) and how: pages as designed or cards to cut out, and an optional name and date. */
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateLocale } from '../i18n';
import { FormDialog } from './FormDialog';
import { CARDS_PER_SHEET, type CardSheet } from '../layout/cards';
import { footerNoteOf } from '../layout/footer';
import type { ExportChoice } from './exportClient';
import type { Profile } from '../model/profile';
import { useServices } from './services';
import { useProfiles } from './profileStore';
import type { Overflowing } from '../layout/overflow';
import type { AvoidWarning } from '../profile/resolve';
import type { SignpostDocument } from '../model/schema';
import { PackCreditsNeeded, setPackCredit, uncreditedPacks } from './PackCredits';

type Layout = 'pages' | 'wallet' | `${(typeof CARDS_PER_SHEET)[number]}`;

interface Props {
  /** The document's own profile, ticked to start with. */
  current: Profile | null;
  /** Captions and text with no second-language line: printing them is allowed, with a warning. */
  missing?: number;
  /** Elements whose words do not fit their box: they would print cut off. */
  cut?: Overflowing[];
  /** Words and symbols the profile avoids, wherever they appear: printing them is allowed, with a warning. */
  avoided?: (AvoidWarning & { pageId: string })[];
  /** Closes the dialog and selects the element on its page. */
  onShowCut?: (pageId: string, elementId: string) => void;
  onExport: (c: ExportChoice, profiles: Profile[], combined: boolean) => void;
  onCancel: () => void;
  /** The document, to find the packs it uses that have no credit to print yet. */
  doc?: SignpostDocument;
}

export function ExportDialog({ current, missing = 0, cut = [], avoided = [], onShowCut, onExport, onCancel, doc }: Props) {
  const { t, i18n } = useTranslation();
  const services = useServices();
  const profiles = useProfiles(services.profiles);
  const [chosen, setChosen] = useState<string[]>(current ? [current.id] : []);
  const [combined, setCombined] = useState(false);
  const [password, setPassword] = useState('');
  const [layout, setLayout] = useState<Layout>('pages');
  const [format, setFormat] = useState<'pdf' | 'phone'>('pdf');
  const phone = format === 'phone';
  const [name, setName] = useState(current?.name ?? '');
  const [withDate, setWithDate] = useState(false);
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);
  // a pack without a credit is not printed until it has one
  const [credited, setCredited] = useState(0);
  const forChosen = profiles.filter((p) => chosen.includes(p.id));
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const uncredited = useMemo(() => (doc ? uncreditedPacks(services, doc, forChosen) : []), [doc, services, chosen.join(), profiles, credited]);

  const submit = () => {
    if (uncredited.length) return;
    const sheet: CardSheet | undefined = layout === 'pages' ? undefined : layout === 'wallet' ? { kind: 'wallet' } : { kind: 'grid', perSheet: Number(layout) as (typeof CARDS_PER_SHEET)[number] };
    const forProfiles = profiles.filter((p) => chosen.includes(p.id));
    // for several young people each copy carries its own first name
    const who = forProfiles.length > 1 ? undefined : name;
    const footerNote = footerNoteOf(who, withDate ? new Date() : undefined, dateLocale(i18n.language));
    // a phone page is the pages as designed, one file each, with no password
    if (phone) onExport({ format, footerNote }, forProfiles, false);
    else onExport({ format, sheet, password: password || undefined, footerNote }, forProfiles, combined);
  };
  const options: Layout[] = ['pages', ...CARDS_PER_SHEET.map((n) => `${n}` as Layout), 'wallet'];

  return (
    <FormDialog titleId="export-title" title={t('export.title')} onSubmit={submit} onCancel={onCancel}>
      {cut.length > 0 && (
        <div className="warning" role="note">
          <p>{t('export.cut', { count: cut.length })}</p>
          <ul>
            {cut.map((o) => (
              <li key={`${o.pageId}-${o.elementId}`}>
                {t(o.title ? 'export.cutTitle' : 'export.cutItem', { page: o.pageIndex + 1 })}{' '}
                <button type="button" className="link" onClick={() => onShowCut?.(o.pageId, o.elementId)}>
                  {t('warnings.show')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      {avoided.length > 0 && (
        <div className="warning" role="note">
          <p>{t('export.avoided', { count: avoided.length, name: current?.name ?? '' })}</p>
          <ul>
            {avoided.map((w, i) => (
              <li key={`${w.elementId}-${w.match}-${i}`}>
                {t('warnings.item', { match: w.match, page: w.pageIndex + 1 })}
                {w.reason && <span className="muted"> ({t('warnings.because', { reason: w.reason })})</span>}{' '}
                <button type="button" className="link" onClick={() => onShowCut?.(w.pageId, w.elementId)}>
                  {t('warnings.show')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <PackCreditsNeeded packs={uncredited} onSave={(p, credit) => setPackCredit(services, p, credit).then(() => setCredited((n) => n + 1))} />
      {missing > 0 && (
        <p className="warning" role="note">
          {t('bilingual.exportWarning', { count: missing })}
        </p>
      )}
      <fieldset>
        <legend>{t('export.format')}</legend>
        <label className="check">
          <input ref={first} type="radio" name="format" value="pdf" checked={!phone} onChange={() => setFormat('pdf')} /> {t('export.formatPdf')}
        </label>
        <label className="check">
          <input type="radio" name="format" value="phone" checked={phone} onChange={() => setFormat('phone')} aria-describedby="export-phone-hint" /> {t('export.formatPhone')}
        </label>
        <p className="muted" id="export-phone-hint">
          {t('export.phoneHint')}
        </p>
      </fieldset>
      {!phone && (
        <fieldset>
          <legend>{t('export.layout')}</legend>
          {options.map((o) => (
            <label key={o} className="check">
              <input type="radio" name="layout" value={o} checked={layout === o} onChange={() => setLayout(o)} />
              {o === 'pages' ? t('export.pages') : o === 'wallet' ? t('export.wallet') : t('export.cards', { count: Number(o) })}
            </label>
          ))}
        </fieldset>
      )}
      {profiles.length > 0 && (
        <fieldset>
          <legend>{t('export.forProfiles')}</legend>
          {profiles.map((p) => (
            <label key={p.id} className="check">
              <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => setChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))} /> {p.name}
            </label>
          ))}
          {chosen.length > 1 && !phone && (
            <>
              <label className="check">
                <input type="radio" name="bundle" checked={!combined} onChange={() => setCombined(false)} /> {t('export.zip')}
              </label>
              <label className="check">
                <input type="radio" name="bundle" checked={combined} onChange={() => setCombined(true)} /> {t('export.combined')}
              </label>
            </>
          )}
        </fieldset>
      )}
      <label className="field">
        {t('export.name')}
        <input type="text" value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
      </label>
      <label className="check">
        <input type="checkbox" checked={withDate} onChange={(e) => setWithDate(e.target.checked)} /> {t('export.date')}
      </label>
      {!phone && (
        <label className="field">
          {t('export.password')}
          <input type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
      )}
      <div className="button-row dialog-actions">
        <button type="button" onClick={onCancel}>
          {t('export.cancel')}
        </button>
        <button type="submit" className="primary" disabled={uncredited.length > 0}>
          {t('export.go')}
        </button>
      </div>
    </FormDialog>
  );
}
