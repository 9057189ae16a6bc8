/** What must be loaded before a document can be laid out in a style. */
import type { SignpostDocument, SymbolRef } from '../model/schema';
import { DEFAULT_STYLE, type LayoutStyle } from './style';
import { MODIFIER_BADGES } from './picture';
import { symbolRefsOf } from './generated';
import { tokensOf } from './symbolText';
import type { LayoutDeps } from './layout';
import type { Symboliser } from '../symbols/symbolise';

/**
 * Distinct symbols a document shows in a style: cards and their compositions, the
 * vocabulary's symbols, modifier badges, and (given the symboliser) the pictures of
 * symbolised text. A generated clock or calendar (`clock:20:30`) is no symbol: a clock asks
 * for its sun or moon instead.
 */
export function symbolsNeeded(doc: SignpostDocument, style: LayoutStyle = DEFAULT_STYLE, symboliser?: Pick<Symboliser, 'symbolise'>): SymbolRef[] {
  const seen = new Map<string, SymbolRef>();
  const add = (r: SymbolRef) => {
    for (const s of symbolRefsOf(r.set, [r.id])) seen.set(`${s.set}/${s.id}`, s);
  };
  const badge = (m: string | null | undefined) => m && m !== 'not' && add({ set: 'openmoji', id: MODIFIER_BADGES[m as keyof typeof MODIFIER_BADGES] });
  for (const p of doc.pages) {
    for (const e of p.elements) {
      if (e.type === 'symbol') {
        add(e.symbol);
        (e.also ?? []).forEach(add);
        badge(e.modifier);
      } else if (e.type === 'container') {
        for (const it of e.items) {
          if (it.symbol) add(it.symbol);
          (it.also ?? []).forEach(add);
          badge(it.modifier);
        }
      } else if (e.type === 'symtext' && symboliser) {
        for (const t of tokensOf(e, { ...style, language: doc.language }, { symboliser } as LayoutDeps)) {
          if (t.picture && 'ids' in t.picture) {
            symbolRefsOf(t.picture.set, t.picture.ids).forEach(add);
            badge(t.picture.modifier);
          }
        }
      }
    }
  }
  for (const pic of style.vocabulary.values()) if (pic.kind === 'symbol') add(pic.symbol);
  return [...seen.values()];
}
