/** The presentation a document is laid out with; a profile resolves into one of these. */
export interface LayoutStyle {
  /** Font id (see fontMetrics.ts). */
  font: string;
  /** Caption size, points, before any shrinking. */
  captionSize: number;
  /** Smallest size text may shrink to, points. */
  minTextSize: number;
  /** Line height as a multiple of the font size. */
  lineHeight: number;
  /** Colour of captions. */
  textColor: string;
  /** Symbol drawing style. */
  symbolStyle: 'color' | 'black';
}

export const DEFAULT_STYLE: LayoutStyle = {
  font: 'atkinson',
  captionSize: 16,
  minTextSize: 14,
  lineHeight: 1.2,
  textColor: '#1a1a1a',
  symbolStyle: 'color',
};
