/**
 * Limits of what a document may hold. The element schemas are built from them, and the inputs
 * take their maxLength / min / max from them, so whatever can be typed can be saved and reopened.
 */
export const LIMITS = {
  /** Document title, characters. */
  title: 200,
  /** Caption of a card or container item, characters. */
  caption: 500,
  /** Text box text, characters. */
  text: 10_000,
  /** Symbol text, characters. */
  symbolText: 5000,
  /** A photo's description (its alt text), characters. */
  description: 500,
  /** Words under a timeline's marker, characters. */
  markerLabel: 60,
  /** Text box font size, points. */
  textFontSize: { min: 6, max: 200 },
  /** Symbol text word size, points. */
  symbolFontSize: { min: 6, max: 120 },
  /** Pages in a document. */
  pages: 500,
  /** Elements on one page. */
  elements: 2000,
  /** Steps, cells or events of one container. */
  containerItems: 100,
  /** Columns of a container (communication boards have up to 12). */
  columns: { min: 1, max: 12 },
  /** Any position or offset, mm either side of the page's origin. */
  coordinate: 10_000,
  /** Width or height of a box, mm. */
  size: { min: 1, max: 2000 },
  /** Id of a page, element, item or asset, characters. */
  id: 64,
  /** The document's note for the people who use it (never printed), characters. */
  note: 2000,
  /** One field of a board's licence (its type, author, a web address), characters. */
  licenceField: 300,
} as const;

