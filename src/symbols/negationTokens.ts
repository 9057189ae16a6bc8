/**
 * Negation on tokens: what a sentence forbids or denies gets the not-mark, who it is about
 * shows no picture, and the negating words show nothing (the roles come from negation.ts).
 */
import type { Picture } from '../model/profile';
import { negationRoles } from './negation';
import type { NegationRules } from './negationRules';
import { isGeneratedId } from './values';
import type { Token } from './token';

/** Times, days and dates: a negation's scope ends at them ("not … on the first day"). */
const VALUE = /^(\d|(?:next|last|this|every) (?:week|month|year|term)|(?:last|this|tomorrow|every) (?:night|evening|morning|afternoon|weekend)$|school nights?$|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|o'clock|am$|pm$|noon|midnight|half past|quarter|first$|last$|next$|days?$|weeks?$|nights?$|mornings?$|evenings?$|afternoons?$|weekends?$|months?$|years?$|today$|tonight$|tomorrow$|yesterday$|first thing)/i;

/** "Year 10": a school year, which is no time (both its words). */
const schoolYear = (tokens: readonly Token[], i: number) => (/^year$/i.test(tokens[i].text) && /^\d/.test(tokens[i + 1]?.text ?? '')) || (/^\d/.test(tokens[i].text) && /^year$/i.test(tokens[i - 1]?.text ?? ''));

/**
 * Moves the meaning of a negation onto what it forbids (see negation.ts): those words'
 * pictures get the not-mark, and the negating words themselves show no picture.
 */
export function carryNegation(text: string, tokens: Token[], isPerson: (t: Token) => boolean, isPlace: (t: Token) => boolean, isVerb: (t: Token) => boolean, personal: ReadonlyMap<string, Picture> | undefined, rules: NegationRules): Token[] {
  const roles = negationRoles(
    tokens.map((t, i) => {
      const words = t.key.split(' ');
      // what stands between this token and the next
      const gap = text.slice(t.end, tokens[i + 1]?.start ?? text.length);
      return {
        words,
        // a light verb is still the action ("No one can make you talk": the making is what is denied);
        // a light name ("Marlow Street") is not
        functionWord: t.functionWord && !(t.light && (isVerb(t) || !/^\p{Lu}/u.test(t.text))),
        // (a school year is no time: "the Year 10 trip")
        value: (VALUE.test(t.text) && !schoolYear(tokens, i)) || isGeneratedId(t.key),
        // (a dash between words starts a new clause: "Keep away from Jordan – that's a bail rule")
        // (but "Don't drink – or smoke – in your room": a list goes on)
        clauseEnd: /[.,;:!?۔،؟]/.test(gap) || (/[–—]|\s-\s/.test(gap) && !/^(?:or|and|nor)$/i.test(tokens[i + 1]?.text ?? '')),
        sentenceEnd: /[.!?۔؟]/.test(gap),
        question: /[?؟]/.test(gap),
        name: /^\p{Lu}/u.test(t.text) && !t.picture && (!!t.light || !t.functionWord),
        comma: /^\s*[,،]\s*$/.test(gap),
        // ("no one" is who, not a sign: "No one from school came")
        signed: words.length > 1 && ((!!t.picture && rules.noBefore.has(words[0]) && !rules.sayings?.has(t.key) && !rules.negativeSubjects.has(t.key)) || !!rules.signs?.has(t.key)),
        place: isPlace(t),
        person: isPerson(t),
        verb: isVerb(t),
        pictured: !!t.picture,
        written: t.text.toLowerCase().replace(/’/g, "'").split(/\s+/),
      };
    }),
    rules,
  );
  const hidden = (t: Token) => (t.picture ? { ...t, picture: null, alternatives: 'ids' in t.picture ? [t.picture, ...t.alternatives] : t.alternatives } : t);
  // nothing forbidden ("Nobody can make you talk", "No parent can make you"): a crossed-out person would say "no people"
  if (!roles.some((r) => r === 'negated' || r === 'person' || r === 'undone')) return tokens.map((t, i) => (roles[i] === 'negator' && (rules.negativeSubjects.has(t.key) || rules.noBefore.has(t.key) || isPerson(t) || t.key.split(' ').every((w) => rules.helpers.has(w))) ? hidden(t) : t));
  return tokens.map((t, i) => {
    if (roles[i] === 'negator' || roles[i] === 'undone') return hidden(t);
    // who a forbidden action is about: neither crossed out nor shown as allowed (unless the user
    // chose its picture, or it is the young person's own: their mum's photo says who)
    if (roles[i] === 'person') return t.chosen || personal?.has(t.key) ? t : { ...hidden(t), negated: true };
    if (roles[i] !== 'negated') return t;
    // a picture the user chose (with or without the not-mark) is theirs to decide
    if (t.chosen) return { ...t, negated: true };
    // a verb of mind too general for key words still shows, crossed out, when it is what is denied
    // ("I do not want to go to court": without it, "go" and "court" would read as wanted)
    // (not at the end of its clause: "if you don't want to." says nothing more is denied)
    // (only a verb of mind: "or try to slip your tag off" shows no crossed-out trying)
    const more = rules.mindVerbs.has(t.key.split(' ')[0]) && !/^\s*(?:to\s*)?(?:[.,;:!?]|$)/.test(text.slice(t.end, t.end + 16));
    const pic = t.picture ?? (t.light && more && t.alternatives[0] && 'ids' in t.alternatives[0] ? t.alternatives[0] : null);
    if (!pic || !('ids' in pic) || (pic.modifier && pic.modifier !== 'not')) return { ...t, negated: true };
    return { ...t, picture: { ...pic, modifier: 'not' }, negated: true };
  });
}
