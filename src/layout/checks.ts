/** Checks that need the document as drawn: the profile's words and symbols to avoid. */
import type { SignpostDocument } from '../model/schema';
import type { Profile } from '../model/profile';
import { avoidWarnings, resolveStyle, type AvoidWarning } from '../profile/resolve';
import { picturesOf } from './elements';
import type { LayoutDeps } from './deps';

/**
 * Every use of a word or symbol the profile avoids, in every kind of element, the pictures
 * checked as the young person will see them (through the profile, symbol text symbolised).
 */
export function avoidWarningsAsDrawn(doc: SignpostDocument, profile: Profile | null | undefined, deps: LayoutDeps): AvoidWarning[] {
  if (!profile?.avoid.length) return [];
  const ctx = { style: { ...resolveStyle(profile), language: doc.language }, deps };
  return avoidWarnings(doc, profile, (e) => picturesOf(e, ctx));
}
