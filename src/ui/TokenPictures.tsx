/**
 * The words of a symbolised text with their pictures: choose another picture, remove it,
 * or save the choice to the young person's own words.
 */
import { useEffect, useState } from 'react';
import { useEditorState } from '../canvas/useEditorState';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { setTokenChoice } from '../editor/symbolText';
import type { ComposedPicture, SymbolText } from '../model/schema';
import type { Profile } from '../model/profile';
import { resolveStyle } from '../profile/resolve';
import { tokensOf } from '../layout/symbolText';
import { useServices } from './services';
import { PictureThumb } from './PictureThumb';

export function TokenPictures({ editor, element, profile }: { editor: Editor; element: SymbolText; profile: Profile | null }) {
  const { t } = useTranslation();
  const services = useServices();
  const [open, setOpen] = useState<string | null>(null);
  const { activeToken, doc } = useEditorState(editor);
  // words are matched in the document's language
  const style = { ...resolveStyle(profile), language: doc.language };
  // a click on a word's picture on the page opens that word's choices here
  useEffect(() => {
    if (activeToken?.elementId !== element.id) return;
    const i = tokensOf(element, style, services.layoutDeps).filter((tk) => !tk.functionWord || tk.picture).findIndex((tk) => tk.key === activeToken.key);
    if (i >= 0) {
      setOpen(`${activeToken.key}-${i}`);
      document.getElementById(`token-${element.id}-${i}`)?.focus();
    }
    editor.setActiveToken(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- style follows profile and doc.language
  }, [activeToken, element, profile, doc.language, services, editor]);
  const tokens = tokensOf(element, style, services.layoutDeps).filter((tk) => !tk.functionWord || tk.picture);
  const remember = (key: string, pic: ComposedPicture) => {
    if (!profile || pic.ids.length !== 1) return;
    const entry = { phrase: key, picture: { kind: 'symbol' as const, symbol: { set: pic.set, id: pic.ids[0] } } };
    void services.profiles.put({ ...profile, vocabulary: [...profile.vocabulary.filter((v) => v.phrase !== key), entry] });
  };
  return (
    <div className="token-pictures">
      <h3>{t('symtext.pictures')}</h3>
      <ul>
        {tokens.map((tk, i) => (
          <li key={`${tk.key}-${i}`}>
            <button type="button" id={`token-${element.id}-${i}`} className="token-button" aria-expanded={open === `${tk.key}-${i}`} onClick={() => setOpen(open === `${tk.key}-${i}` ? null : `${tk.key}-${i}`)}>
              {tk.picture && 'ids' in tk.picture ? <PictureThumb picture={tk.picture} size={28} /> : <span className="no-picture" aria-hidden="true" />}
              <span>{t('symtext.word', { word: tk.text })}</span>
            </button>
            {open === `${tk.key}-${i}` && (
              <div className="alternatives" role="group" aria-label={t('symtext.choicesFor', { word: tk.text })}>
                {tk.alternatives.map((alt, j) => (
                  <button key={j} type="button" className="symbol-button" aria-label={t('symtext.useAlternative', { n: j + 1, word: tk.text })} onClick={() => setTokenChoice(editor, element.id, tk.key, alt)}>
                    <PictureThumb picture={alt} size={32} />
                  </button>
                ))}
                <button type="button" onClick={() => setTokenChoice(editor, element.id, tk.key, null)}>
                  {t('symtext.noPicture')}
                </button>
                {Object.hasOwn(element.choices, tk.key) && (
                  <button type="button" onClick={() => setTokenChoice(editor, element.id, tk.key, undefined)}>
                    {t('symtext.reset')}
                  </button>
                )}
                {profile && tk.picture && 'ids' in tk.picture && tk.picture.ids.length === 1 && (
                  <button type="button" onClick={() => remember(tk.key, tk.picture as ComposedPicture)}>
                    {t('symtext.always', { name: profile.name })}
                  </button>
                )}
              </div>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
