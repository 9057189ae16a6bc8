/**
 * Licences of boards and their pictures, as the Open Board Format states them, and the
 * printed line that credits them: every field, in a fixed form, so that the line read back
 * gives the same licence (a picture saved again as a board keeps its licence).
 */

/** An Open Board Format `license` object. */
export interface BoardLicence {
  /** e.g. "CC BY-SA 4.0", "public domain", "private". */
  type: string;
  /** Where the licence's terms are. */
  copyright_notice_url?: string;
  /** Where the picture came from. */
  source_url?: string;
  author_name?: string;
  author_url?: string;
}

const PREFIX = 'Pictures: ';
/** The printed name of a board's own licence: `Board “Home”: `. */
const BOARD_PREFIX = (board: string) => `Board “${board}”: `;
const SEP = '; ';
const url = (u: string | undefined) => (u ? `<${u}>` : '');
const join = (...parts: string[]) => parts.filter(Boolean).join(' ');

/** "Pictures: CC BY-SA <https://…>; by Jo Bloggs <https://…>; from <https://…>", each part only when the licence has it. */
export function licenceLine(l: BoardLicence): string {
  return PREFIX + licenceParts(l);
}

function licenceParts(l: BoardLicence): string {
  const parts = [join(l.type, url(l.copyright_notice_url)), l.author_name || l.author_url ? join('by', l.author_name ?? '', url(l.author_url)) : '', l.source_url ? `from ${url(l.source_url)}` : ''];
  return parts.filter(Boolean).join(SEP);
}

/**
 * The printed credit of a board's own licence (its layout and words, pictures or none):
 * "Board “Home”: CC BY 4.0; by Cwm Taf SLT <https://…>".
 */
export function boardCreditLine(board: string, l: BoardLicence): string {
  return BOARD_PREFIX(board.trim() || 'Board') + licenceParts(l);
}

/** The licence a line of `licenceLine` stands for; null for any other text (a pack's own attribution). */
export function licenceFromLine(line: string): BoardLicence | null {
  if (!line.startsWith(PREFIX)) return null;
  const l: BoardLicence = { type: '' };
  for (const part of line.slice(PREFIX.length).split(SEP)) {
    const m = /^(.*?) ?(?:<([^<>]*)>)?$/.exec(part.startsWith('from ') ? part.slice(5) : part.startsWith('by ') ? part.slice(3) : part)!;
    if (part.startsWith('from ')) {
      if (m[2]) l.source_url = m[2];
    } else if (part.startsWith('by ')) {
      if (m[1]) l.author_name = m[1];
      if (m[2]) l.author_url = m[2];
    } else {
      l.type = m[1];
      if (m[2]) l.copyright_notice_url = m[2];
    }
  }
  // only a line this module wrote reads back: anything else is not taken for a licence
  return licenceLine(l) === line ? l : null;
}

/** Same licence, field by field. */
export const sameLicence = (a: BoardLicence, b: BoardLicence): boolean => licenceLine(a) === licenceLine(b);
