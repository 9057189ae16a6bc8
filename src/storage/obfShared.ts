/**
 * What the rest of the app needs of obf.ts without loading the board reader (obf.ts loads
 * when a board is first opened or saved): its error and its column limit.
 */
export class BoardError extends Error {
  constructor(readonly code: 'not-board' | 'damaged') {
    super(code);
    this.name = 'BoardError';
  }
}

/** Columns a board may have: more than this are not kept (the schema's limit). */
export const MAX_BOARD_COLUMNS = 12;
