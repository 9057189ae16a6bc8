/** What must be loaded before a document can be laid out in a style. */
import type { SignpostDocument, SymbolRef } from '../model/schema';
import { DEFAULT_STYLE, type LayoutStyle } from './style';
import { symbolRefsOf } from './generated';
import { picturesOf } from './elements';
import type { LayoutDeps } from './deps';
import type { Symboliser } from '../symbols/symbolise';

/** Deps that only symbolise: enough to say which pictures a document shows. */
const symbolisingOnly = (symboliser?: Pick<Symboliser, 'symbolise'>): LayoutDeps =>
  ({ symboliser, measurer: undefined, drawing: () => undefined, attribution: () => undefined }) as unknown as LayoutDeps;

/**
 * Distinct symbols a document shows in a style, asked of each element kind's layout: cards and
 * their compositions, container items, modifier badges, the vocabulary's symbols, and (given
 * the symboliser) the pictures of symbolised text. A generated clock or calendar
 * (`clock:20:30`) is no symbol: a clock asks for its sun or moon instead.
 */
export function symbolsNeeded(doc: SignpostDocument, style: LayoutStyle = DEFAULT_STYLE, symboliser?: Pick<Symboliser, 'symbolise'>): SymbolRef[] {
  const seen = new Map<string, SymbolRef>();
  const add = (r: SymbolRef) => {
    for (const s of symbolRefsOf(r.set, [r.id])) seen.set(`${s.set}/${s.id}`, { set: s.set, id: s.id });
  };
  const ctx = { style: { ...style, language: doc.language }, deps: symbolisingOnly(symboliser) };
  for (const p of doc.pages) for (const e of p.elements) picturesOf(e, ctx).forEach(add);
  for (const pic of style.vocabulary.values()) if (pic.kind === 'symbol') add(pic.symbol);
  return [...seen.values()];
}
