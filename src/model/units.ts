/** Units: documents are in millimetres, scenes and PDFs in points, the screen in pixels. */

export const PT_PER_MM = 72 / 25.4;
export const PX_PER_MM_AT_100 = 96 / 25.4;

export const mmToPt = (mm: number): number => mm * PT_PER_MM;
export const ptToMm = (pt: number): number => pt / PT_PER_MM;

/** Paper sizes in millimetres, portrait. */
export const PAGE_SIZES = {
  A4: { width: 210, height: 297 },
  A5: { width: 148, height: 210 },
  Letter: { width: 215.9, height: 279.4 },
} as const;
export type PageSizeName = keyof typeof PAGE_SIZES;
