/**
 * The word picker: the picture of one word of a symbolised text. Its meanings or other
 * pictures, any library symbol (search), a mark (not, question, more, past, future), up to
 * three symbols side by side, and whether the choice is for this use of the word or every use.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Editor } from '../editor/editor';
import { setWordChoice, type ChoiceScope } from '../editor/symbolText';
import { MODIFIER_VALUES, type ComposedPicture, type SymbolText } from '../model/schema';
import type { Profile } from '../model/profile';
import { isOccurrenceOf, occurrenceKey } from '../symbols/choices';
import type { Token } from '../symbols/symbolise';
import { useServices } from './services';
import { PictureThumb } from './PictureThumb';
import { PickerSearch } from './PickerSearch';

const MAX_PARTS = 3;
type Modifier = (typeof MODIFIER_VALUES)[number];

export interface WordPickerProps {
  editor: Editor;
  element: SymbolText;
  /** The word, and which use of its key it is (0-based). */
  token: Token;
  n: number;
  profile: Profile | null;
  language: string;
  onClose: () => void;
}

/** A picture with its mark set, or taken off when `modifier` is undefined. */
function marked(p: ComposedPicture, modifier: Modifier | undefined): ComposedPicture {
  return modifier ? { set: p.set, ids: p.ids, modifier } : { set: p.set, ids: p.ids };
}

export function WordPicker({ editor, element, token: tk, n, profile, language, onClose }: WordPickerProps) {
  const { t } = useTranslation();
  const own = occurrenceKey(tk.key, n);
  const [scope, setScope] = useState<ChoiceScope>(Object.hasOwn(element.choices, own) ? 'here' : 'everywhere');
  const [adding, setAdding] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const uid = useId();
  const current: ComposedPicture | null = tk.picture && 'ids' in tk.picture ? tk.picture : null;
  // a word whose sense is unclear has no picture and offers its senses first
  const unclear = !tk.picture && tk.alternatives.length > 0;
  const word = tk.text;

  // focus moves into the picker (to the first meaning, or to the search box), and back into
  // it when the button that had it goes (a meaning picked: the meanings give way)
  useEffect(() => {
    if (root.current?.contains(document.activeElement)) return;
    root.current?.querySelector<HTMLElement>(unclear ? '.picker-meanings button' : 'input[type=search]')?.focus();
  }, [unclear]);

  const choose = (p: ComposedPicture | null | undefined) => setWordChoice(editor, element.id, { key: tk.key, n }, scope, p);
  const pick = (p: ComposedPicture) => {
    if (adding && current) choose({ ...current, ids: [...current.ids, ...p.ids].slice(0, MAX_PARTS) });
    else choose(p);
    setAdding(false);
  };
  const removePart = (i: number) => current && choose({ ...current, ids: current.ids.filter((_, j) => j !== i) });
  const toggleMark = (m: Modifier) => current && choose(marked(current, current.modifier === m ? undefined : m));
  const chosen = scope === 'here' ? Object.hasOwn(element.choices, own) : Object.keys(element.choices).some((k) => k === tk.key || isOccurrenceOf(k, tk.key));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  };
  const alternatives = (
    <div className={unclear ? 'picker-row picker-meanings' : 'picker-row'}>
      {tk.alternatives.map((alt, j) => (
        <button key={j} type="button" className="symbol-button" aria-label={t('symtext.useAlternative', { n: j + 1, word })} onClick={() => pick(alt)}>
          <PictureThumb picture={alt} size={32} />
        </button>
      ))}
    </div>
  );

  return (
    <div ref={root} className="word-picker" role="dialog" aria-labelledby={`${uid}-title`} onKeyDown={onKeyDown}>
      <div className="picker-head">
        <h4 id={`${uid}-title`}>{t('symtext.choicesFor', { word })}</h4>
        <button type="button" onClick={onClose}>
          {t('picker.close')}
        </button>
      </div>
      {unclear && (
        <section aria-label={t('picker.meaning')}>
          <h4>{t('picker.meaning')}</h4>
          {alternatives}
        </section>
      )}
      <ScopeChoice name={`scope-${element.id}-${own}`} word={word} scope={scope} onChange={setScope} />
      {current && (
        <CurrentPicture picture={current} adding={adding} onAdding={setAdding} onRemove={removePart} onMark={toggleMark} />
      )}
      <PickerSearch
        language={language}
        only={adding && current ? { set: current.set, room: MAX_PARTS - current.ids.length } : undefined}
        preferred={profile?.symbolSets}
        labelFor={(label) => t(adding ? 'picker.addResult' : 'picker.useResult', { label })}
        onPick={pick}
      />
      {!unclear && tk.alternatives.length > 0 && (
        <section aria-label={t('picker.others')}>
          <h4>{t('picker.others')}</h4>
          {alternatives}
        </section>
      )}
      <PickerActions word={tk.key} picture={current} chosen={chosen} profile={profile} onChoose={choose} />
    </div>
  );
}

