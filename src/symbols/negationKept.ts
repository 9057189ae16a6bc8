/**
 * What stays plain beside a prohibition: what a denied verb would get rid of ("do not delete
 * the messages": they are kept), the app or device where something must not be done ("never
 * post your address on Snapchat"), and a medicine one is on ("don't drink on these tablets").
 * negation.ts decides when each applies.
 */
import type { NegationToken } from './negation';
import type { NegationRules } from './negationRules';

/** What is done while on a medicine ("don't drink on these tablets"), not done with it ("overdose on pills"). */
export const WHILE_ON = new Set(['drink', 'drinking', 'drive', 'driving', 'ride', 'riding', 'cycle', 'cycling', 'smoke', 'smoking', 'swim', 'swimming']);
/** Words before a noun ("your address"), whatever the tagger made of the noun. */
export const OWNERS = new Set(['your', 'the', 'a', 'an', 'my', 'his', 'her', 'their', 'any', 'some', 'this', 'that', 'these', 'those']);
/** Apps and devices: "on" one of them says where something happens. */
export const SCREENS = new Set(['phone', 'mobile', 'snapchat', 'instagram', 'whatsapp', 'tiktok', 'facebook', 'youtube', 'social media', 'online', 'game', 'xbox', 'playstation', 'mobile data', 'snapchat story', 'story', 'app', 'internet', 'laptop', 'tablet', 'computer', 'console', 'discord']);
/** Whether the words from `k`, past "your", "the" or "these", name one of `kinds`, in the same clause. */
function names(tokens: readonly NegationToken[], k: number, kinds: ReadonlySet<string> | undefined): boolean {
  while (tokens[k] && tokens[k].functionWord && !tokens[k - 1].clauseEnd) k++;
  return !!kinds && !!tokens[k] && !tokens[k - 1].clauseEnd && kinds.has(tokens[k].words.join(' '));
}

/** Whether the words from `k` name an app or a device ("on your phone"). */
export const onScreen = (tokens: readonly NegationToken[], k: number): boolean => names(tokens, k, SCREENS);

/** "on an empty stomach": when something is done, not what is forbidden. */
const STOMACHS = new Set(['empty stomach', 'full stomach']);
export const onAStomach = (tokens: readonly NegationToken[], k: number): boolean => names(tokens, k, STOMACHS);

/** Whether the words from `k` name a medicine ("on these tablets"). */
export const onMedicine = (tokens: readonly NegationToken[], k: number, r: NegationRules): boolean => names(tokens, k, r.medicines);

/** "do not delete the messages", "never throw away your letter": what the denied verb would get rid of is kept. */
export const kept = (tokens: readonly NegationToken[], j: number, r: NegationRules) => {
  if (!r.keeping) return false;
  // the verb, with its particle and "of" when they are tokens of their own ("throw away", "get rid of")
  let said = tokens[j].words.join(' ');
  for (let q = j; q < j + 3 && q < tokens.length; q++) {
    if (q > j) said += ` ${tokens[q].words.join(' ')}`;
    if (r.keeping.has(said)) return true;
    if (tokens[q].clauseEnd) return false;
  }
  return false;
};
