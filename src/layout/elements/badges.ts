/** The library symbols a modifier mark is drawn with (the not-mark is a drawn bar, no symbol). */
import type { SymbolRef } from '../../model/schema';
import { MODIFIER_BADGES } from '../picture';

export function badgeRefs(modifier: string | null | undefined): SymbolRef[] {
  if (!modifier || modifier === 'not') return [];
  const id = (MODIFIER_BADGES as Record<string, string | undefined>)[modifier];
  return id ? [{ set: 'openmoji', id }] : [];
}
