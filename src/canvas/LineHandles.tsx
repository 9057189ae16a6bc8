/** Round handles on the two ends of a selected line, dragged to move that end. */
import { Circle } from './konva';
import type { SceneItem } from '../layout/scene';
import { PT_PER_MM } from '../layout/units';
import type { Editor } from '../editor/editor';
import { updateLineEnd } from './lineEnds';

export function LineHandles({ editor, line, scale }: { editor: Editor; line: SceneItem; scale: number }) {
  return (
    <>
      {(['start', 'end'] as const).map((end) => (
        <Circle
          key={end}
          name={`line-${end}`}
          x={line.x + (end === 'end' ? line.width : 0)}
          y={line.y + (end === 'end' ? line.height : 0)}
          radius={6 / scale}
          fill="#ffffff"
          stroke="#1f5f8b"
          strokeWidth={1.5 / scale}
          draggable
          onMouseDown={(e) => (e.cancelBubble = true)}
          onDragEnd={(e) => updateLineEnd(editor, line.elementId, end, e.target.x() / PT_PER_MM, e.target.y() / PT_PER_MM)}
        />
      ))}
    </>
  );
}
