/** Creating new documents, pages and elements with sensible defaults. */
import { newId } from './ids';
import { SCHEMA_VERSION, type SymbolText, type Line, type Page, type Shape, type SignpostDocument, type SymbolCard, type SymbolRef, type TextBox } from './schema';

export function createDocument(title: string, now = new Date()): SignpostDocument {
  const t = now.toISOString();
  return {
    schemaVersion: SCHEMA_VERSION,
    id: newId('d'),
    title,
    language: 'en-GB',
    secondLanguage: null,
    page: { size: 'A4', orientation: 'portrait', margin: 12 },
    pages: [createPage()],
    profileId: null,
    assets: {},
    createdAt: t,
    updatedAt: t,
  };
}

export const createPage = (): Page => ({ id: newId('p'), elements: [] });

export function createSymbolCard(symbol: SymbolRef, caption: string, x: number, y: number, size = 50): SymbolCard {
  return {
    id: newId('e'),
    type: 'symbol',
    x,
    y,
    width: size,
    height: size * 1.25,
    rotation: 0,
    symbol,
    caption,
    caption2: '',
    captionPosition: 'below',
    border: false,
    background: null,
    also: [],
    modifier: null,
  };
}

export function createSymbolText(text: string, x: number, y: number, layout: SymbolText['layout'] = 'above'): SymbolText {
  return { id: newId('e'), type: 'symtext', x, y, width: 160, height: 80, rotation: 0, text, layout, fontSize: 16, choices: {} };
}

export function createTextBox(text: string, x: number, y: number): TextBox {
  return { id: newId('e'), type: 'text', x, y, width: 90, height: 20, rotation: 0, text, text2: '', fontSize: 18, bold: false, align: 'left', color: '#1a1a1a' };
}

export function createShape(shape: Shape['shape'], x: number, y: number): Shape {
  return { id: newId('e'), type: 'shape', shape, x, y, width: 60, height: 40, rotation: 0, fill: null, stroke: '#1a1a1a', strokeWidth: 0.8 };
}

export function createLine(x: number, y: number, arrow: Line['arrow'] = 'end'): Line {
  return { id: newId('e'), type: 'line', x, y, dx: 50, dy: 0, arrow, color: '#1a1a1a', strokeWidth: 1.2 };
}
