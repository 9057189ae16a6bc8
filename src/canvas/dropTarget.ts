/** Symbols dragged from the library and picture files dropped from the desktop onto the page. */
import type { DragEvent as ReactDragEvent } from 'react';
import type Konva from 'konva';
import { PT_PER_MM } from '../layout/units';

export const SYMBOL_MIME = 'application/x-signpost-symbol';

export interface DroppedSymbol {
  set: string;
  id: string;
  label: string;
  /** More symbols of a composed picture, and its mark. */
  also?: { set: string; id: string }[];
  modifier?: 'not' | 'question' | 'plus' | 'past' | 'future';
}

export interface DropHandlers {
  onDropSymbol: (s: DroppedSymbol, xMm: number, yMm: number) => void;
  onDropFiles?: (files: File[], xMm: number, yMm: number) => void;
}

/** The wrapper's drag-over and drop handlers, placing what is dropped where it lands on the page. */
export function dropTarget(stage: () => Konva.Stage | null, { onDropSymbol, onDropFiles }: DropHandlers) {
  return {
    onDragOver: (e: ReactDragEvent) => {
      if (e.dataTransfer.types.includes(SYMBOL_MIME) || (onDropFiles && e.dataTransfer.types.includes('Files'))) {
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
      }
    },
    onDrop: (e: ReactDragEvent) => {
      const raw = e.dataTransfer.getData(SYMBOL_MIME);
      const s = stage();
      if (!s) return;
      const files = [...e.dataTransfer.files].filter((f) => f.type.startsWith('image/'));
      if (!raw && !(files.length && onDropFiles)) return;
      e.preventDefault();
      s.setPointersPositions(e.nativeEvent);
      const p = s.getRelativePointerPosition() ?? { x: 0, y: 0 };
      const x = Math.round(p.x / PT_PER_MM);
      const y = Math.round(p.y / PT_PER_MM);
      if (!raw) {
        onDropFiles?.(files, x, y);
        return;
      }
      try {
        onDropSymbol(JSON.parse(raw) as DroppedSymbol, x, y);
      } catch {
        // a drop from elsewhere that is not ours: ignore it
      }
    },
  };
}
