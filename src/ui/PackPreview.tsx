/**
 * The preview of a symbol pack before it is imported: what was found and what will come in.
 * The word lists found (the chosen one can be changed), the language and columns used, what
 * is left out (documentation folders, stray images) with a choice to import it after all,
 * the first symbols with the words they will have, and the licence in full with the credit
 * every export will print, for the user to confirm.
 */
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_LIMITS } from '../model/pack';
import type { ColumnMapping, LeftOut, PackAnalysis, PackOptions } from '../storage/packReader';
import { packFrom, type CheckedPictures } from './packImport';
import { LimitNote } from './LimitFields';

/** Symbols shown in the preview's sample. */
const SAMPLE = 12;

export interface PackPreviewProps {
  analysis: PackAnalysis;
  checked: CheckedPictures;
  name: string;
  credit: string;
  confirmed: boolean;
  onName: (name: string) => void;
  onCredit: (credit: string) => void;
  onConfirm: (confirmed: boolean) => void;
  /** Reads the pack again with other choices (word list, language, columns, what to include). */
  onOptions: (options: PackOptions) => void;
}

function WordListChoice({ analysis, onOptions }: Pick<PackPreviewProps, 'analysis' | 'onOptions'>) {
  const { t, i18n } = useTranslation();
  const a = analysis;
  const languageName = (code: string) => {
    try {
      return new Intl.DisplayNames([i18n.language], { type: 'language' }).of(code) ?? code;
    } catch {
      return code;
    }
  };
  const common = { wordList: a.wordList, language: a.language, include: a.included };
  return (
    <div className="pack-words">
      <label className="field">
        {t('packs.wordList')}
        <select value={a.wordList ?? ''} onChange={(e) => onOptions({ wordList: e.target.value || null, include: a.included })}>
          <option value="">{t('packs.wordListNone')}</option>
          {a.wordLists.map((l) => (
            <option key={l.path} value={l.path}>
              {t('packs.wordListOption', { path: l.path, matches: l.matches, rows: l.rows })}
            </option>
          ))}
        </select>
      </label>
      {a.languages.length > 1 && (
        <label className="field">
          {t('packs.language')}
          <select value={a.language} onChange={(e) => onOptions({ wordList: a.wordList, language: e.target.value, include: a.included })}>
            {a.languages.map((l) => (
              <option key={l} value={l}>
                {languageName(l)}
              </option>
            ))}
          </select>
        </label>
      )}
      {a.columns.length > 0 && (
        <div className="button-row">
          {(['file', 'label', 'tags', 'category'] as const).map((k) => (
            <label key={k} className="field inline">
              {t(`packs.column.${k}`)}
              <select value={a.mapping[k]} onChange={(e) => onOptions({ ...common, mapping: { ...a.mapping, [k]: e.target.value } as ColumnMapping })}>
                <option value="">{t('packs.none')}</option>
                {a.columns.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </div>
      )}
    </div>
  );
}

function LeftOutList({ analysis, included, onInclude }: { analysis: PackAnalysis; included: readonly string[]; onInclude: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const id = useId();
  if (!analysis.leftOut.length) return null;
  const label = (g: LeftOut) => {
    const folder = g.folder || t('packs.topFolder');
    const names = g.files.slice(0, 3).map((f) => f.split('/').pop()).join(', ');
    return t(g.reason === 'docs' ? 'packs.leftOutDocs' : 'packs.leftOutStray', { folder, count: g.files.length, names });
  };
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('packs.leftOut')}</h4>
      <p className="muted">{t('packs.leftOutHint')}</p>
      <ul className="findings">
        {analysis.leftOut.map((g) => (
          <li key={g.id}>
            {label(g)}{' '}
            <label className="check">
              <input type="checkbox" checked={included.includes(g.id)} onChange={(e) => onInclude(e.target.checked ? [...included, g.id] : included.filter((x) => x !== g.id))} />{' '}
              {t('packs.include')}
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}

function Sample({ analysis, checked }: Pick<PackPreviewProps, 'analysis' | 'checked'>) {
  const { t } = useTranslation();
  const id = useId();
  const shown = analysis.entries.filter((e) => checked.get(e.path)).slice(0, SAMPLE);
  if (!shown.length) return null;
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('packs.sample')}</h4>
      <ul className="pack-sample">
        {shown.map((e) => {
          const pic = checked.get(e.path)!;
          return (
            <li key={e.path}>
              <img src={`data:${pic.mime};base64,${pic.data}`} alt="" width={48} height={48} />
              <span className="pack-sample-label">{e.label}</span>
              {e.category && <span className="muted">{e.category}</span>}
              {e.keywords.length > 0 && <span className="muted">{e.keywords.slice(0, 3).join(', ')}</span>}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function Licence({ analysis, credit, confirmed, onCredit, onConfirm }: Pick<PackPreviewProps, 'analysis' | 'credit' | 'confirmed' | 'onCredit' | 'onConfirm'>) {
  const { t } = useTranslation();
  const id = useId();
  const l = analysis.licence;
  const found = l && [l.licence, l.author].filter(Boolean).join(', ');
  return (
    <section aria-labelledby={`${id}-h`}>
      <h4 id={`${id}-h`}>{t('packs.licence')}</h4>
      {l ? (
        <>
          <p>{t('packs.licenceFrom', { file: analysis.licenceFile })}</p>
          <pre className="licence-text" role="region" tabIndex={0} aria-label={t('packs.licenceText')}>
            {l.text}
          </pre>
          {found && <p className="muted">{t('packs.licenceFound', { found })}</p>}
        </>
      ) : (
        <p className="notice" role="note">
          {t('packs.noLicence')}
        </p>
      )}
      <label className="field">
        {t('packs.credit')}
        <textarea rows={2} value={credit} maxLength={PACK_LIMITS.attribution} onChange={(e) => onCredit(e.target.value)} />
        <LimitNote length={credit.length} max={PACK_LIMITS.attribution} />
      </label>
      <label className="check">
        <input type="checkbox" checked={confirmed} disabled={!credit.trim()} onChange={(e) => onConfirm(e.target.checked)} /> {t('packs.confirm')}
      </label>
    </section>
  );
}

export function PackPreview(props: PackPreviewProps) {
  const { t } = useTranslation();
  const { analysis: a, checked, name, onName, onOptions } = props;
  const done = a.entries.every((e) => checked.has(e.path));
  const ready = a.entries.filter((e) => checked.get(e.path)).length;
  const failed = a.entries.filter((e) => checked.has(e.path) && !checked.get(e.path));
  const problems = [...a.problems, ...failed.map((e) => ({ kind: 'not-image' as const, name: e.path.split('/').pop() ?? e.path }))];
  // labels, tags and names cut or filled in to what a stored pack may hold, as the import will
  const normalised = useMemo(() => (done ? packFrom(a, checked, name.trim(), props.credit.trim()).normalised : 0), [done, a, checked, name, props.credit]);
  return (
    <>
      {done && (
        <p role="status">
          {t('packs.counts', { images: a.images, ready, withWords: a.entries.filter((e) => checked.get(e.path) && e.keywords.length).length, problems: problems.length })}
        </p>
      )}
      <label className="field">
        {t('packs.name')}
        <input type="text" value={name} maxLength={PACK_LIMITS.name} onChange={(e) => onName(e.target.value)} />
        <LimitNote length={name.length} max={PACK_LIMITS.name} />
      </label>
      {normalised > 0 && (
        <p className="muted" role="status">
          {t('packs.normalised', { count: normalised })}
        </p>
      )}
      <WordListChoice analysis={a} onOptions={onOptions} />
      <LeftOutList analysis={a} included={a.included} onInclude={(include) => onOptions({ wordList: a.wordList, language: a.language, mapping: a.mapping, include })} />
      <Sample analysis={a} checked={checked} />
      {problems.length > 0 && (
        <ul className="findings">
          {problems.slice(0, 20).map((p, i) => (
            <li key={i}>{t(`packs.problem.${p.kind}`, { name: p.name })}</li>
          ))}
        </ul>
      )}
      <Licence {...props} />
    </>
  );
}
