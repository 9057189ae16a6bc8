/**
 * The words of a symbolised text with their pictures: each word's button opens the word
 * picker (WordPicker), as does a click on the word's picture on the page.
 */
import { useEffect, useState, lazy, Suspense } from 'react';
import { useEditorState } from '../editor/useEditorState';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import type { SymbolText } from '../model/schema';
import type { Profile } from '../model/profile';
import { resolveStyle } from '../profile/resolve';
import { tokensOf } from '../layout/symbolText';
import { occurrences } from '../symbols/choices';
import { useServices } from './services';
import { PictureThumb } from './PictureThumb';
// loaded when first opened: the editor chunk stays small
const WordPicker = lazy(() => import('./WordPicker').then((m) => ({ default: m.WordPicker })));

export function TokenPictures({ editor, element, profile }: { editor: Editor; element: SymbolText; profile: Profile | null }) {
  const { t } = useTranslation();
  const services = useServices();
  /** The open word, as `key#n`. */
  const [open, setOpen] = useState<string | null>(null);
  const { activeToken, doc } = useEditorState(editor);
  // words are matched in the document's language
  const style = { ...resolveStyle(profile), language: doc.language };
  const all = tokensOf(element, style, services.layoutDeps);
  const uses = occurrences(all);
  const words = all.map((token, i) => ({ token, n: uses[i], id: `${token.key}#${uses[i]}` })).filter(({ token }) => !token.functionWord || token.picture);
  const buttonId = (i: number) => `token-${element.id}-${i}`;
  // a click on a word's picture on the page opens that word's picker here
  useEffect(() => {
    if (activeToken?.elementId !== element.id) return;
    const i = words.findIndex((w) => w.token.key === activeToken.key && w.n === (activeToken.n ?? w.n));
    if (i >= 0) setOpen(words[i].id);
    editor.setActiveToken(null);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- words follow element, profile and doc.language
  }, [activeToken, element, profile, doc.language, services, editor]);
  const close = (i: number) => {
    setOpen(null);
    document.getElementById(buttonId(i))?.focus();
  };
  return (
    <div className="token-pictures">
      <h3>{t('symtext.pictures')}</h3>
      <ul>
        {words.map(({ token: tk, n, id }, i) => (
          <li key={id}>
            <button type="button" id={buttonId(i)} className="token-button" aria-expanded={open === id} onClick={() => (open === id ? close(i) : setOpen(id))}>
              {tk.picture && 'ids' in tk.picture ? <PictureThumb picture={tk.picture} size={28} /> : <span className="no-picture" aria-hidden="true" />}
              <span>{t('symtext.word', { word: tk.text })}</span>
            </button>
            {open === id && (
              <Suspense fallback={null}>
                <WordPicker editor={editor} element={element} token={tk} n={n} profile={profile} language={doc.language} onClose={() => close(i)} />
              </Suspense>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
