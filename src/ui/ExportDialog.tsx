/** Choosing what to make (a PDF to print or a phone page) and how: pages as designed or cards to cut out, and an optional name and date. */
import { useEffect, useMemo, useRef, useState, type RefObject } from 'react';
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
    // for several young people each copy carries its own first name
    const who = forChosen.length > 1 ? undefined : name;
    const footerNote = footerNoteOf(who, withDate ? new Date() : undefined, dateLocale(i18n.language));
    // a phone page is the pages as designed, one file each, with no password
    if (phone) onExport({ format, footerNote }, forChosen, false);
    else onExport({ format, sheet: sheetOf(layout), password: password || undefined, footerNote }, forChosen, combined);
  };

  return (
    <FormDialog titleId="export-title" title={t('export.title')} onSubmit={submit} onCancel={onCancel}>
      <CutWarning cut={cut} onShow={onShowCut} />
      <AvoidedWarning avoided={avoided} name={current?.name ?? ''} onShow={onShowCut} />
      <PackCreditsNeeded packs={uncredited} onSave={(p, credit) => setPackCredit(services, p, credit).then(() => setCredited((n) => n + 1))} />
      {missing > 0 && (
        <p className="warning" role="note">
          {t('bilingual.exportWarning', { count: missing })}
        </p>
      )}
      <FormatChoice firstRef={first} phone={phone} onFormat={setFormat} />
      {!phone && <LayoutChoice layout={layout} onLayout={setLayout} />}
      {profiles.length > 0 && <ProfilesChoice profiles={profiles} chosen={chosen} onChosen={setChosen} combined={combined} onCombined={setCombined} phone={phone} />}
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

/** The sheet a layout choice prints on: none for the pages as designed. */
function sheetOf(layout: Layout): CardSheet | undefined {
  if (layout === 'pages') return undefined;
  return layout === 'wallet' ? { kind: 'wallet' } : { kind: 'grid', perSheet: Number(layout) as (typeof CARDS_PER_SHEET)[number] };
}

type ShowElement = ((pageId: string, elementId: string) => void) | undefined;

/** Elements whose words do not fit their box, each with a link to it. */
function CutWarning({ cut, onShow }: { cut: Overflowing[]; onShow: ShowElement }) {
  const { t } = useTranslation();
  if (cut.length === 0) return null;
  return (
    <div className="warning" role="note">
      <p>{t('export.cut', { count: cut.length })}</p>
      <ul>
        {cut.map((o) => (
          <li key={`${o.pageId}-${o.elementId}`}>
            {t(o.title ? 'export.cutTitle' : 'export.cutItem', { page: o.pageIndex + 1 })}{' '}
            <button type="button" className="link" onClick={() => onShow?.(o.pageId, o.elementId)}>
              {t('warnings.show')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Words and symbols the profile avoids, with why, each with a link to where it is. */
function AvoidedWarning({ avoided, name, onShow }: { avoided: NonNullable<Props['avoided']>; name: string; onShow: ShowElement }) {
  const { t } = useTranslation();
  if (avoided.length === 0) return null;
  return (
    <div className="warning" role="note">
      <p>{t('export.avoided', { count: avoided.length, name })}</p>
      <ul>
        {avoided.map((w, i) => (
          <li key={`${w.elementId}-${w.match}-${i}`}>
            {t('warnings.item', { match: w.match, page: w.pageIndex + 1 })}
            {w.reason && <span className="muted"> ({t('warnings.because', { reason: w.reason })})</span>}{' '}
            <button type="button" className="link" onClick={() => onShow?.(w.pageId, w.elementId)}>
              {t('warnings.show')}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A PDF to print, or a phone page. */
function FormatChoice({ firstRef, phone, onFormat }: { firstRef: RefObject<HTMLInputElement | null>; phone: boolean; onFormat: (f: 'pdf' | 'phone') => void }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('export.format')}</legend>
      <label className="check">
        <input ref={firstRef} type="radio" name="format" value="pdf" checked={!phone} onChange={() => onFormat('pdf')} /> {t('export.formatPdf')}
      </label>
      <label className="check">
        <input type="radio" name="format" value="phone" checked={phone} onChange={() => onFormat('phone')} aria-describedby="export-phone-hint" /> {t('export.formatPhone')}
      </label>
      <p className="muted" id="export-phone-hint">
        {t('export.phoneHint')}
      </p>
    </fieldset>
  );
}

const LAYOUTS: Layout[] = ['pages', ...CARDS_PER_SHEET.map((n) => `${n}` as Layout), 'wallet'];

/** Pages as designed, cards to cut out (so many to a sheet), or wallet cards. */
function LayoutChoice({ layout, onLayout }: { layout: Layout; onLayout: (l: Layout) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('export.layout')}</legend>
      {LAYOUTS.map((o) => (
        <label key={o} className="check">
          <input type="radio" name="layout" value={o} checked={layout === o} onChange={() => onLayout(o)} />
          {o === 'pages' ? t('export.pages') : o === 'wallet' ? t('export.wallet') : t('export.cards', { count: Number(o) })}
        </label>
      ))}
    </fieldset>
  );
}

/** Which young people to make copies for; for several, a zip of PDFs or one combined PDF. */
function ProfilesChoice({ profiles, chosen, onChosen, combined, onCombined, phone }: { profiles: Profile[]; chosen: string[]; onChosen: (ids: string[]) => void; combined: boolean; onCombined: (c: boolean) => void; phone: boolean }) {
  const { t } = useTranslation();
  return (
    <fieldset>
      <legend>{t('export.forProfiles')}</legend>
      {profiles.map((p) => (
        <label key={p.id} className="check">
          <input type="checkbox" checked={chosen.includes(p.id)} onChange={(e) => onChosen(e.target.checked ? [...chosen, p.id] : chosen.filter((x) => x !== p.id))} /> {p.name}
        </label>
      ))}
      {chosen.length > 1 && !phone && (
        <>
          <label className="check">
            <input type="radio" name="bundle" checked={!combined} onChange={() => onCombined(false)} /> {t('export.zip')}
          </label>
          <label className="check">
            <input type="radio" name="bundle" checked={combined} onChange={() => onCombined(true)} /> {t('export.combined')}
          </label>
        </>
      )}
    </fieldset>
  );
}
