/** Moving one end of a line or arrow. */
import type { Editor } from '../editor/editor';
import { commitTransform } from '../editor/drag';

export function updateLineEnd(editor: Editor, id: string, end: 'start' | 'end', xMm: number, yMm: number): void {
  const line = editor.page.elements.find((e) => e.id === id);
  if (!line || line.type !== 'line') return;
  const r = (v: number) => Math.round(v * 10) / 10;
  if (end === 'end') commitTransform(editor, { [id]: { dx: r(xMm - line.x), dy: r(yMm - line.y) } });
  else commitTransform(editor, { [id]: { x: r(xMm), y: r(yMm), dx: r(line.x + line.dx - xMm), dy: r(line.y + line.dy - yMm) } });
}
