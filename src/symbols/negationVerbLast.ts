/**
 * Negation in verb-last languages (Urdu): what is forbidden stands before the negator, the
 * action after it (negation.ts reads the others).
 */
import type { NegationRole, NegationToken } from './negation';
import { isNegator, type NegationRules } from './negationRules';

/**
 * Verb-last languages (Urdu): "تم پارک میں نہیں جا سکتے" (you the-park-in not go can). The
 * action is the content word after the negator; what is forbidden stands before it, back to
 * the start of the clause or a time or circumstance ("after 7", "if").
 */
export function verbLastRoles(tokens: readonly NegationToken[], r: NegationRules): NegationRole[] {
  const roles: NegationRole[] = tokens.map(() => null);
  for (let i = 0; i < tokens.length; i++) {
    if (!isNegator(tokens[i], r) || roles[i]) continue;
    roles[i] = 'negator';
    // the action after the negator, over helpers ("سکتے", "ہے")
    let j = i + 1;
    while (j < tokens.length && !tokens[j - 1].clauseEnd && (tokens[j].functionWord || tokens[j].words.every((w) => r.helpers.has(w)))) j++;
    const action = j < tokens.length && !tokens[j - 1].clauseEnd ? tokens[j] : undefined;
    const verb = action?.words[0] ?? '';
    if (action && !action.value && !isNegator(action, r)) {
      if (r.failingVerbs.has(verb)) {
        roles[j] = 'undone';
        continue;
      }
      roles[j] = r.lightVerbs.has(verb) ? 'negator' : 'negated';
    }
    // a negator's own phrase may hold the verb ("نہیں کر سکتے"): what comes before is still forbidden
    if (r.negativeSubjects.has(tokens[i].words.join(' '))) continue;
    let marked = 0;
    // a list before the negator goes back past its commas ("چاقو، لائٹر یا شراب")
    const list = (k: number) => tokens[k].comma && tokens.slice(k + 1, i).some((t) => r.lists.has(t.words[0]));
    for (let k = i - 1; k >= 0 && marked < 6 && (!tokens[k].clauseEnd || list(k)); k--) {
      const t = tokens[k];
      const first = t.words[0];
      if (t.value || r.stops.has(first) || isNegator(t, r)) break;
      if (t.functionWord || r.links.has(first) || r.subjects.has(first)) continue;
      roles[k] = t.person ? 'person' : 'negated';
      marked++;
    }
  }
  return roles;
}
