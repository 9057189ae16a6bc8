/** "Check the words": Easy Read practice applied to every caption and text, with one-click fixes. */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { textOf, editText } from '../editor/text';
import { applyFix, PlainLanguageChecker, type Finding, type PlainRules } from '../symbols/plainLanguage';
import { useEditorState } from '../editor/useEditorState';
import type { Element } from '../model/schema';
import { fetchJson } from './services';

let checker: Promise<PlainLanguageChecker> | null = null;
const loadChecker = () => (checker ??= fetchJson<PlainRules>('plain-language/en.json').then((d) => new PlainLanguageChecker(d)));

/** The rules that hold in any language. */
const LANGUAGE_NEUTRAL = ['long-sentence'] as const;

interface Located extends Finding {
  pageIndex: number;
  pageId: string;
  elementId: string;
}

export function PlainLanguagePanel({ editor }: { editor: Editor }) {
  const { t } = useTranslation();
  const state = useEditorState(editor);
  const [c, setC] = useState<PlainLanguageChecker | null>(null);
  useEffect(() => {
    void loadChecker().then(setC);
  }, []);

  // the rules and glossary are English; other languages get only what does not depend on
  // English words (sentence length), rather than being checked wrongly
  const english = state.doc.language.toLowerCase().startsWith('en');
  // each element is checked once while it is unchanged (elements are immutable), so typing
  // in one caption of a 100-page document does not check the other 30,000
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a fresh cache when the checker or the language changes
  const perElement = useMemo(() => new WeakMap<Element, Finding[]>(), [c, english]);
  const findings = useMemo<Located[]>(() => {
    if (!c) return [];
    const check = (e: Element): Finding[] => {
      let found = perElement.get(e);
      if (!found) {
        const text = textOf(e);
        found = text ? c.check(text, english ? undefined : LANGUAGE_NEUTRAL) : [];
        perElement.set(e, found);
      }
      return found;
    };
    return state.doc.pages.flatMap((p, pageIndex) => p.elements.flatMap((e) => check(e).map((f) => ({ ...f, pageIndex, pageId: p.id, elementId: e.id }))));
  }, [c, state.doc.pages, english, perElement]);

  const show = (f: Located) => {
    editor.setPage(f.pageId);
    editor.select([f.elementId]);
  };
  const fix = (f: Located) => {
    editor.setPage(f.pageId);
    const el = editor.page.elements.find((e) => e.id === f.elementId);
    const text = el ? textOf(el) : null;
    if (text !== null) {
      editText(editor, f.elementId, applyFix(text, f));
      editor.sealHistory();
    }
  };

  return (
    <section className="panel" aria-labelledby="plain-h">
      <details>
        <summary>
          <h2 id="plain-h" className="inline-heading">
            {t('plain.label', { count: findings.length })}
          </h2>
        </summary>
        {!english && <p className="muted">{t('plain.englishOnly')}</p>}
        {findings.length === 0 ? (
          english && <p className="muted">{t('plain.none')}</p>
        ) : (
          <ul className="findings">
            {findings.map((f, i) => (
              <li key={`${f.elementId}-${f.rule}-${f.start}-${i}`}>
                <span className="muted">{t('plain.where', { page: f.pageIndex + 1 })}</span> {t(`plain.rule.${f.rule}`, { match: f.match, detail: f.detail })}
                <div className="button-row">
                  <button type="button" className="link" onClick={() => show(f)}>
                    {t('warnings.show')}
                  </button>
                  {f.replacement !== undefined && (
                    <button type="button" onClick={() => fix(f)}>
                      {t('plain.fix', { to: f.replacement })}
                    </button>
                  )}
                </div>
                <span className="source">{t('plain.source', { source: f.source })}</span>
              </li>
            ))}
          </ul>
        )}
      </details>
    </section>
  );
}
