/** What must be loaded before a document can be laid out in a style. */
import type { SignpostDocument, SymbolRef } from '../model/schema';
import type { LayoutStyle } from './style';

/** Distinct symbols a document shows in a style, its vocabulary's symbols included. */
export function symbolsNeeded(doc: SignpostDocument, style?: LayoutStyle): SymbolRef[] {
  const seen = new Map<string, SymbolRef>();
  for (const p of doc.pages) for (const e of p.elements) if (e.type === 'symbol') seen.set(`${e.symbol.set}/${e.symbol.id}`, e.symbol);
  for (const pic of style?.vocabulary.values() ?? []) if (pic.kind === 'symbol') seen.set(`${pic.symbol.set}/${pic.symbol.id}`, pic.symbol);
  return [...seen.values()];
}
