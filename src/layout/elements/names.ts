/** Names of pictures as a reader hears them: the alt text of a figure. */
import type { LayoutDeps } from '../deps';
import type { LayoutStyle } from '../style';
import { generatedName } from '../generated';

/**
 * The name of a picture made of `ids` from `set`: each symbol's label (or a clock's time, a
 * calendar's day), joined; `fallback` (the words it stands for) when no label is known.
 */
export function pictureName(set: string, ids: readonly string[], fallback: string, style: LayoutStyle, deps: LayoutDeps): string {
  const names = ids.map((id) => generatedName(id, style.language) ?? deps.label?.({ set, id }, style.language)).filter((n): n is string => !!n && !!n.trim());
  return names.length ? names.join(', ') : fallback.trim();
}