function ScopeChoice({ name, word, scope, onChange }: { name: string; word: string; scope: ChoiceScope; onChange: (s: ChoiceScope) => void }) {
  const { t } = useTranslation();
  return (
    <fieldset className="picker-scope">
      <legend>{t('picker.scope')}</legend>
      {(['here', 'everywhere'] as const).map((s) => (
        <label key={s}>
          <input type="radio" name={name} checked={scope === s} onChange={() => onChange(s)} />
          {t(s === 'here' ? 'picker.here' : 'picker.everywhere', { word })}
        </label>
      ))}
    </fieldset>
  );
}

interface CurrentPictureProps {
  picture: ComposedPicture;
  adding: boolean;
  onAdding: (adding: boolean) => void;
  onRemove: (i: number) => void;
  onMark: (m: Modifier) => void;
}

/** The word's picture as it is: its symbols (each removable), adding one, and its mark. */
function CurrentPicture({ picture, adding, onAdding, onRemove, onMark }: CurrentPictureProps) {
  const { t } = useTranslation();
  const uid = useId();
  return (
    <section aria-label={t('picker.current')}>
      <h4>{t('picker.current')}</h4>
      <div className="picker-row">
        {picture.ids.map((id, i) => (
          <span key={`${id}-${i}`} className="picker-part" data-set={picture.set}>
            <PictureThumb picture={{ set: picture.set, ids: [id] }} size={32} />
            {picture.ids.length > 1 && (
              <button type="button" className="picker-remove" aria-label={t('picker.remove', { n: i + 1 })} onClick={() => onRemove(i)}>
                <span aria-hidden="true">×</span>
              </button>
            )}
          </span>
        ))}
        <button type="button" aria-pressed={adding} disabled={picture.ids.length >= MAX_PARTS} onClick={() => onAdding(!adding)}>
          {t('picker.add')}
        </button>
      </div>
      {adding && <p className="picker-hint">{t('picker.addHint')}</p>}
      <h4 id={`${uid}-mark`}>{t('picker.mark')}</h4>
      <div className="picker-marks" role="group" aria-labelledby={`${uid}-mark`}>
        {MODIFIER_VALUES.map((m) => (
          <button key={m} type="button" aria-pressed={picture.modifier === m} onClick={() => onMark(m)}>
            {t(`picker.modifier.${m}`)}
          </button>
        ))}
      </div>
    </section>
  );
}

interface PickerActionsProps {
  /** The word's key, the phrase of a profile's own word. */
  word: string;
  picture: ComposedPicture | null;
  /** Whether a choice applies here that can be forgotten. */
  chosen: boolean;
  profile: Profile | null;
  onChoose: (p: null | undefined) => void;
}

/** No picture, back to the usual picture, or the picture kept in the young person's own words. */
function PickerActions({ word, picture, chosen, profile, onChoose }: PickerActionsProps) {
  const { t } = useTranslation();
  const services = useServices();
  const remember = (pic: ComposedPicture) => {
    if (!profile || pic.ids.length !== 1) return;
    const entry = { phrase: word, picture: { kind: 'symbol' as const, symbol: { set: pic.set, id: pic.ids[0] } } };
    void services.profiles.put({ ...profile, vocabulary: [...profile.vocabulary.filter((v) => v.phrase !== word), entry] });
  };
  return (
    <div className="picker-row picker-actions">
      <button type="button" onClick={() => onChoose(null)}>
        {t('symtext.noPicture')}
      </button>
      {chosen && (
        <button type="button" onClick={() => onChoose(undefined)}>
          {t('symtext.reset')}
        </button>
      )}
      {profile && picture && picture.ids.length === 1 && (
        <button type="button" onClick={() => remember(picture)}>
          {t('symtext.always', { name: profile.name })}
        </button>
      )}
    </div>
  );
}
