/** What layout is handed from outside: measuring, symbol drawings, attributions, the symboliser. */
import type { TextMeasurer } from './fontMetrics';
import type { VectorSymbol } from './scene';
import type { Symboliser } from '../symbols/symbolise';
import type { SymbolRef } from '../model/schema';

export interface LayoutDeps {
  measurer: TextMeasurer;
  /** A loaded drawing in a style, or undefined while loading or when missing. */
  drawing: (ref: SymbolRef, style: 'color' | 'black') => VectorSymbol | undefined;
  /** The name of a symbol in the document's language (its alt text), when known. */
  label?: (ref: SymbolRef, language: string) => string | undefined;
  /** Attribution line of a symbol set. */
  attribution: (setId: string) => string | undefined;
  /** The picture of an imported pack's symbol (PNG), when the set is a pack. */
  packImage?: (ref: SymbolRef) => { mime: 'image/svg+xml' | 'image/png' | 'image/jpeg'; data: string; width: number; height: number } | undefined;
  /** Symbolises text; without one, symbolised text lays out as plain words. */
  symboliser?: Pick<Symboliser, 'symbolise'>;
}
