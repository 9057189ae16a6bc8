import { createSymbolCard } from '../../model/factory';
import { addElements } from '../../model/operations';
import type { SymbolCard, SymbolRef } from '../../model/schema';
import { defineCommand } from './command';
import { nextPlacement } from './placement';

/**
 * Adds a symbol card captioned with the symbol's label, at (x, y) mm or a free spot; a
 * composed picture (a curated term's) brings up to two more symbols and a modifier.
 */
export const addSymbol = defineCommand<{ ref: SymbolRef; caption: string; x?: number; y?: number; also?: SymbolRef[]; modifier?: SymbolCard['modifier'] }>({
  id: 'addSymbol',
  labelKey: 'command.addSymbol',
  history: true,
  run: (ed, { ref, caption, x, y, also, modifier }) => {
    const size = 50;
    const at = x !== undefined && y !== undefined ? { x, y } : nextPlacement(ed, size, size * 1.25, { textRows: true });
    const card = { ...createSymbolCard(ref, caption, at.x, at.y, size), also: also?.slice(0, 2) ?? [], modifier: modifier ?? null };
    ed.change((d) => addElements(d, ed.page.id, [card]), { select: [card.id] });
  },
});
