/**
 * Konva's core with only the shapes the canvas draws. `import Konva from 'konva'` (and plain
 * `react-konva`) pull in every shape and filter, ~55 KB of minified code the editor never uses.
 * Take Konva's types from `import type Konva from 'konva'` (erased) and its classes and the
 * react-konva components from here; register a shape here before drawing it.
 */
import 'konva/lib/Core';
import 'konva/lib/shapes/Rect';
import 'konva/lib/shapes/Circle';
import 'konva/lib/shapes/Transformer';
import 'konva/lib/shapes/Text';

export { Line } from 'konva/lib/shapes/Line';
export { Circle, Group, Layer, Rect, Shape, Stage, Text, Transformer } from 'react-konva/lib/ReactKonvaCore';
/** react-konva's line, as a component (`Line` above is Konva's class, for drawing outside React). */
export { Line as LineShape } from 'react-konva/lib/ReactKonvaCore';
